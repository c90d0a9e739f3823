#include "main_window.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QKeySequence>
#include <QLabel>
#include <QMenuBar>
#include <QSettings>
#include <QStatusBar>
#include <QVBoxLayout>

#include "about_dialog.h"

namespace mddui {

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent), runtime_(mdd::runtimeInfo()) {
  setObjectName("MainWindow");
  setWindowTitle(tr("MDD-Net Inspector"));
  setWindowIcon(QIcon(":/icons/mddnet.svg"));
  createMenus();
  createCentralView();
  createStatusBar();
  restoreLayout();
}

void MainWindow::createMenus() {
  QMenu* file = menuBar()->addMenu(tr("&File"));
  file->setObjectName("menuFile");
  QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
  quit->setShortcut(QKeySequence::Quit);

  QMenu* view = menuBar()->addMenu(tr("&View"));
  view->setObjectName("menuView");
  QAction* fullScreen = view->addAction(tr("&Full Screen"));
  fullScreen->setShortcut(QKeySequence::FullScreen);
  fullScreen->setCheckable(true);
  connect(fullScreen, &QAction::toggled, this,
          [this](bool on) { on ? showFullScreen() : showNormal(); });

  QMenu* help = menuBar()->addMenu(tr("&Help"));
  help->setObjectName("menuHelp");
  QAction* about = help->addAction(tr("&About MDD-Net Inspector"), this, &MainWindow::showAbout);
  about->setObjectName("actionAbout");
  help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::createCentralView() {
  auto* welcome = new QLabel(this);
  welcome->setObjectName("welcomeLabel");
  welcome->setAlignment(Qt::AlignCenter);
  welcome->setWordWrap(true);
  welcome->setText(
      tr("<h1>MDD-Net Inspector</h1>"
         "<p>Train one anomaly-detection model for many product classes, inspect heatmaps, "
         "tune per-class thresholds and review verdicts.</p>"
         "<p>Compute device: <b>%1</b></p>")
          .arg(QString::fromStdString(runtime_.cudaAvailable ? runtime_.cudaDeviceName
                                                             : std::string("CPU"))));
  setCentralWidget(welcome);
}

void MainWindow::createStatusBar() {
  deviceLabel_ = new QLabel(this);
  deviceLabel_->setObjectName("deviceLabel");
  const QString device =
      runtime_.cudaAvailable
          ? tr("GPU: %1").arg(QString::fromStdString(runtime_.cudaDeviceName))
          : tr("CPU: %1 threads").arg(runtime_.intraOpThreads);
  deviceLabel_->setText(device);
  deviceLabel_->setToolTip(tr("Device used for training and inference"));
  statusBar()->addPermanentWidget(deviceLabel_);
  statusBar()->showMessage(tr("Ready"));
}

void MainWindow::restoreLayout() {
  QSettings settings;
  if (!restoreGeometry(settings.value("window/geometry").toByteArray())) resize(1280, 800);
  restoreState(settings.value("window/state").toByteArray());
}

void MainWindow::closeEvent(QCloseEvent* event) {
  QSettings settings;
  settings.setValue("window/geometry", saveGeometry());
  settings.setValue("window/state", saveState());
  event->accept();
}

void MainWindow::showAbout() {
  AboutDialog dialog(runtime_, this);
  dialog.exec();
}

}  // namespace mddui
