#pragma once
// The machine's fp32 arithmetic peak, two ways: nominal (cores x clock x FLOPs per cycle
// of the widest FMA unit, two units per core) and measured (the best of a few 2048^3
// matrix products through LibTorch's BLAS), for reporting achieved FLOP rates.
#include <string>

namespace bench {

struct MachinePeak {
  double nominalGflops = 0;  // 0 when the clock is unknown
  double gemmGflops = 0;
  double clockMhz = 0;
  int cores = 0;
  std::string description;   // one line: cores, clock, features, both peaks
};

MachinePeak measureMachinePeak();

}  // namespace bench
