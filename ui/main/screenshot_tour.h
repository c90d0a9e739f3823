#pragma once
// Saves a screenshot of each main view of the window (QWidget::grab) into a folder:
// project.png, images.png, training.png, results.png, thresholds.png, review.png,
// memory.png. Used for docs/screenshots and by
// the README's main command on machines without a display.
#include <QString>
#include <QStringList>

namespace mddui {

class MainWindow;

// Returns the files written; throws std::runtime_error naming a file it could not write.
QStringList saveScreenshotTour(MainWindow& window, const QString& folder);

}  // namespace mddui
