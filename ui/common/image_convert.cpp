#include "common/image_convert.h"

#include <stdexcept>

#include <opencv2/imgproc.hpp>

namespace mddui {

QImage toQImage(const cv::Mat& image) {
  if (image.empty()) return {};
  if (image.type() == CV_8UC3) {
    cv::Mat rgb;
    cv::cvtColor(image, rgb, cv::COLOR_BGR2RGB);
    return QImage(rgb.data, rgb.cols, rgb.rows, static_cast<qsizetype>(rgb.step),
                  QImage::Format_RGB888)
        .copy();
  }
  if (image.type() == CV_8UC1) {
    return QImage(image.data, image.cols, image.rows, static_cast<qsizetype>(image.step),
                  QImage::Format_Grayscale8)
        .copy();
  }
  throw std::invalid_argument("toQImage: expected CV_8UC3 or CV_8UC1");
}

cv::Mat toBgrMat(const QImage& image) {
  if (image.isNull()) return {};
  const QImage rgb = image.convertToFormat(QImage::Format_RGB888);
  cv::Mat view(rgb.height(), rgb.width(), CV_8UC3, const_cast<uchar*>(rgb.constBits()),
               static_cast<size_t>(rgb.bytesPerLine()));
  cv::Mat bgr;
  cv::cvtColor(view, bgr, cv::COLOR_RGB2BGR);
  return bgr;
}

}  // namespace mddui
