#include "commands.h"

namespace mdd::cli {

const std::vector<Command>& allCommands() {
  static const std::vector<Command> table = {
      {"info", "print the runtime: versions, BLAS, threads, CUDA device", runInfo, helpInfo},
      {"make-demo", "write a small demo dataset (MVTec AD layout)", runMakeDemo, helpMakeDemo},
      {"train", "train a model on dataset folders (Ctrl-C saves a checkpoint)", runTrain,
       helpTrain},
      {"eval", "per-class metrics of a model on a dataset split", runEval, helpEval},
      {"predict", "verdicts, scores, overlays and masks for images", runPredict, helpPredict},
      {"thresholds", "show, fit or set the per-class thresholds of a model file",
       runThresholds, helpThresholds},
      {"memory", "export the memory items: class probabilities, roles, t-SNE", runMemory,
       helpMemory},
  };
  return table;
}

}  // namespace mdd::cli
