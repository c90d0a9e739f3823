#include "train_options.h"

#include <filesystem>
#include <fstream>
#include <sstream>

#include "dataset_loading.h"
#include "mdd/backbones.h"
#include "option_values.h"
#include "text_output.h"

namespace mdd::cli {
namespace {

std::string configFileText(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read the --config file '" + path + "'");
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// A --config file: the model configuration (network, loss, maps) and, optionally, the
// anomaly synthesis section (mdd/synthesis.h).
void readConfigFile(const std::string& path, TrainConfig& config) {
  const std::string text = configFileText(path);
  try {
    config.model = modelConfigFromJson(text);
    config.synthesis = synthesisConfigFromJson(text);
  } catch (const std::invalid_argument& e) {
    throw std::runtime_error("--config '" + path + "': " + e.what());
  }
}

void requireFile(const std::string& path, const std::string& option) {
  std::error_code ec;
  if (!std::filesystem::is_regular_file(path, ec))
    throw std::runtime_error("option --" + option + ": file '" + path + "' does not exist");
}

}  // namespace

const std::set<std::string>& trainValuedOptions() {
  static const std::set<std::string> valued = {
      "out",   "backbone",        "image-size",          "epochs",         "iterations",
      "batch", "lr",              "seed",                "device",         "config",
      "teacher-weights",          "validation-fraction", "checkpoint",     "checkpoint-every",
      "resume", "loader-threads", "texture-folder", "precision"};
  return valued;
}

const std::set<std::string>& trainFlagOptions() {
  static const std::set<std::string> flags = {"no-system-textures", "distributed"};
  return flags;
}

TrainJob trainJobFrom(const Args& args) {
  TrainJob job;
  job.roots = args.positional();
  if (job.roots.empty()) throw UsageError("give at least one dataset folder (see --help)");
  job.modelPath = requiredOption(args, "out");
  requireParentFolder(job.modelPath, "out");
  job.validationFraction =
      numberIn(args, "validation-fraction", kDefaultValidationFraction, 0.01, 0.9);

  TrainConfig& c = job.config;
  if (args.has("config")) readConfigFile(args.get("config"), c);
  if (args.has("backbone")) c.model.network.backbone = args.get("backbone");
  try {
    backboneInfo(c.model.network.backbone);
  } catch (const std::invalid_argument& e) {
    throw UsageError(std::string("option --backbone: ") + e.what());
  }
  if (args.has("image-size")) {
    const int size = intAtLeast(args, "image-size", 0, 32);
    c.model.network.inputWidth = c.model.network.inputHeight = size;
  }
  c.batchSize = intAtLeast(args, "batch", c.batchSize, 1);
  c.epochs = intAtLeast(args, "epochs", c.epochs, 1);
  if (args.has("iterations")) c.iterations = intAtLeast(args, "iterations", 0, 1);
  c.learningRate = numberIn(args, "lr", c.learningRate, 1e-9, 10.0);
  c.seed = static_cast<std::uint64_t>(intAtLeast(args, "seed", 0, 0));
  c.loaderThreads = intAtLeast(args, "loader-threads", c.loaderThreads, 1);
  c.checkpointEvery = intAtLeast(args, "checkpoint-every", 0, 0);
  c.checkpointPath = args.get("checkpoint", job.modelPath + ".ckpt");
  requireParentFolder(c.checkpointPath, "checkpoint");
  c.systemTextures = !args.has("no-system-textures");
  c.textureFolder = args.get("texture-folder");
  if (args.has("teacher-weights")) {
    c.teacherWeights = args.get("teacher-weights");
    requireFile(c.teacherWeights, "teacher-weights");
  }
  c.device = deviceOption(args);
  c.precision = precisionOption(args);
  if (args.has("resume")) {
    job.resumeFrom = args.get("resume");
    requireFile(job.resumeFrom, "resume");
  }
  if (args.has("distributed")) {
    try {
      c.distributed = distributedConfigFromEnvironment();
    } catch (const std::invalid_argument& e) {
      throw UsageError(std::string("option --distributed: ") + e.what());
    }
    if (c.batchSize % c.distributed.worldSize != 0)
      throw UsageError("option --batch: the global batch " + std::to_string(c.batchSize) +
                       " must be a multiple of WORLD_SIZE " +
                       std::to_string(c.distributed.worldSize));
  }
  return job;
}

}  // namespace mdd::cli
