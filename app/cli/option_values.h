#pragma once
// Typed option values with range checks shared by the subcommands. Every bad value is a
// UsageError whose one line names the option, the value and what is allowed.
#include <string>
#include <utility>

#include "args.h"
#include "mdd/model.h"
#include "mdd/dataset.h"

namespace mdd::cli {

std::string requiredOption(const Args& args, const std::string& name);
// An integer >= minimum.
int intAtLeast(const Args& args, const std::string& name, int fallback, int minimum);
// A finite number in [low, high].
double numberIn(const Args& args, const std::string& name, double fallback, double low,
                double high);
// A finite number (any value); `what` says what it is in the error.
double finiteNumber(const std::string& text, const std::string& what);
// "A:B" -> two finite numbers.
std::pair<double, double> numberPair(const Args& args, const std::string& name);
// train, validation or test.
Split splitOption(const Args& args, const std::string& name, Split fallback);
// --device: auto, cpu, cuda or cuda:N (checked, not resolved; fallback "auto").
std::string deviceOption(const Args& args);
// --precision: auto (bf16 where the hardware runs it fast), fp32 or bf16.
Precision precisionOption(const Args& args);
// Only one of the given flags may be present; returns it, or "" for none.
std::string oneOf(const Args& args, std::initializer_list<const char*> flags);

}  // namespace mdd::cli
