#pragma once
// Long work reports progress through a callback and stops when its token is cancelled.
// The GUI wraps these in a worker thread, the CLI in a progress bar.
#include <atomic>
#include <functional>

namespace mdd {

class CancelToken {
 public:
  void cancel() { flag_.store(true); }
  bool cancelled() const { return flag_.load(); }
  void reset() { flag_.store(false); }

 private:
  std::atomic<bool> flag_{false};
};

// done of total units; total 0 when unknown.
using ProgressFn = std::function<void(long done, long total)>;

}  // namespace mdd
