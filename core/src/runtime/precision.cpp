#include "mdd/precision.h"

#include <stdexcept>

namespace mdd {

std::string precisionName(Precision p) {
  switch (p) {
    case Precision::Auto: return "auto";
    case Precision::Float32: return "fp32";
    case Precision::BFloat16: return "bf16";
  }
  return "auto";
}

Precision parsePrecision(const std::string& name) {
  for (const auto p : {Precision::Auto, Precision::Float32, Precision::BFloat16})
    if (precisionName(p) == name) return p;
  throw std::invalid_argument("unknown precision '" + name + "': use auto, fp32 or bf16");
}

PrecisionChoice choosePrecision(Precision requested, const std::string& device,
                                const CpuFeatures& cpu) {
  switch (requested) {
    case Precision::Float32: return {false, "fp32: requested"};
    case Precision::BFloat16:
      return {true, device.rfind("cuda", 0) == 0 || cpu.amx || cpu.avx512bf16
                        ? "bf16: requested"
                        : "bf16: requested (emulated on this CPU: slower than fp32)"};
    case Precision::Auto: break;
  }
  if (device.rfind("cuda", 0) == 0) return {true, "bf16: auto on a CUDA device"};
  if (cpu.amx) return {true, "bf16: auto, the CPU has AMX (bf16 tiles in hardware)"};
  if (cpu.avx512bf16)
    return {true, "bf16: auto, the CPU has avx512_bf16 (bf16 dot products in hardware)"};
  return {false, "fp32: auto, the CPU has neither AMX nor avx512_bf16 (bf16 would be emulated)"};
}

PrecisionChoice choosePrecision(Precision requested, const std::string& device) {
  return choosePrecision(requested, device, cpuFeatures());
}

}  // namespace mdd
