#pragma once
// Training batches: normal image, its synthetic anomalous twin, the anomaly mask and the
// class, for every step of a run. A step's content depends only on (seed, step), so a
// resumed run sees exactly the batches the uninterrupted one would have. Batches are
// prepared on background threads while the network computes.
#include <condition_variable>
#include <deque>
#include <map>
#include <mutex>
#include <thread>
#include <vector>

#include <torch/torch.h>

#include "mdd/dataset.h"
#include "mdd/preprocess.h"
#include "mdd/synthesis.h"

namespace mdd::train {

struct Batch {
  int step = 0;  // [B, ...] below is this rank's share of the global batch
  torch::Tensor normal, anomalous;  // [B, 3, H, W] preprocessed, CPU
  torch::Tensor mask;               // [B, 1, H, W] in {0, 1}
  torch::Tensor classes;            // [B] int64
  torch::Tensor content;            // [B, 1, H, W]: 1 on the image, 0 on letterbox borders
};

// Normal images for seeding the memory: [M, 3, H, W], their classes [M] and content masks
// [M, 1, H, W] (as Batch::content).
struct SeedImages {
  torch::Tensor images, classes, content;
};

struct TrainingImage {
  std::string path;
  int classIndex = 0;
};

class BatchLoader {
 public:
  BatchLoader(std::vector<TrainingImage> images, PreprocessConfig preprocess,
              AnomalySynthesizer synthesizer, bool restrictToForeground, int batchSize,
              std::uint64_t seed, int threads);
  ~BatchLoader();

  int stepsPerEpoch() const { return stepsPerEpoch_; }
  // Data-parallel training: this rank builds only items [index * B / count, (index + 1) *
  // B / count) of each global batch of B, with the seeds the whole batch would use, so the
  // ranks' slices together are exactly the single-process batch. Call before start().
  // Throws std::invalid_argument unless count divides the batch size.
  void setShard(int index, int count);
  // Starts preparing batches from `firstStep` on; get() must then be called with
  // consecutive steps.
  void start(int firstStep, int lastStep);
  Batch get(int step);

  // Builds one batch synchronously (the background threads call this too).
  Batch make(int step) const;
  // Up to `perClass` normal images of every class, spread over each class's images.
  // Seeds the memory with real teacher features before the first step.
  SeedImages sampleEachClass(int perClass) const;

 private:
  struct Placed {
    cv::Mat image;     // the original in the model's geometry, still 8-bit BGR
    cv::Rect content;  // where the image is in it (all of it but for letterbox borders)
  };
  Placed loadPlaced(const std::string& path) const;
  static cv::Mat contentMask(const Placed& x);  // CV_8U, 255 on the content
  void worker();

  std::vector<TrainingImage> images_;
  PreprocessConfig preprocess_;
  AnomalySynthesizer synthesizer_;
  bool restrictToForeground_;
  int batchSize_;
  std::uint64_t seed_;
  int threads_;
  int stepsPerEpoch_;
  int shardIndex_ = 0, shardCount_ = 1;

  std::mutex mutex_;
  std::condition_variable changed_;
  std::map<int, Batch> ready_;
  std::exception_ptr error_;
  int nextToMake_ = 0, lastStep_ = 0, consumed_ = 0;
  bool stopping_ = false;
  std::vector<std::thread> workers_;
  static constexpr int kAhead = 3;  // batches prepared ahead of the consumer
};

}  // namespace mdd::train
