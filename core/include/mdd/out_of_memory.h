#pragma once
// Running out of memory in the middle of a network pass (most often GPU memory with too
// large a batch), recognised in one place and turned into a message that says what to
// lower. Torch-free.
#include <stdexcept>
#include <string>

namespace mdd {

// Thrown in place of LibTorch's out-of-memory errors by training and inference.
class OutOfMemoryError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// True for LibTorch's out-of-memory errors: c10::OutOfMemoryError, the CUDA caching
// allocator's "CUDA out of memory", a CUDA runtime "out of memory" error, the CPU
// allocator's "not enough memory", and std::bad_alloc.
bool isOutOfMemory(const std::exception& error);

// "out of GPU memory at batch size 16 during training: lower the batch size (--batch),
// e.g. to 8" (or "out of memory ..." when the CPU's memory ran out). `activity` names the
// job: "training", "inference".
std::string outOfMemoryMessage(const std::exception& error, const std::string& activity,
                               int batchSize);

// Throws OutOfMemoryError(outOfMemoryMessage(...)) when isOutOfMemory(error), else returns
// (so that the caller rethrows the original error). Use inside a catch block.
void rethrowIfOutOfMemory(const std::exception& error, const std::string& activity,
                          int batchSize);

}  // namespace mdd
