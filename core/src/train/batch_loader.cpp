#include "train/batch_loader.h"

#include <algorithm>
#include <numeric>
#include <random>

#include <opencv2/imgproc.hpp>

#include "infer/tensor_image.h"
#include "mdd/image_io.h"

namespace mdd::train {

BatchLoader::BatchLoader(std::vector<TrainingImage> images, PreprocessConfig preprocess,
                         AnomalySynthesizer synthesizer, bool restrictToForeground,
                         int batchSize, std::uint64_t seed, int threads)
    : images_(std::move(images)),
      preprocess_(preprocess),
      synthesizer_(std::move(synthesizer)),
      restrictToForeground_(restrictToForeground),
      batchSize_(batchSize),
      seed_(seed),
      threads_(std::max(1, threads)) {
  if (images_.empty()) throw std::invalid_argument("no training images");
  if (batchSize_ < 1) throw std::invalid_argument("batch size must be at least 1");
  stepsPerEpoch_ = static_cast<int>((images_.size() + batchSize_ - 1) / batchSize_);
}

void BatchLoader::setShard(int index, int count) {
  if (count < 1 || index < 0 || index >= count)
    throw std::invalid_argument("batch shard " + std::to_string(index) + " of " +
                                std::to_string(count) + " does not exist");
  if (batchSize_ % count != 0)
    throw std::invalid_argument("the batch size " + std::to_string(batchSize_) +
                                " must be a multiple of the number of ranks (" +
                                std::to_string(count) + ")");
  shardIndex_ = index;
  shardCount_ = count;
}

BatchLoader::~BatchLoader() {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    stopping_ = true;
  }
  changed_.notify_all();
  for (auto& t : workers_) t.join();
}

cv::Mat BatchLoader::contentMask(const Placed& x) {
  cv::Mat m = cv::Mat::zeros(x.image.size(), CV_8U);
  m(x.content).setTo(255);
  return m;
}

BatchLoader::Placed BatchLoader::loadPlaced(const std::string& path) const {
  const cv::Mat img = readImage(path);
  return {resizeToModel(img, preprocess_), resizeGeometry(img.size(), preprocess_).targetRect};
}

Batch BatchLoader::make(int step) const {
  // Epoch e visits every image once in an order drawn from (seed, e); the last batch of an
  // epoch is filled up from the start of the same order.
  const int epoch = step / stepsPerEpoch_;
  const int within = step % stepsPerEpoch_;
  std::vector<int> order(images_.size());
  std::iota(order.begin(), order.end(), 0);
  std::mt19937_64 rng(mixSeed(seed_, 0x5eed, static_cast<std::uint64_t>(epoch)));
  std::shuffle(order.begin(), order.end(), rng);

  std::vector<cv::Mat> normal, anomalous, masks, content;
  std::vector<int64_t> classes;
  const int perShard = batchSize_ / shardCount_;
  for (int i = shardIndex_ * perShard; i < (shardIndex_ + 1) * perShard; ++i) {
    const auto& item = images_[order[(within * batchSize_ + i) % order.size()]];
    const Placed x = loadPlaced(item.path);
    // Defects go where the image is: inside its content (not on letterbox borders) and,
    // for objects, on the estimated foreground.
    cv::Mat fg;
    const bool bordered = x.content.size() != x.image.size();
    if (restrictToForeground_ || bordered) {
      fg = cv::Mat::zeros(x.image.size(), CV_8U);
      if (restrictToForeground_)
        estimateForeground(x.image(x.content).clone()).copyTo(fg(x.content));
      else
        fg(x.content).setTo(255);
    }
    const auto synth = synthesizer_.synthesize(
        x.image, mixSeed(seed_, static_cast<std::uint64_t>(step), static_cast<std::uint64_t>(i)),
        fg);
    normal.push_back(normaliseContent(x.image, x.content, preprocess_));
    anomalous.push_back(normaliseContent(synth.image, x.content, preprocess_));
    masks.push_back(synth.mask);
    content.push_back(contentMask(x));
    classes.push_back(item.classIndex);
  }
  Batch b;
  b.step = step;
  b.normal = infer::imagesToTensor(normal, torch::kCPU);
  b.anomalous = infer::imagesToTensor(anomalous, torch::kCPU);
  b.mask = infer::masksToTensor(masks, torch::kCPU);
  b.classes = torch::tensor(classes, torch::kLong);
  b.content = infer::masksToTensor(content, torch::kCPU);
  return b;
}

SeedImages BatchLoader::sampleEachClass(int perClass) const {
  std::map<int, std::vector<const TrainingImage*>> byClass;
  for (const auto& item : images_) byClass[item.classIndex].push_back(&item);
  std::vector<cv::Mat> inputs, content;
  std::vector<int64_t> classes;
  for (const auto& [cls, members] : byClass) {
    // Evenly spaced over the class's images rather than its first few.
    const std::size_t take = std::min<std::size_t>(static_cast<std::size_t>(perClass), members.size());
    for (std::size_t k = 0; k < take; ++k) {
      const Placed x = loadPlaced(members[k * members.size() / take]->path);
      inputs.push_back(normaliseContent(x.image, x.content, preprocess_));
      content.push_back(contentMask(x));
      classes.push_back(cls);
    }
  }
  return {infer::imagesToTensor(inputs, torch::kCPU), torch::tensor(classes, torch::kLong),
          infer::masksToTensor(content, torch::kCPU)};
}

void BatchLoader::start(int firstStep, int lastStep) {
  nextToMake_ = consumed_ = firstStep;
  lastStep_ = lastStep;
  for (int t = 0; t < threads_; ++t) workers_.emplace_back([this] { worker(); });
}

void BatchLoader::worker() {
  for (;;) {
    int step;
    {
      std::unique_lock<std::mutex> lock(mutex_);
      changed_.wait(lock, [&] {
        return stopping_ || (nextToMake_ < lastStep_ && nextToMake_ < consumed_ + kAhead);
      });
      if (stopping_) return;
      step = nextToMake_++;
    }
    try {
      Batch b = make(step);
      std::lock_guard<std::mutex> lock(mutex_);
      ready_.emplace(step, std::move(b));
    } catch (...) {
      std::lock_guard<std::mutex> lock(mutex_);
      if (!error_) error_ = std::current_exception();
    }
    changed_.notify_all();
  }
}

Batch BatchLoader::get(int step) {
  std::unique_lock<std::mutex> lock(mutex_);
  changed_.wait(lock, [&] { return error_ || ready_.count(step); });
  if (error_) std::rethrow_exception(error_);
  Batch b = std::move(ready_.at(step));
  ready_.erase(step);
  consumed_ = step + 1;
  lock.unlock();
  changed_.notify_all();
  return b;
}

}  // namespace mdd::train
