// trainModel: the MDD-Net training loop (METHOD.md, "Training").
#include <chrono>
#include <ctime>
#include <iomanip>
#include <sstream>

#include "mdd/out_of_memory.h"
#include "mdd/runtime.h"
#include "mdd/textures.h"
#include "model/model_impl.h"
#include "runtime/autocast_scope.h"
#include "train/batch_loader.h"
#include "train/checkpoint.h"
#include "train/data_parallel.h"

namespace mdd {
namespace {

// Normal images per class whose teacher features seed the memory items.
constexpr int kMemorySeedImages = 8;

std::vector<train::TrainingImage> trainingImages(const Dataset& dataset) {
  std::vector<train::TrainingImage> out;
  for (const auto& s : dataset.samples)
    if (s.split == Split::Train && !s.isAnomalous)
      out.push_back({s.path, dataset.classIndex(s.className)});
  return out;
}

TextureSource textureSource(const TrainConfig& config,
                            const std::vector<train::TrainingImage>& images) {
  TextureSource textures;
  bool any = false;
  auto add = [&](TextureSource t) {
    textures.add(t);
    any = true;
  };
  if (config.systemTextures) add(TextureSource::fromSystem());
  if (!config.textureFolder.empty()) add(TextureSource::fromFolder(config.textureFolder));
  if (config.trainingImageTextures) {
    std::vector<std::string> paths;
    for (const auto& i : images) paths.push_back(i.path);
    add(TextureSource::fromImages(paths));
  }
  if (!any)
    throw std::invalid_argument(
        "no texture source for anomaly synthesis: enable system textures, training-image "
        "textures, or give a texture folder");
  return textures;
}

LossValues lossValues(const nn::LossTerms& t) {
  return {t.total.item<double>(),        t.restoration.item<double>(),
          t.identity.item<double>(),     t.distillation.item<double>(),
          t.memoryClass.item<double>(),  t.memoryReconstruction.item<double>()};
}

std::string utcNow() {
  const std::time_t now = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&now, &tm);
  std::ostringstream out;
  out << std::put_time(&tm, "%Y-%m-%dT%H:%M:%SZ");
  return out.str();
}

void setLearningRate(torch::optim::Adam& optimizer, double lr) {
  for (auto& group : optimizer.param_groups())
    static_cast<torch::optim::AdamOptions&>(group.options()).lr(lr);
}

}  // namespace

static TrainResult trainUnguarded(const Dataset& dataset, const TrainConfig& config,
                                  const TrainProgressFn& progress, const CancelToken& cancel,
                                  const std::string& resumeCheckpoint);

TrainResult trainModel(const Dataset& dataset, const TrainConfig& config,
                       const TrainProgressFn& progress, const CancelToken& cancel,
                       const std::string& resumeCheckpoint) {
  try {
    return trainUnguarded(dataset, config, progress, cancel, resumeCheckpoint);
  } catch (const std::exception& e) {
    rethrowIfOutOfMemory(e, "training", config.batchSize);  // names the batch size to lower
    throw;
  }
}

