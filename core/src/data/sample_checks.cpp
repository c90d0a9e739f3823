#include "data/sample_checks.h"

#include "mdd/image_io.h"

namespace mdd::data {
namespace {

cv::Size imageSize(const std::string& path, ImageCheck check) {
  return check == ImageCheck::Decode ? readImage(path).size() : readImageSize(path);
}

cv::Size maskSize(const Sample& s, ImageCheck check) {
  return check == ImageCheck::Decode ? readMask(s.maskPath, s.maskRule).size()
                                     : readImageSize(s.maskPath);
}

std::string sizeText(cv::Size s) {
  return std::to_string(s.width) + "x" + std::to_string(s.height);
}

}  // namespace

void checkSampleFiles(std::vector<Sample>& samples, ImageCheck check, LoadReport& report) {
  if (check == ImageCheck::None) return;
  std::vector<Sample> kept;
  kept.reserve(samples.size());
  for (Sample& s : samples) {
    cv::Size size;
    try {
      size = imageSize(s.path, check);
    } catch (const DataError& e) {
      report.error(s.path, std::string(e.what()) + "; image left out");
      continue;
    }
    if (!s.maskPath.empty()) {
      try {
        const cv::Size ms = maskSize(s, check);
        if (ms != size) {
          report.error(s.maskPath, "mask is " + sizeText(ms) + " but its image " + s.path + " is " +
                                       sizeText(size) + "; mask left out");
          s.maskPath.clear();
        }
      } catch (const DataError& e) {
        report.error(s.maskPath, std::string(e.what()) + "; mask left out");
        s.maskPath.clear();
      }
    }
    kept.push_back(std::move(s));
  }
  samples = std::move(kept);
}

}  // namespace mdd::data
