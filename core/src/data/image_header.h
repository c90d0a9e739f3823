#pragma once
// Image sizes straight from PNG / JPEG headers, so that checking a dataset of thousands of
// files costs a few hundred bytes of reading per file instead of a full decode.
#include <opencv2/core.hpp>
#include <string>

namespace mdd::data {

struct HeaderProbe {
  enum class Result {
    Size,         // `size` holds the image size
    OtherFormat,  // neither PNG nor JPEG: the caller has to decode to learn the size
    Malformed,    // PNG/JPEG signature but a broken header; `why` says what broke
  };
  Result result = Result::OtherFormat;
  cv::Size size;
  std::string why;
};

// The file must exist and be readable; I/O failures read as Malformed.
HeaderProbe probeImageHeader(const std::string& path);

}  // namespace mdd::data
