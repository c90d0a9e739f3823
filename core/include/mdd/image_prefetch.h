#pragma once
// Batch reading that overlaps with compute: while the caller runs the network on one
// batch, the next batch's files are decoded on a background thread, one thread for the
// whole list (with a new thread per batch, `mddnet predict` kept about 0.25 KiB more per
// image that never came back; docs/RELIABILITY.md, Load). Torch-free.
//
//   ImagePrefetcher batches(paths, 8);
//   while (auto batch = batches.next()) { ... model.infer(images of *batch) ... }
#include <condition_variable>
#include <cstddef>
#include <exception>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
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
  ~ImagePrefetcher();  // waits for the batch being decoded, then stops
  ImagePrefetcher(const ImagePrefetcher&) = delete;
  ImagePrefetcher& operator=(const ImagePrefetcher&) = delete;

  // The next batch (decoded; starts decoding the one after it), or nothing at the end.
  // Rethrows what decoding threw other than a file's read error (e.g. std::bad_alloc).
  std::optional<std::vector<PrefetchedImage>> next();
  std::size_t size() const { return paths_.size(); }

 private:
  std::vector<PrefetchedImage> decode(std::size_t start) const;
  void work();  // the decoding thread: one batch at a time, into `ready_`

  std::vector<std::string> paths_;
  std::size_t batch_;
  std::size_t batchesTaken_ = 0;
  std::mutex mutex_;
  std::condition_variable changed_;
  std::optional<std::vector<PrefetchedImage>> ready_;  // decoded, not yet taken
  std::exception_ptr failure_;
  bool stop_ = false;
  std::thread worker_;
};

}  // namespace mdd
