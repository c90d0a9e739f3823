#include <cstdio>
#include <filesystem>
#include <iostream>

#include "args.h"
#include "commands.h"
#include "dataset_loading.h"
#include "exit_codes.h"
#include "interrupt.h"
#include "mdd/train.h"
#include "progress_bar.h"
#include "train_options.h"

namespace mdd::cli {

void helpTrain(std::ostream& out) {
  out << "usage: mddnet train DATASET... --out MODEL [options]\n\n"
         "Train one MDD-Net model on the normal training images of every class in the\n"
         "dataset folders (MVTec AD, VisA or good/ + defect/ layouts; several folders are\n"
         "combined), fit each class's thresholds on the validation split, and write the\n"
         "model file. Ctrl-C saves a checkpoint that --resume continues (exit code 130).\n\n"
         "options:\n"
         "  --out FILE               the model file to write (required)\n"
         "  --backbone ID            teacher: inception_v3 (default), mobilenet_v2, resnet18,\n"
         "                           resnet50, wide_resnet50_2\n"
         "  --image-size N           square network input in pixels (default 256)\n"
         "  --epochs N               passes over the training images (default 100)\n"
         "  --iterations N           train exactly N steps (overrides --epochs)\n"
         "  --batch N                global batch size (default 16)\n"
         "  --lr X                   learning rate at batch 16, scaled with the batch (0.005)\n"
         "  --seed N                 random seed: the same seed, the same model (default 0)\n"
         "  --device D               auto (default), cpu, cuda, cuda:N\n"
         "  --precision P            auto (default: bf16 autocast on GPUs and AMX/AVX512-BF16\n"
         "                           CPUs), fp32, bf16\n"
         "  --config FILE            model configuration JSON (network widths, memory, maps)\n"
         "                           and optionally a \"synthesis\" section (anomalyProbability,\n"
         "                           betaMax, minScaleLog2, maxScaleLog2, threshold,\n"
         "                           randomRotation, augmentTexture, colour: follow_data,\n"
         "                           colour or grey); --backbone and --image-size override it\n"
         "  --teacher-weights FILE   the backbone's weights (default: the teacher folders)\n"
         "  --validation-fraction F  share of normal training images kept to fit thresholds\n"
         "                           (default 0.1; eval and thresholds must use the same)\n"
         "  --checkpoint FILE        checkpoint file (default: MODEL.ckpt)\n"
         "  --checkpoint-every N     also write the checkpoint every N steps\n"
         "  --resume FILE            continue the run saved in this checkpoint (give the same\n"
         "                           dataset, --epochs/--iterations and --batch)\n"
         "  --loader-threads N       image loading and synthesis threads (default 2)\n"
         "  --texture-folder DIR     extra texture images for anomaly synthesis\n"
         "  --no-system-textures     do not use GIMP patterns / scikit-image textures\n"
         "  --distributed            data-parallel training: WORLD_SIZE, RANK, MASTER_ADDR and\n"
         "                           MASTER_PORT (LOCAL_RANK optional) name this rank; the\n"
         "                           global batch is split over the ranks, rank 0 writes the\n"
         "                           checkpoint and the model (see README.md)\n\n"
         "examples:\n"
         "  mddnet train demo --out demo.mdda\n"
         "  mddnet train mvtec/bottle mvtec/cable --backbone mobilenet_v2 --epochs 50 \\\n"
         "         --batch 8 --out two.mdda\n"
         "  mddnet train demo --out demo.mdda --resume demo.mdda.ckpt\n"
         "  WORLD_SIZE=2 RANK=0 MASTER_ADDR=10.0.0.1 MASTER_PORT=29500 \\\n"
         "    mddnet train demo --out demo.mdda --distributed\n";
}

namespace {

std::string lossText(double loss) {
  char text[32];
  std::snprintf(text, sizeof text, "loss %.4f", loss);
  return text;
}

std::vector<std::string> absolutePaths(const std::vector<std::string>& paths) {
  std::vector<std::string> out;
  for (const auto& p : paths) out.push_back(std::filesystem::absolute(p).lexically_normal().string());
  return out;
}

void describeRun(const TrainJob& job, const Dataset& dataset) {
  const auto& c = job.config;
  std::cerr << "train: " << dataset.count(Split::Train) << " training images of "
            << dataset.classNames.size()
            << (dataset.classNames.size() == 1 ? " class (" : " classes (") << joinNames(dataset.classNames)
            << "), backbone " << c.model.network.backbone << ", " << c.model.network.inputWidth
            << " px, batch " << c.batchSize;
  if (c.distributed.enabled())
    std::cerr << " over " << c.distributed.worldSize << " ranks (this is rank "
              << c.distributed.rank << ")";
  if (!job.resumeFrom.empty()) std::cerr << ", resuming " << job.resumeFrom;
  std::cerr << std::endl;
}

int reportInterrupted(const TrainJob& job, const TrainResult& result, const InterruptHandler& signal) {
  const auto& c = job.config;
  const int total = result.history.empty() ? 0 : result.history.back().totalSteps;
  std::cerr << "train: interrupted after step " << result.stepsDone << " of " << total;
  if (c.distributed.isRoot())
    std::cerr << "; checkpoint written to " << c.checkpointPath
              << "\ntrain: continue with the same command and --resume " << c.checkpointPath;
  std::cerr << std::endl;
  return signal.interrupted() ? signal.exitCode() : kCancelled;  // another rank's Ctrl-C
}

}  // namespace

int runTrain(const std::vector<std::string>& argv) {
  const Args args(argv, trainValuedOptions(), trainFlagOptions());
  const TrainJob job = trainJobFrom(args);
  const bool root = job.config.distributed.isRoot();
  Dataset dataset = loadDatasetRoots(job.roots, job.validationFraction, std::cerr);
  describeRun(job, dataset);

  CancelToken cancel;
  const InterruptHandler signal(cancel);
  TrainResult result;
  {
    ProgressBar bar("train", "img/s");
    const auto progress = [&](const TrainProgress& p) {
      if (root)
        bar.update(p.step, p.totalSteps, p.imagesPerSecond, p.etaSeconds, lossText(p.losses.total));
    };
    result = trainModel(dataset, job.config, progress, cancel, job.resumeFrom);
  }
  if (job.config.distributed.enabled())
    std::cerr << "train: rank " << job.config.distributed.rank << " of "
              << job.config.distributed.worldSize
              << ": weights differ from rank 0's by at most " << result.rankWeightDifference
              << std::endl;
  if (result.cancelled) return reportInterrupted(job, result, signal);
  if (!root) return kOk;  // rank 0 fits the thresholds and writes the model

  Model& model = result.model;
  const auto& thresholds = model.metadata().thresholds;
  if (thresholds.empty() || !isDefined(thresholds.front().imageThreshold)) {
    ProgressBar bar("thresholds", "img/s");
    calibrateModel(model, dataset, [&](long done, long total) { bar.update(done, total); }, cancel,
                   job.config.batchSize);
    if (cancel.cancelled()) {
      std::cerr << "train: interrupted while fitting thresholds; the model was not written"
                << std::endl;
      return signal.exitCode();
    }
  }
  model.metadata().training.datasetRoots = absolutePaths(job.roots);
  model.save(job.modelPath);
  const auto& summary = model.metadata().training;
  std::cout << "trained " << summary.steps << " steps in " << ProgressBar::formatDuration(summary.seconds)
            << " on " << summary.device << "; model written to " << job.modelPath << "\n\n"
            << "validation metrics (%):\n"
            << formatMetricsTable(model.metadata().validationMetrics);
  return kOk;
}

}  // namespace mdd::cli
