#pragma once
// Batch reading that overlaps with compute: while the caller runs the network on one
// batch, the next batch's files are decoded on a background thread. Torch-free.
//
//   ImagePrefetcher batches(paths, 8);
//   while (auto batch = batches.next()) { ... model.infer(images of *batch) ... }
#include <cstddef>
#include <future>
#include <optional>
#include <string>
#include <vector>

#include <opencv2/core.hpp>

namespace mdd {

struct PrefetchedImage {
  std::size_t index = 0;  // position in the list of paths
  std::string path;
  cv::Mat image;          // CV_8UC3 BGR (readImage); empty when `error` is set
  std::string error;      // readImage's DataError message for an unreadable file
};

class ImagePrefetcher {
 public:
  // batchSize < 1 counts as 1. The first batch starts decoding at once.
  ImagePrefetcher(std::vector<std::string> paths, int batchSize);
  ~ImagePrefetcher();  // waits for a decode in flight
  ImagePrefetcher(const ImagePrefetcher&) = delete;
  ImagePrefetcher& operator=(const ImagePrefetcher&) = delete;

  // The next batch (decoded; starts decoding the one after it), or nothing at the end.
  std::optional<std::vector<PrefetchedImage>> next();
  std::size_t size() const { return paths_.size(); }

 private:
  std::vector<PrefetchedImage> decode(std::size_t start) const;
  std::vector<std::string> paths_;
  std::size_t batch_;
  std::size_t nextStart_ = 0;
  std::future<std::vector<PrefetchedImage>> pending_;
};

}  // namespace mdd
