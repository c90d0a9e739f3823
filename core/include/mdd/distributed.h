#pragma once
// Data-parallel training on several processes or machines (LibTorch's c10d: Gloo on the
// CPU, NCCL on CUDA when the LibTorch build has it). Every rank runs the same training with
// its slice of each global batch; gradients are averaged over the ranks after every step,
// so all ranks hold the same weights. Rank 0 writes the checkpoints and the model.
// Torch-free.
#include <string>

namespace mdd {

struct DistributedConfig {
  int worldSize = 1;  // number of processes; 1 trains alone
  int rank = 0;       // this process, 0 .. worldSize - 1
  int localRank = -1;  // rank on this machine (picks cuda:N); -1 when not given
  std::string masterAddr = "127.0.0.1";  // where rank 0 listens for the rendezvous
  int masterPort = 29500;
  int timeoutSeconds = 300;  // rendezvous and any one collective operation

  bool enabled() const { return worldSize > 1; }
  bool isRoot() const { return rank == 0; }
};

// Reads the usual variables: WORLD_SIZE, RANK, MASTER_ADDR, MASTER_PORT (all required),
// LOCAL_RANK (optional) and MDDNET_DIST_TIMEOUT (seconds, optional). Throws
// std::invalid_argument naming the variable that is missing or bad.
DistributedConfig distributedConfigFromEnvironment();

// Throws std::invalid_argument naming the field when the values cannot work together.
void validate(const DistributedConfig& config);

// Which c10d backends this build of LibTorch has, e.g. "gloo" or "gloo, nccl".
std::string distributedBackends();

}  // namespace mdd
