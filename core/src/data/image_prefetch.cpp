#include "mdd/image_prefetch.h"

#include <algorithm>

#include "mdd/image_io.h"

namespace mdd {

ImagePrefetcher::ImagePrefetcher(std::vector<std::string> paths, int batchSize)
    : paths_(std::move(paths)), batch_(static_cast<std::size_t>(std::max(1, batchSize))) {
  if (!paths_.empty()) worker_ = std::thread([this] { work(); });
}

ImagePrefetcher::~ImagePrefetcher() {
  {
    const std::lock_guard<std::mutex> lock(mutex_);
    stop_ = true;
  }
  changed_.notify_all();
  if (worker_.joinable()) worker_.join();
}

void ImagePrefetcher::work() {
  for (std::size_t start = 0; start < paths_.size(); start += batch_) {
    {
      // Decode a batch only once the previous one was taken: one batch ahead, as much
      // memory as the caller's batch and no more.
      std::unique_lock<std::mutex> lock(mutex_);
      changed_.wait(lock, [this] { return !ready_ || stop_; });
      if (stop_) return;
    }
    std::vector<PrefetchedImage> batch;
    std::exception_ptr failure;
    try {
      batch = decode(start);
    } catch (...) {
      failure = std::current_exception();
    }
    {
      const std::lock_guard<std::mutex> lock(mutex_);
      ready_ = std::move(batch);
      failure_ = failure;
    }
    changed_.notify_all();
    if (failure) return;
  }
}

std::vector<PrefetchedImage> ImagePrefetcher::decode(std::size_t start) const {
  const std::size_t end = std::min(paths_.size(), start + batch_);
  std::vector<PrefetchedImage> out(end - start);
  for (std::size_t i = start; i < end; ++i) {
    auto& item = out[i - start];
    item.index = i;
    item.path = paths_[i];
    try {
      item.image = readImage(paths_[i]);
    } catch (const std::exception& e) {
      item.error = e.what();
    }
  }
  return out;
}

std::optional<std::vector<PrefetchedImage>> ImagePrefetcher::next() {
  const std::size_t batches = (paths_.size() + batch_ - 1) / batch_;
  if (batchesTaken_ >= batches) return std::nullopt;
  std::unique_lock<std::mutex> lock(mutex_);
  changed_.wait(lock, [this] { return ready_.has_value(); });
  if (failure_) {
    batchesTaken_ = batches;  // nothing more comes
    std::rethrow_exception(failure_);
  }
  std::vector<PrefetchedImage> batch = std::move(*ready_);
  ready_.reset();
  ++batchesTaken_;
  lock.unlock();
  changed_.notify_all();  // the worker starts on the next batch
  return batch;
}

}  // namespace mdd
