#include <iostream>

#include "args.h"
#include "commands.h"
#include "exit_codes.h"
#include "mdd/runtime.h"

namespace mdd::cli {

void helpInfo(std::ostream& out) {
  out << "usage: mddnet info [--json]\n\n"
         "Print the runtime MDD-Net runs on: versions of MDD-Net, LibTorch and OpenCV,\n"
         "the BLAS library in use, CPU cores and LibTorch threads, CUDA availability and\n"
         "the device that training and inference will use, the precision --precision auto\n"
         "picks on it and why, and the teacher-weights folder.\n\n"
         "options:\n"
         "  --json   print one JSON object instead of text\n\n"
         "examples:\n"
         "  mddnet info\n"
         "  mddnet info --json | jq .device\n";
}

int runInfo(const std::vector<std::string>& argv) {
  const Args args(argv, {}, {"json"});
  if (!args.positional().empty())
    throw UsageError("info takes no arguments, got '" + args.positional().front() + "'");
  const RuntimeInfo info = runtimeInfo();
  if (args.has("json"))
    std::cout << runtimeInfoJson(info) << '\n';
  else
    std::cout << formatRuntimeInfo(info);
  return kOk;
}

}  // namespace mdd::cli
