#include "main/screenshot_tour.h"

#include <QApplication>
#include <QDir>
#include <QTabWidget>

#include <stdexcept>

#include "main/main_window.h"

namespace mddui {

QStringList saveScreenshotTour(MainWindow& window, const QString& folder) {
  if (!QDir().mkpath(folder))
    throw std::runtime_error(("cannot create the screenshot folder " + folder).toStdString());
  const int shown = window.tabs()->currentIndex();
  const QStringList names = {"project", "images", "training", "results", "thresholds", "review", "memory"};
  QStringList written;
  for (int t = 0; t < names.size(); ++t) {
    window.showTab(static_cast<MainWindow::Tab>(t));
    for (int i = 0; i < 5; ++i) QApplication::processEvents();  // layouts, lazy thumbnails
    const QString file = QDir(folder).filePath(names[t] + ".png");
    if (!window.grab().save(file))
      throw std::runtime_error(("cannot write the screenshot " + file).toStdString());
    written << file;
  }
  window.tabs()->setCurrentIndex(shown);
  return written;
}

}  // namespace mddui
