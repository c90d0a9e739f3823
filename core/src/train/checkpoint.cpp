#include "train/checkpoint.h"

#include "io/atomic_file.h"
#include "model/model_file.h"
#include "model/model_impl.h"

namespace mdd::train {
namespace {

constexpr const char* kAdamPrefix = "adam/";

std::string adamKey(const torch::Tensor& p) {
  return c10::guts::to_string(p.unsafeGetTensorImpl());
}

nlohmann::json historyJson(const std::vector<TrainProgress>& history) {
  // Columns, to keep long runs compact.
  nlohmann::json j;
  for (const auto& h : history) {
    j["step"].push_back(h.step);
    j["epoch"].push_back(h.epoch);
    j["lr"].push_back(h.learningRate);
    j["total"].push_back(h.losses.total);
    j["restoration"].push_back(h.losses.restoration);
    j["identity"].push_back(h.losses.identity);
    j["distillation"].push_back(h.losses.distillation);
    j["memory_class"].push_back(h.losses.memoryClass);
    j["memory_reconstruction"].push_back(h.losses.memoryReconstruction);
    j["seconds"].push_back(h.elapsedSeconds);
  }
  return j;
}

std::vector<TrainProgress> historyFromJson(const nlohmann::json& j) {
  std::vector<TrainProgress> out;
  if (!j.contains("step")) return out;
  for (size_t i = 0; i < j["step"].size(); ++i) {
    TrainProgress p;
    p.step = j["step"][i].get<int>();
    p.epoch = j["epoch"][i].get<int>();
    p.learningRate = j["lr"][i].get<double>();
    p.losses.total = j["total"][i].get<double>();
    p.losses.restoration = j["restoration"][i].get<double>();
    p.losses.identity = j["identity"][i].get<double>();
    p.losses.distillation = j["distillation"][i].get<double>();
    p.losses.memoryClass = j["memory_class"][i].get<double>();
    p.losses.memoryReconstruction = j["memory_reconstruction"][i].get<double>();
    p.elapsedSeconds = j["seconds"][i].get<double>();
    out.push_back(p);
  }
  return out;
}

}  // namespace

void saveCheckpoint(const std::string& path, const Model& model, torch::optim::Adam& optimizer,
                    int step, const std::vector<TrainProgress>& history) {
  auto header = modelFileHeader(model);
  header["kind"] = kCheckpointKind;
  header["checkpoint"] = {{"step", step}, {"history", historyJson(history)}};
  io::TensorArchiveWriter writer(header);
  addModelTensors(model, writer);
  auto& state = optimizer.state();
  const auto params = model.impl().net->studentParameters();
  for (size_t i = 0; i < params.size(); ++i) {
    const auto it = state.find(adamKey(params[i]));
    if (it == state.end()) continue;  // no step taken yet for this parameter
    const auto& s = static_cast<const torch::optim::AdamParamState&>(*it->second);
    const std::string base = kAdamPrefix + std::to_string(i) + "/";
    writer.add(base + "exp_avg", s.exp_avg());
    writer.add(base + "exp_avg_sq", s.exp_avg_sq());
    writer.add(base + "step", torch::tensor({static_cast<int64_t>(s.step())}, torch::kLong));
  }
  writer.write(path);
  io::removeStaleTemporaryFiles(path);  // left by runs killed while saving
}

Checkpoint loadCheckpoint(const std::string& path, const std::string& device) {
  const auto archive = io::TensorArchive::open(path);
  Checkpoint c;
  c.model = modelFromArchive(archive, device, kCheckpointKind, kAdamPrefix);
  const auto& info = archive.header().at("checkpoint");
  c.step = info.at("step").get<int>();
  c.history = historyFromJson(info.value("history", nlohmann::json::object()));
  const auto params = c.model.impl().net->studentParameters();
  const torch::Device dev = c.model.impl().device;
  for (size_t i = 0; i < params.size(); ++i) {
    const std::string base = kAdamPrefix + std::to_string(i) + "/";
    if (!archive.contains(base + "exp_avg")) {
      c.expAvg.emplace_back();
      c.expAvgSq.emplace_back();
      c.adamSteps.push_back(0);
      continue;
    }
    c.expAvg.push_back(archive.tensor(base + "exp_avg").to(dev));
    c.expAvgSq.push_back(archive.tensor(base + "exp_avg_sq").to(dev));
    c.adamSteps.push_back(archive.tensor(base + "step").item<int64_t>());
    if (c.expAvg.back().sizes() != params[i].sizes())
      throw std::runtime_error("'" + path + "': optimizer state " + std::to_string(i) +
                               " does not fit its parameter (a damaged checkpoint)");
  }
  return c;
}

void restoreOptimizer(const Checkpoint& c, torch::optim::Adam& optimizer) {
  const auto params = c.model.impl().net->studentParameters();
  auto& state = optimizer.state();
  for (size_t i = 0; i < params.size() && i < c.expAvg.size(); ++i) {
    if (!c.expAvg[i].defined()) continue;
    auto s = std::make_unique<torch::optim::AdamParamState>();
    s->step(c.adamSteps[i]);
    s->exp_avg(c.expAvg[i].clone());
    s->exp_avg_sq(c.expAvgSq[i].clone());
    state[adamKey(params[i])] = std::move(s);
  }
}

}  // namespace mdd::train
