#include "mdd/image_prefetch.h"

#include <algorithm>

#include "mdd/image_io.h"

namespace mdd {

ImagePrefetcher::ImagePrefetcher(std::vector<std::string> paths, int batchSize)
    : paths_(std::move(paths)), batch_(static_cast<std::size_t>(std::max(1, batchSize))) {
  if (!paths_.empty())
    pending_ = std::async(std::launch::async, [this] { return decode(0); });
}

ImagePrefetcher::~ImagePrefetcher() {
  if (pending_.valid()) pending_.wait();
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
  if (!pending_.valid()) return std::nullopt;
  auto batch = pending_.get();
  nextStart_ += batch_;
  if (nextStart_ < paths_.size()) {
    const std::size_t start = nextStart_;
    pending_ = std::async(std::launch::async, [this, start] { return decode(start); });
  }
  return batch;
}

}  // namespace mdd
