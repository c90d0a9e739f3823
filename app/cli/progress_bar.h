#pragma once
// Progress of long jobs on stderr (stdout stays clean for results): a redrawn bar with
// rate and ETA when stderr is a terminal, otherwise plain lines (first update, every 5%,
// at least every 10 s, and the last), which read well in logs and CI.
#include <chrono>
#include <iosfwd>
#include <string>

namespace mdd::cli {

class ProgressBar {
 public:
  // `what` names the job ("train"), `unit` the rate's unit ("img/s").
  ProgressBar(std::string what, std::string unit);
  ~ProgressBar();  // ends a drawn bar's line

  // done of total (total 0: unknown). rate < 0 / eta < 0: computed from the elapsed time
  // (units per second). `detail` is appended, e.g. "loss 0.123".
  void update(long done, long total, double rate = -1, double etaSeconds = -1,
              const std::string& detail = {});
  // Ends the bar's line so that other output starts on a fresh one.
  void finish();

  // "1:02:03" or "2:03"
  static std::string formatDuration(double seconds);

 private:
  std::string what_, unit_;
  bool terminal_;
  bool drawn_ = false;
  long lastPrintedDone_ = -1;
  std::chrono::steady_clock::time_point started_, lastPrinted_;
};

}  // namespace mdd::cli
