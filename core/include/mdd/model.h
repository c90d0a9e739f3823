#pragma once
// A trained (or new) MDD-Net model: network, preprocessing, per-class thresholds and
// facts about its training, as one object and one file. Torch-free.
#include <memory>
#include <string>
#include <vector>

#include <opencv2/core.hpp>

#include "mdd/metrics.h"
#include "mdd/model_config.h"
#include "mdd/precision.h"
#include "mdd/preprocess.h"
#include "mdd/thresholds.h"

namespace mdd {

struct TrainingSummary {
  int steps = 0;
  int epochs = 0;
  int batchSize = 0;
  double seconds = 0;
  std::string device;
  std::string finishedAt;  // ISO 8601, UTC
  std::uint64_t seed = 0;
  // Mean of each loss term over the last 10% of steps.
  double finalTotalLoss = 0, finalDistillationLoss = 0;
  std::vector<std::string> datasetRoots;
};

struct ModelMetadata {
  std::vector<ClassThresholds> thresholds;      // one per class, in classNames order
  std::vector<ClassMetrics> validationMetrics;  // on the validation split, per class
  TrainingSummary training;
};

// What one image gives. Maps are CV_32FC1 raw anomaly maps (smoothed, not normalised).
struct InferenceResult {
  int classIndex = -1;      // the class whose memory bank and thresholds were used
  bool classGiven = false;  // false: the memory's prediction chose it
  int predictedClass = -1;  // the memory's own argmax (-1 without memory)
  std::vector<float> classProbabilities;  // softmax of the memory's class logits
  float score = 0;          // raw image score by the model's score rule
  cv::Mat map;              // the scored map (MapConfig::source) at model resolution
  cv::Mat fused, teacherRestoration, restorationIdentity;  // model resolution
  cv::Mat mapOriginal;      // `map` mapped back onto the original image size
};

// One CMM memory item and how it relates to the classes (the t-SNE view's input).
struct MemoryItem {
  int scale = 0;                           // teacher scale of its bank (0 = finest)
  int ownerClass = 0;                      // the bank it lives in
  std::vector<float> vector;               // the item itself
  std::vector<float> classProbabilities;   // softmax over classes of its affinity
  float entropy = 0;                       // of classProbabilities, in nats
};

class Model {
 public:
  Model();
  ~Model();
  Model(const Model&);
  Model& operator=(const Model&);

  // A new, untrained model: the pretrained teacher (its weights from `teacherWeights` or
  // the teacher folders) and randomly initialised student parts. device: "auto", "cpu",
  // "cuda", "cuda:N". Throws with a message naming what is missing.
  static Model create(const ModelConfig& config, const std::string& device = "auto",
                      const std::string& teacherWeights = {});
  // Reads a model file; throws naming the file for a missing, truncated, corrupt,
  // wrong-version or inconsistent file.
  static Model load(const std::string& path, const std::string& device = "auto");
  // Writes atomically: a failure leaves an existing file as it was.
  void save(const std::string& path) const;

  bool valid() const { return impl_ != nullptr; }
  const ModelConfig& config() const;
  ModelConfig& mutableMapConfig();  // score rule, fusion, sigma: no retraining needed
  const std::vector<std::string>& classNames() const;
  int classIndex(const std::string& name) const;  // -1 when unknown
  PreprocessConfig preprocessing() const;
  std::string device() const;  // "cpu" or "cuda:N"

  // Inference precision (not stored in the model file; default Auto).
  void setPrecision(Precision precision);
  Precision precision() const;
  bool usesBf16() const;  // what the precision resolves to on this model's device

  ModelMetadata& metadata();
  const ModelMetadata& metadata() const;

  // Runs the network on BGR images (CV_8UC3, any size). classes[i] >= 0 gives image i's
  // class; -1 (or an empty vector) lets the memory predict it (with
  // MapConfig::classSource == Predicted the memory always chooses). Running out of memory
  // throws OutOfMemoryError (mdd/out_of_memory.h) saying which batch size to try.
  std::vector<InferenceResult> infer(const std::vector<cv::Mat>& images,
                                     const std::vector<int>& classes = {}) const;

  std::vector<MemoryItem> memoryItems() const;

  struct Impl;
  Impl& impl() const { return *impl_; }
  static Model fromImpl(std::shared_ptr<Impl> impl);

 private:
  // infer without the rewrite of out-of-memory errors into OutOfMemoryError.
  std::vector<InferenceResult> inferUnguarded(const std::vector<cv::Mat>& images,
                                              const std::vector<int>& classes) const;
  std::shared_ptr<Impl> impl_;
};

// The model file's header without its weights: for listing and editing.
struct ModelFileInfo {
  int formatVersion = 0;
  ModelConfig config;
  ModelMetadata metadata;
  std::size_t tensorCount = 0;
};
ModelFileInfo readModelFileInfo(const std::string& path);

// Replaces the per-class thresholds stored in a model file, rewriting it atomically
// without touching the weights. Throws when a class name is not the model's.
void writeModelThresholds(const std::string& path, const std::vector<ClassThresholds>& thresholds);

// "auto" -> "cuda:0" when CUDA is available, else "cpu"; validates the others.
std::string resolveDevice(const std::string& device);

}  // namespace mdd
