#include "train/data_parallel.h"

#include "nn/cross_rank_batch_norm.h"

namespace mdd::train {

DataParallel::DataParallel(const DistributedConfig& config, const torch::Device& device,
                           nn::MddNetImpl& net)
    : net_(net) {
  if (!config.enabled()) return;
  group_ = std::make_unique<DistributedGroup>(config, device);
  // BatchNorm statistics over the global batch, as one process would compute them.
  DistributedGroup* group = group_.get();
  nn::useCrossRankBatchNorm(net, std::make_shared<nn::CrossRankSum>(
                                     [group](torch::Tensor& t) { group->sumInPlace(t); }));
  parameters_ = net.studentParameters();
  for (const auto& child : net.named_children())
    if (child.key() != "teacher")
      for (const auto& b : floatingBuffersOf(*child.value())) buffers_.push_back(b);
}

DataParallel::~DataParallel() {
  if (group_) nn::useCrossRankBatchNorm(net_, nullptr);
}

void DataParallel::shareInitialWeights() {
  if (!group_) return;
  auto all = parameters_;
  all.insert(all.end(), buffers_.begin(), buffers_.end());
  group_->broadcastFromRoot(all);
}

void DataParallel::averageGradients() {
  if (group_) group_->averageInPlace(gradientsOf(parameters_));
}

void DataParallel::averageBuffers() {
  if (group_ && !buffers_.empty()) group_->averageInPlace(buffers_);
}

bool DataParallel::anyCancelled(bool cancelledHere, LossValues& losses) {
  if (!group_) return cancelledHere;
  const auto mean = group_->average({cancelledHere ? 1.0 : 0.0, losses.total, losses.restoration,
                                     losses.identity, losses.distillation, losses.memoryClass,
                                     losses.memoryReconstruction});
  losses = {mean[1], mean[2], mean[3], mean[4], mean[5], mean[6]};
  return mean[0] > 0;
}

double DataParallel::weightDifferenceFromRoot() {
  if (!group_) return 0.0;
  auto all = parameters_;
  all.insert(all.end(), buffers_.begin(), buffers_.end());
  return group_->maxDifferenceFromRoot(all);
}

std::string rankDevice(const std::string& requested, const DistributedConfig& config) {
  const bool pickCuda = requested == "auto" || requested == "cuda" || requested.empty();
  if (config.enabled() && pickCuda && config.localRank >= 0 && torch::cuda::is_available() &&
      config.localRank < static_cast<int>(torch::cuda::device_count()))
    return "cuda:" + std::to_string(config.localRank);
  return requested;
}

}  // namespace mdd::train
