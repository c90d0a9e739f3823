#pragma once
// Training MDD-Net on the normal training images of one or more classes (METHOD.md,
// "Training"), then calibrating per-class thresholds on the validation split. Torch-free.
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "mdd/dataset.h"
#include "mdd/distributed.h"
#include "mdd/model.h"
#include "mdd/progress.h"
#include "mdd/synthesis.h"

namespace mdd {

struct TrainConfig {
  ModelConfig model;  // classNames are taken from the dataset
  SynthesisConfig synthesis;
  bool systemTextures = true;    // GIMP patterns and scikit-image textures on this machine
  bool trainingImageTextures = true;  // re-coloured crops of the training images
  std::string textureFolder;     // a folder of the user's texture images (optional)
  bool restrictToForeground = false;  // estimate each image's object and synthesise inside it

  int batchSize = 16;
  int epochs = 100;
  int iterations = 0;            // > 0 overrides epochs
  double learningRate = 0.005;   // at batch 16; scaled by batchSize / 16 (RD4AD / ADer)
  double beta1 = 0.5, beta2 = 0.999;
  double lrDropAt = 0.8;         // fraction of the steps after which the rate drops
  double lrDropFactor = 0.1;
  std::uint64_t seed = 0;
  std::string device = "auto";
  std::string teacherWeights;    // empty: found in the teacher folders
  int loaderThreads = 2;         // image decoding and synthesis overlap with compute
  // Forward passes in bf16 autocast (Auto: on GPUs and on CPUs with AMX/AVX512-BF16);
  // weights, gradients, optimiser state and the losses' reductions stay fp32.
  Precision precision = Precision::Auto;

  int checkpointEvery = 0;       // steps; 0: only on cancel
  std::string checkpointPath;    // empty: no checkpoints

  // Several ranks: batchSize is the global batch (a multiple of worldSize), each rank
  // computes batchSize / worldSize of it; only rank 0 writes checkpoints. A cancel on any
  // rank stops all of them after the same step. Resuming needs the checkpoint on every rank.
  DistributedConfig distributed;
};

struct LossValues {
  double total = 0, restoration = 0, identity = 0, distillation = 0;
  double memoryClass = 0, memoryReconstruction = 0;
};

struct TrainProgress {
  int step = 0;        // steps done
  int totalSteps = 0;
  int epoch = 0;
  double learningRate = 0;
  LossValues losses;   // of the last step
  double imagesPerSecond = 0;
  double elapsedSeconds = 0;
  double etaSeconds = 0;
};

struct TrainResult {
  Model model;
  bool cancelled = false;
  int stepsDone = 0;
  std::vector<TrainProgress> history;  // one entry per step (this run and resumed ones)
  // Distributed runs: the largest |difference| between this rank's trained weights and
  // rank 0's, checked at the end (0 when the ranks agree exactly, and when training alone).
  double rankWeightDifference = 0;
};

using TrainProgressFn = std::function<void(const TrainProgress&)>;

// Trains a model. Losses and rates in the progress are over the global batch. With
// `resumeCheckpoint`, continues that run from its step with the
// same optimizer state and data order. On cancel, writes a checkpoint (when
// checkpointPath is set) and returns with cancelled = true. The returned model has no
// thresholds yet: call calibrateModel() (as `mddnet train` and the Inspector do).
TrainResult trainModel(const Dataset& dataset, const TrainConfig& config,
                       const TrainProgressFn& progress, const CancelToken& cancel,
                       const std::string& resumeCheckpoint = {});

// Fits every class's thresholds and score ranges on the dataset's validation split
// (max normal score when it holds only normal images, F1-optimal otherwise) and stores
// them in the model's metadata, with the validation metrics.
void calibrateModel(Model& model, const Dataset& dataset, const ProgressFn& progress,
                    const CancelToken& cancel, int batchSize = 8);

}  // namespace mdd