static TrainResult trainUnguarded(const Dataset& dataset, const TrainConfig& config,
                                  const TrainProgressFn& progress, const CancelToken& cancel,
                                  const std::string& resumeCheckpoint) {
  initRuntime();
  if (dataset.classNames.empty()) throw std::invalid_argument("the dataset has no classes");
  const auto images = trainingImages(dataset);
  if (images.empty())
    throw std::invalid_argument("the dataset has no normal training images to learn from");

  ModelConfig modelConfig = config.model;
  modelConfig.classNames = dataset.classNames;
  TrainResult result;
  int firstStep = 0;
  train::Checkpoint resumed;
  const std::string deviceName = train::rankDevice(config.device, config.distributed);
  if (!resumeCheckpoint.empty()) {
    resumed = train::loadCheckpoint(resumeCheckpoint, deviceName);
    if (resumed.model.classNames() != dataset.classNames)
      throw std::invalid_argument("checkpoint '" + resumeCheckpoint +
                                  "' was trained on other classes than this dataset's");
    result.model = resumed.model;
    firstStep = resumed.step;
    result.history = resumed.history;
  } else {
    torch::manual_seed(config.seed);
    result.model = Model::create(modelConfig, deviceName, config.teacherWeights);
  }
  auto& impl = result.model.impl();
  auto& net = impl.net;
  const torch::Device device = impl.device;
  train::DataParallel parallel(config.distributed, device, *net);

  train::BatchLoader loader(images, result.model.preprocessing(),
                            AnomalySynthesizer(textureSource(config, images), config.synthesis),
                            config.restrictToForeground, config.batchSize, config.seed,
                            config.loaderThreads);
  loader.setShard(parallel.rank(), parallel.worldSize());
  const int totalSteps =
      config.iterations > 0 ? config.iterations : config.epochs * loader.stepsPerEpoch();
  const double baseLr = config.learningRate * config.batchSize / 16.0;
  const int dropStep = static_cast<int>(config.lrDropAt * totalSteps);

  torch::optim::Adam optimizer(
      net->studentParameters(),
      torch::optim::AdamOptions(baseLr).betas({config.beta1, config.beta2}));
  if (!resumeCheckpoint.empty()) train::restoreOptimizer(resumed, optimizer);

  if (resumeCheckpoint.empty() && net->memory) {
    // Start the memory on the teacher's manifold: items drawn from real feature vectors.
    const auto seed = loader.sampleEachClass(kMemorySeedImages);
    torch::Generator gen = at::detail::createCPUGenerator(config.seed);
    const auto features = net->teacherFeatures(seed.images.to(device));
    net->memory->initialiseFrom(
        features, seed.classes, gen,
        nn::contentCells(seed.content.to(device), features, net->teacher->info().taps));
  }
  parallel.shareInitialWeights();
  loader.start(firstStep, totalSteps);
  const auto started = std::chrono::steady_clock::now();
  const double previousSeconds = result.history.empty() ? 0 : result.history.back().elapsedSeconds;
  const bool bf16 = choosePrecision(config.precision, device.str()).bf16;
  net->train();
  int step = firstStep;
  bool anyRankCancelled = false;  // decided together after each step when distributed
  for (; step < totalSteps; ++step) {
    if (parallel.enabled() ? anyRankCancelled : cancel.cancelled()) break;
    const double lr = step >= dropStep ? baseLr * config.lrDropFactor : baseLr;
    setLearningRate(optimizer, lr);
    train::Batch batch = loader.get(step);
    const auto normal = batch.normal.to(device), anomalous = batch.anomalous.to(device);
    const auto mask = batch.mask.to(device), classes = batch.classes.to(device);
    const auto content = batch.content.to(device);
    const auto terms = [&] {
      AutocastScope autocast(device, bf16);
      return net->losses(normal, anomalous, mask, classes, content);
    }();
    optimizer.zero_grad();
    terms.total.backward();
    parallel.averageGradients();
    optimizer.step();
    parallel.averageBuffers();

    TrainProgress p;
    p.step = step + 1;
    p.totalSteps = totalSteps;
    p.epoch = step / loader.stepsPerEpoch();
    p.learningRate = lr;
    p.losses = lossValues(terms);
    if (parallel.enabled()) anyRankCancelled = parallel.anyCancelled(cancel.cancelled(), p.losses);
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    p.elapsedSeconds = previousSeconds + seconds;
    const int doneHere = step + 1 - firstStep;
    p.imagesPerSecond = doneHere * config.batchSize / std::max(seconds, 1e-9);
    p.etaSeconds = seconds / doneHere * (totalSteps - step - 1);
    result.history.push_back(p);
    if (progress) progress(p);
    if (parallel.writesFiles() && !config.checkpointPath.empty() && config.checkpointEvery > 0 &&
        (step + 1) % config.checkpointEvery == 0 && step + 1 < totalSteps)
      train::saveCheckpoint(config.checkpointPath, result.model, optimizer, step + 1,
                            result.history);
  }
  net->eval();
  result.stepsDone = step;
  result.cancelled = step < totalSteps;
  result.rankWeightDifference = parallel.weightDifferenceFromRoot();
  if (result.cancelled) {
    if (parallel.writesFiles() && !config.checkpointPath.empty())
      train::saveCheckpoint(config.checkpointPath, result.model, optimizer, step, result.history);
    return result;
  }

  auto& summary = result.model.metadata().training;
  summary.steps = totalSteps;
  summary.epochs = (totalSteps + loader.stepsPerEpoch() - 1) / loader.stepsPerEpoch();
  summary.batchSize = config.batchSize;
  summary.seconds = result.history.empty() ? 0 : result.history.back().elapsedSeconds;
  summary.device = result.model.device();
  summary.finishedAt = utcNow();
  summary.seed = config.seed;
  const size_t tail = std::max<size_t>(1, result.history.size() / 10);
  for (size_t i = result.history.size() - tail; i < result.history.size(); ++i) {
    summary.finalTotalLoss += result.history[i].losses.total / tail;
    summary.finalDistillationLoss += result.history[i].losses.distillation / tail;
  }
  return result;
}

}  // namespace mdd
