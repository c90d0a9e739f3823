#pragma once
// The one place where engine images (cv::Mat) become Qt images and back.
#include <QImage>

#include <opencv2/core.hpp>

namespace mddui {

// CV_8UC3 BGR or CV_8UC1 grey -> a deep-copied QImage (RGB888 / Grayscale8).
// Throws std::invalid_argument for any other type.
QImage toQImage(const cv::Mat& image);

// Any QImage -> CV_8UC3 BGR (deep copy).
cv::Mat toBgrMat(const QImage& image);

}  // namespace mddui
