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

// JPEG start-of-frame markers (SOF0..SOF15 without DHT, JPG and DAC): their segment holds
// the frame's height and width, big-endian, 3 and 5 bytes after the length field's start.
inline bool isJpegStartOfFrame(int marker) {
  return marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
}

}  // namespace mdd::data
