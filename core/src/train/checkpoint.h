#pragma once
// Training checkpoints: the model file's content plus the Adam state of every student
// parameter (in studentParameters() order), the step reached and the loss history.
#include <string>
#include <vector>

#include <torch/torch.h>

#include "mdd/train.h"

namespace mdd::train {

struct Checkpoint {
  Model model;
  int step = 0;
  std::vector<TrainProgress> history;
  std::vector<torch::Tensor> expAvg, expAvgSq;  // per student parameter
  std::vector<int64_t> adamSteps;
};

void saveCheckpoint(const std::string& path, const Model& model, torch::optim::Adam& optimizer,
                    int step, const std::vector<TrainProgress>& history);
// Throws naming the file when it is not a checkpoint or does not fit.
Checkpoint loadCheckpoint(const std::string& path, const std::string& device);
// Puts the saved Adam state into an optimizer built over the model's student parameters.
void restoreOptimizer(const Checkpoint& checkpoint, torch::optim::Adam& optimizer);

}  // namespace mdd::train
