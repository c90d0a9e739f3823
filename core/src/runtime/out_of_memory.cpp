#include "mdd/out_of_memory.h"

#include <new>

#include <c10/util/Exception.h>

namespace mdd {
namespace {

bool contains(const std::string& text, const char* part) {
  return text.find(part) != std::string::npos;
}

// LibTorch's CUDA errors: the caching allocator's c10::OutOfMemoryError ("CUDA out of
// memory. Tried to allocate ..."), cudaErrorMemoryAllocation ("CUDA error: out of
// memory") and cuBLAS/cuDNN failing to get their workspace.
bool isGpuOutOfMemory(const std::exception& error) {
  const std::string text = error.what();
  return contains(text, "CUDA out of memory") || contains(text, "CUDA error: out of memory") ||
         contains(text, "CUBLAS_STATUS_ALLOC_FAILED") ||
         contains(text, "CUDNN_STATUS_ALLOC_FAILED") ||
         (dynamic_cast<const c10::OutOfMemoryError*>(&error) != nullptr &&
          !contains(text, "DefaultCPUAllocator"));
}

}  // namespace

bool isOutOfMemory(const std::exception& error) {
  if (dynamic_cast<const c10::OutOfMemoryError*>(&error)) return true;
  if (dynamic_cast<const std::bad_alloc*>(&error)) return true;
  const std::string text = error.what();
  // c10's CPU allocator: "DefaultCPUAllocator: not enough memory: you tried to allocate"
  // or "DefaultCPUAllocator: can't allocate memory: you tried to allocate ..."
  return isGpuOutOfMemory(error) ||
         (contains(text, "DefaultCPUAllocator") &&
          (contains(text, "not enough memory") || contains(text, "can't allocate memory")));
}

std::string outOfMemoryMessage(const std::exception& error, const std::string& activity,
                               int batchSize) {
  const bool gpu = isGpuOutOfMemory(error);
  std::string message = std::string(gpu ? "out of GPU memory" : "out of memory") +
                        " at batch size " + std::to_string(batchSize) + " during " + activity;
  if (batchSize > 1)
    return message + ": lower the batch size (--batch), e.g. to " +
           std::to_string(batchSize / 2);
  return message + (gpu ? ": the model does not fit even one image; close other programs "
                          "using the GPU or run on the CPU (--device cpu)"
                        : ": the model does not fit even one image; close other programs "
                          "or use a machine with more memory");
}

void rethrowIfOutOfMemory(const std::exception& error, const std::string& activity,
                          int batchSize) {
  if (isOutOfMemory(error)) throw OutOfMemoryError(outOfMemoryMessage(error, activity, batchSize));
}

}  // namespace mdd
