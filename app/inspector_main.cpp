// mddnet-inspector: the desktop application.
#include <QApplication>

#include "main_window.h"
#include "mdd/runtime.h"

int main(int argc, char** argv) {
  QApplication app(argc, argv);
  QApplication::setOrganizationName("MDD-Net");
  QApplication::setApplicationName("MDD-Net Inspector");
  QApplication::setApplicationVersion(QString::fromStdString(mdd::runtimeInfo().mddnetVersion));
  mdd::initRuntime();
  mddui::MainWindow window;
  window.show();
  return app.exec();
}
