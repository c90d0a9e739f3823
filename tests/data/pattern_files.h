#pragma once
// Writes GIMP .pat files (the format readGimpPattern parses), so pattern and demo tests do
// not depend on the gimp-data package being installed.
#include <cstdint>
#include <fstream>
#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>
#include <string>
#include <vector>

namespace datatest {

struct PatHeader {
  std::uint32_t headerSize = 0;  // 0: the correct value for `name`
  std::uint32_t version = 1;
  std::string magic = "GPAT";
  bool terminateName = true;
};

inline void putBigEndian(std::vector<unsigned char>& out, std::uint32_t v) {
  for (int shift = 24; shift >= 0; shift -= 8) out.push_back(std::uint8_t(v >> shift));
}

// `pixels`: CV_8UC1..4 in the file's own order (grey, grey+alpha, RGB, RGBA).
inline std::vector<unsigned char> patBytes(const cv::Mat& pixels, const std::string& name,
                                           const PatHeader& h = {}) {
  std::vector<unsigned char> out;
  const std::uint32_t nameBytes = std::uint32_t(name.size() + (h.terminateName ? 1 : 0));
  putBigEndian(out, h.headerSize ? h.headerSize : 24 + nameBytes);
  putBigEndian(out, h.version);
  putBigEndian(out, std::uint32_t(pixels.cols));
  putBigEndian(out, std::uint32_t(pixels.rows));
  putBigEndian(out, std::uint32_t(pixels.channels()));
  out.insert(out.end(), h.magic.begin(), h.magic.end());
  out.insert(out.end(), name.begin(), name.end());
  if (h.terminateName) out.push_back(0);
  const cv::Mat c = pixels.isContinuous() ? pixels : pixels.clone();
  out.insert(out.end(), c.data, c.data + c.total() * c.elemSize());
  return out;
}

inline void writeBytesTo(const std::string& path, const std::vector<unsigned char>& bytes) {
  std::ofstream(path, std::ios::binary)
      .write(reinterpret_cast<const char*>(bytes.data()), std::streamsize(bytes.size()));
}

// A seamless-enough RGB texture: smooth random blobs plus fine grain, seeded.
inline cv::Mat texturePixels(int size, int seed) {
  cv::RNG rng(std::uint64_t(seed) + 1);
  cv::Mat coarse(4, 4, CV_8UC3), fine(size, size, CV_8UC3), out;
  rng.fill(coarse, cv::RNG::UNIFORM, 40, 220);
  rng.fill(fine, cv::RNG::UNIFORM, 0, 40);
  cv::resize(coarse, out, cv::Size(size, size), 0, 0, cv::INTER_CUBIC);
  return out + fine;
}

}  // namespace datatest
