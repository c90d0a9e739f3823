#include "main/screenshot_tour.h"

#include <QApplication>
#include <QDir>
#include <QTabWidget>

#include <stdexcept>

#include "main/main_window.h"

namespace mddui {

QStringList saveScreenshotTour(MainWindow& window, const QString& folder) {
  if (!QDir().mkpath(folder))
    throw std::runtime_error(
        QCoreApplication::translate("mddui::ScreenshotTour",
                                    "Cannot create the screenshot folder '%1': choose a folder "
                                    "you can write to.")
            .arg(folder)
            .toStdString());
  const int shown = window.tabs()->currentIndex();
  const QStringList names = {"project", "images", "training", "results", "thresholds", "review", "memory"};
  QStringList written;
  for (int t = 0; t < names.size(); ++t) {
    window.showTab(static_cast<MainWindow::Tab>(t));
    for (int i = 0; i < 5; ++i) QApplication::processEvents();  // layouts, lazy thumbnails
    const QString file = QDir(folder).filePath(names[t] + ".png");
    if (!window.grab().save(file))
      throw std::runtime_error(
          QCoreApplication::translate("mddui::ScreenshotTour",
                                      "Cannot write the screenshot '%1': check the free space "
                                      "and the folder's permissions.")
              .arg(file)
              .toStdString());
    written << file;
  }
  window.tabs()->setCurrentIndex(shown);
  return written;
}

}  // namespace mddui
