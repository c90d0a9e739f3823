#include "data/image_header.h"

#include <array>
#include <cstdint>
#include <fstream>

namespace mdd::data {
namespace {

using Result = HeaderProbe::Result;

HeaderProbe malformed(std::string why) {
  HeaderProbe p;
  p.result = Result::Malformed;
  p.why = std::move(why);
  return p;
}

HeaderProbe sized(int width, int height) {
  if (width <= 0 || height <= 0) return malformed("header gives a zero image size");
  HeaderProbe p;
  p.result = Result::Size;
  p.size = cv::Size(width, height);
  return p;
}

std::uint32_t bigEndian32(const unsigned char* b) {
  return (std::uint32_t(b[0]) << 24) | (std::uint32_t(b[1]) << 16) | (std::uint32_t(b[2]) << 8) |
         std::uint32_t(b[3]);
}

int bigEndian16(const unsigned char* b) { return (int(b[0]) << 8) | int(b[1]); }

// PNG: 8-byte signature, then the IHDR chunk (length, "IHDR", width, height) comes first.
HeaderProbe probePng(std::ifstream& in) {
  std::array<unsigned char, 16> ihdr{};
  if (!in.read(reinterpret_cast<char*>(ihdr.data()), ihdr.size()))
    return malformed("PNG file ends inside its header");
  if (std::string(reinterpret_cast<const char*>(ihdr.data()) + 4, 4) != "IHDR")
    return malformed("PNG file does not start with an IHDR chunk");
  const std::uint32_t w = bigEndian32(ihdr.data() + 8), h = bigEndian32(ihdr.data() + 12);
  if (w > 0x7fffffffu || h > 0x7fffffffu) return malformed("PNG header gives an invalid size");
  return sized(int(w), int(h));
}

// JPEG: walk the marker segments until a start-of-frame (SOFn) segment, which holds the size.
HeaderProbe probeJpeg(std::ifstream& in) {
  for (int segments = 0; segments < 10000; ++segments) {
    int c = in.get();
    if (c != 0xFF) return malformed("JPEG marker expected but not found");
    while (c == 0xFF) c = in.get();  // fill bytes
    if (c == EOF) break;
    const int marker = c;
    if (marker == 0xD8 || marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) continue;
    if (marker == 0xD9 || marker == 0xDA)
      return malformed("JPEG image data before any frame header");
    std::array<unsigned char, 7> seg{};
    if (!in.read(reinterpret_cast<char*>(seg.data()), 2)) break;
    const int length = bigEndian16(seg.data());
    if (length < 2) return malformed("JPEG segment with an invalid length");
    if (isJpegStartOfFrame(marker)) {
      if (length < 7 || !in.read(reinterpret_cast<char*>(seg.data()) + 2, 5)) break;
      return sized(bigEndian16(seg.data() + 5), bigEndian16(seg.data() + 3));
    }
    in.seekg(length - 2, std::ios::cur);
    if (!in) break;
  }
  return malformed("JPEG file ends before its frame header");
}

}  // namespace

HeaderProbe probeImageHeader(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return malformed("cannot open the file");
  std::array<unsigned char, 8> sig{};
  in.read(reinterpret_cast<char*>(sig.data()), sig.size());
  const std::streamsize got = in.gcount();
  static const std::array<unsigned char, 8> kPng = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
  if (got == 8 && sig == kPng) return probePng(in);
  if (got >= 3 && sig[0] == 0xFF && sig[1] == 0xD8 && sig[2] == 0xFF) {
    in.clear();
    in.seekg(2);
    return probeJpeg(in);
  }
  return HeaderProbe{};
}

}  // namespace mdd::data
