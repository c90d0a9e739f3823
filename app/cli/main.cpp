// mddnet: the headless command-line face of MDD-Net Inspector.
#include <cstring>
#include <exception>
#include <iostream>
#include <string>
#include <vector>

#include "args.h"
#include "commands.h"
#include "exit_codes.h"
#include "mdd/runtime.h"

namespace {

// Errors are one line: LibTorch's own exceptions append a stack trace after the message.
std::string firstLine(const char* text) {
  const std::string s(text);
  return s.substr(0, s.find('\n'));
}

void printUsage(std::ostream& out) {
  out << "usage: mddnet [--version] [--help] <command> [options]\n\n"
         "Train and run MDD-Net (memory-augmented dual-decoder anomaly detection).\n\n"
         "commands:\n";
  for (const auto& c : mdd::cli::allCommands())
    out << "  " << c.name << std::string(14 - std::strlen(c.name), ' ') << c.summary << '\n';
  out << "\n'mddnet <command> --help' describes a command.\n\n"
         "exit codes: 0 success, 1 the job failed, 2 bad command line,\n"
         "            130 interrupted by Ctrl-C, 143 stopped by SIGTERM (training saves\n"
         "            a checkpoint first)\n";
}

}  // namespace

int main(int argc, char** argv) {
  using namespace mdd::cli;
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty()) {
    printUsage(std::cerr);
    return kUsage;
  }
  const std::string first = args.front();
  if (first == "--help" || first == "-h" || first == "help") {
    printUsage(std::cout);
    return kOk;
  }
  if (first == "--version") {
    std::cout << "mddnet " << mdd::runtimeInfo().mddnetVersion << '\n';
    return kOk;
  }
  for (const auto& c : allCommands()) {
    if (first != c.name) continue;
    args.erase(args.begin());
    for (const auto& a : args)
      if (a == "--help" || a == "-h") {
        c.help(std::cout);
        return kOk;
      }
    try {
      mdd::initRuntime();
      return c.run(args);
    } catch (const UsageError& e) {
      std::cerr << "mddnet " << c.name << ": " << firstLine(e.what()) << '\n';
      return kUsage;
    } catch (const std::exception& e) {
      std::cerr << "mddnet " << c.name << ": error: " << firstLine(e.what()) << '\n';
      return kFailure;
    }
  }
  std::cerr << "mddnet: unknown command '" << first << "' (see mddnet --help)\n";
  return kUsage;
}
