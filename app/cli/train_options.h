#pragma once
// The train subcommand's command line as a TrainConfig and the paths around it.
#include <set>
#include <string>
#include <vector>

#include "args.h"
#include "mdd/train.h"

namespace mdd::cli {

struct TrainJob {
  std::vector<std::string> roots;  // dataset folders
  std::string modelPath;           // --out
  std::string resumeFrom;          // --resume, or empty
  double validationFraction = 0;
  TrainConfig config;              // checkpointPath always set
};

// The options train accepts (valued, then flags), for Args.
const std::set<std::string>& trainValuedOptions();
const std::set<std::string>& trainFlagOptions();

// Throws UsageError for a missing or bad option, std::runtime_error for an unreadable
// --config file or distributed environment that does not fit.
TrainJob trainJobFrom(const Args& args);

}  // namespace mdd::cli
