#include "common/flop_counter.h"

#include <cstring>

namespace bench {
namespace {

thread_local double counted = 0;

double product(at::IntArrayRef sizes) {
  double p = 1;
  for (const auto s : sizes) p *= static_cast<double>(s);
  return p;
}

void onEnd(const at::RecordFunction& fn, at::ObserverContext*) {
  const char* name = fn.name();
  const auto inputs = fn.inputs();
  const auto& outputs = fn.outputs();
  if (std::strcmp(name, "aten::convolution") == 0 && inputs.size() >= 7 && !outputs.empty()) {
    const auto input = inputs[0].toTensor(), weight = inputs[1].toTensor();
    const double kernel = product(weight.sizes().slice(2));
    if (inputs[6].toBool())  // transposed: weight [in, out/groups, kh, kw]
      counted += 2.0 * static_cast<double>(input.numel()) * weight.size(1) * kernel;
    else  // weight [out, in/groups, kh, kw]
      counted += 2.0 * static_cast<double>(outputs[0].toTensor().numel()) * weight.size(1) * kernel;
  } else if ((std::strcmp(name, "aten::mm") == 0 || std::strcmp(name, "aten::bmm") == 0) &&
             inputs.size() >= 2 && !outputs.empty()) {
    counted += 2.0 * static_cast<double>(outputs[0].toTensor().numel()) *
               static_cast<double>(inputs[0].toTensor().sizes().back());
  } else if (std::strcmp(name, "aten::addmm") == 0 && inputs.size() >= 3 && !outputs.empty()) {
    counted += 2.0 * static_cast<double>(outputs[0].toTensor().numel()) *
               static_cast<double>(inputs[1].toTensor().sizes().back());
  }
}

}  // namespace

FlopCounter::FlopCounter() {
  counted = 0;
  handle_ = at::addThreadLocalCallback(
      at::RecordFunctionCallback(nullptr, &onEnd).needsInputs(true).needsOutputs(true));
}

FlopCounter::~FlopCounter() { at::removeCallback(handle_); }

double FlopCounter::flops() const { return counted; }

}  // namespace bench
