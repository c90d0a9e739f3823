// Child program of test_checkpoint_kill: saves checkpoints in a loop until it is killed.
// Usage: checkpoint_writer <run.ckpt> <first step>
// Checkpoint k has step k and every value of the first student parameter equal to k. After
// each save returns it prints "saved <k>" (flushed at once), so the test knows which
// versions were complete before its SIGKILL.
#include <cstdio>
#include <cstdlib>
#include <string>

#include <torch/torch.h>

#include "mdd/model.h"
#include "model/model_impl.h"
#include "train/checkpoint.h"

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: checkpoint_writer <run.ckpt> <first step>\n");
    return 2;
  }
  const std::string path = argv[1];
  const int first = std::atoi(argv[2]);
  try {
    torch::set_num_threads(1);
    torch::manual_seed(11);
    mdd::ModelConfig c;
    c.network.backbone = "mobilenet_v2";
    c.network.inputWidth = c.network.inputHeight = 64;
    c.network.neckChannels = 32;
    c.network.codeChannels = 64;
    c.network.decoderWidths = {16, 32, 64};
    c.network.memory.itemsPerClass = 8;
    c.classNames = {"a", "b"};
    mdd::Model model = mdd::Model::create(c, "cpu");
    auto params = model.impl().net->studentParameters();
    torch::optim::Adam adam(params, torch::optim::AdamOptions(1e-3));
    torch::Tensor loss = torch::zeros({});
    for (auto& p : params) loss = loss + p.sum();
    loss.backward();
    adam.step();
    std::vector<mdd::TrainProgress> history;
    for (int step = first;; ++step) {
      {
        torch::NoGradGuard noGrad;
        params.front().fill_(static_cast<double>(step));
      }
      mdd::TrainProgress p;
      p.step = step;
      history.push_back(p);
      mdd::train::saveCheckpoint(path, model, adam, step, history);
      std::printf("saved %d\n", step);
      std::fflush(stdout);
    }
  } catch (const std::exception& e) {
    std::fprintf(stderr, "checkpoint_writer: %s\n", e.what());
    return 1;
  }
}
