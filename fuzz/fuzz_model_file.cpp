// Fuzz target: the model file reader (mdd::Model::load, mdd::readModelFileInfo) and the
// tensor archive reader under it (mdd::io::TensorArchive::open and ::tensor).
// Documented rejections: std::runtime_error (io::ArchiveError is one) and
// std::invalid_argument, each naming the file. Anything else escaping, a sanitizer report,
// a timeout or running out of memory is a bug.
#include <torch/torch.h>

#include <cstddef>
#include <cstdint>
#include <stdexcept>

#include "fuzz_archive_input.h"
#include "io/tensor_archive.h"
#include "mdd/model.h"

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  torch::set_num_threads(1);
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string path = mddfuzz::writeArchiveInput(data, size, "model.mdda");
  try {
    (void)mdd::readModelFileInfo(path);
  } catch (const std::runtime_error&) {
  } catch (const std::invalid_argument&) {
  }
  try {
    const mdd::Model model = mdd::Model::load(path, "cpu");
  } catch (const std::runtime_error&) {
  } catch (const std::invalid_argument&) {
  }
  // Every tensor the table names, also those a model would not ask for.
  try {
    const auto archive = mdd::io::TensorArchive::open(path);
    for (const auto& name : archive.names()) (void)archive.tensor(name);
  } catch (const mdd::io::ArchiveError&) {
  }
  return 0;
}
