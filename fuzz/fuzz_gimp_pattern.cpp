// Fuzz target: the GIMP pattern reader (mdd::decodeGimpPattern, mdd::readGimpPattern).
// Documented rejection: mdd::DataError naming the file and the field at fault. An accepted
// pattern must be a non-empty CV_8UC3 image with a depth of 1-4 bytes per pixel.
#include <cstddef>
#include <cstdint>
#include <vector>

#include "fuzz_common.h"
#include "mdd/textures.h"

namespace {

void check(const mdd::GimpPattern& p) {
  if (p.image.empty() || p.image.type() != CV_8UC3 || p.bytesPerPixel < 1 || p.bytesPerPixel > 4)
    __builtin_trap();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::vector<unsigned char> bytes(data, data + size);
  bool decoded = false;
  try {
    check(mdd::decodeGimpPattern(bytes, "fuzz.pat"));
    decoded = true;
  } catch (const mdd::DataError&) {
  }
  const std::string path = mddfuzz::writeScratchFile("fuzz.pat", data, size);
  try {
    check(mdd::readGimpPattern(path));
    if (!decoded) __builtin_trap();  // the file reader and the decoder must agree
  } catch (const mdd::DataError&) {
    if (decoded) __builtin_trap();
  }
  return 0;
}
