#pragma once
// The subcommand table: one entry per subcommand, each implemented in cmd_<name>.cpp.
#include <iosfwd>
#include <string>
#include <vector>

namespace mdd::cli {

struct Command {
  const char* name;
  const char* summary;
  int (*run)(const std::vector<std::string>& args);  // returns an ExitCode
  void (*help)(std::ostream& out);
};

const std::vector<Command>& allCommands();

// One function pair per subcommand.
int runInfo(const std::vector<std::string>& args);
void helpInfo(std::ostream& out);

}  // namespace mdd::cli
