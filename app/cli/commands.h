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
int runMakeDemo(const std::vector<std::string>& args);
void helpMakeDemo(std::ostream& out);
int runTrain(const std::vector<std::string>& args);
void helpTrain(std::ostream& out);
int runEval(const std::vector<std::string>& args);
void helpEval(std::ostream& out);
int runPredict(const std::vector<std::string>& args);
void helpPredict(std::ostream& out);
int runThresholds(const std::vector<std::string>& args);
void helpThresholds(std::ostream& out);
int runMemory(const std::vector<std::string>& args);
void helpMemory(std::ostream& out);

}  // namespace mdd::cli
