#pragma once
// The arithmetic of training and inference, and which one `auto` means on this machine.
// Torch-free.
#include <string>

#include "mdd/runtime.h"

namespace mdd {

// Auto: bf16 autocast where the hardware runs it (GPUs, and CPUs with AMX or AVX512-BF16),
// fp32 elsewhere. BFloat16 forces bf16 even where LibTorch emulates it (slower than fp32
// there; for checking accuracy, and how the test suite runs the bf16 path on every CPU).
enum class Precision { Auto, Float32, BFloat16 };
std::string precisionName(Precision p);             // "auto", "fp32", "bf16"
Precision parsePrecision(const std::string& name);  // throws on an unknown name

// What a requested precision resolves to on a device, and why, in one line.
struct PrecisionChoice {
  bool bf16 = false;
  std::string reason;  // e.g. "bf16: the CPU has avx512_bf16 (bf16 dot products in hardware)"
  std::string name() const { return bf16 ? "bf16" : "fp32"; }
};

// The rule, as a pure function of its inputs (tested for every CPU class). `device` is a
// LibTorch device string: "cpu", "cuda", "cuda:N".
PrecisionChoice choosePrecision(Precision requested, const std::string& device,
                                const CpuFeatures& cpu);
// The same with this machine's CPU.
PrecisionChoice choosePrecision(Precision requested, const std::string& device);

}  // namespace mdd
