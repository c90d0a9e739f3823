#include "commands.h"

namespace mdd::cli {

const std::vector<Command>& allCommands() {
  static const std::vector<Command> table = {
      {"info", "print the runtime: versions, BLAS, threads, CUDA device", runInfo, helpInfo},
  };
  return table;
}

}  // namespace mdd::cli
