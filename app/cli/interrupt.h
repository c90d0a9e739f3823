#pragma once
// Ctrl-C (SIGINT) and SIGTERM cancel the running job instead of killing the process, so
// training can save a checkpoint and every command can exit cleanly. A second signal kills
// the process as usual.
#include "mdd/progress.h"

namespace mdd::cli {

class InterruptHandler {
 public:
  // Installs the handlers; they cancel `token` until this object is destroyed.
  explicit InterruptHandler(CancelToken& token);
  ~InterruptHandler();
  InterruptHandler(const InterruptHandler&) = delete;
  InterruptHandler& operator=(const InterruptHandler&) = delete;

  bool interrupted() const;
  // The documented exit code for the signal received: 130 (SIGINT) or 143 (SIGTERM).
  int exitCode() const;
};

}  // namespace mdd::cli
