#include "progress_bar.h"

#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <iostream>

namespace mdd::cli {
namespace {

constexpr int kBarWidth = 24;
constexpr double kLineEverySeconds = 10.0;
constexpr double kRedrawEverySeconds = 0.1;

std::string rateText(double rate, const std::string& unit) {
  char text[32];
  std::snprintf(text, sizeof text, rate >= 100 ? "%.0f %s" : "%.2f %s", rate, unit.c_str());
  return text;
}

}  // namespace

ProgressBar::ProgressBar(std::string what, std::string unit)
    : what_(std::move(what)),
      unit_(std::move(unit)),
      terminal_(isatty(STDERR_FILENO) == 1),
      started_(std::chrono::steady_clock::now()),
      lastPrinted_(started_) {}

ProgressBar::~ProgressBar() { finish(); }

std::string ProgressBar::formatDuration(double seconds) {
  const long s = std::lround(std::max(0.0, seconds));
  char text[32];
  if (s >= 3600)
    std::snprintf(text, sizeof text, "%ld:%02ld:%02ld", s / 3600, s / 60 % 60, s % 60);
  else
    std::snprintf(text, sizeof text, "%ld:%02ld", s / 60, s % 60);
  return text;
}

void ProgressBar::update(long done, long total, double rate, double etaSeconds,
                         const std::string& detail) {
  const auto now = std::chrono::steady_clock::now();
  const double elapsed = std::chrono::duration<double>(now - started_).count();
  const double sincePrint = std::chrono::duration<double>(now - lastPrinted_).count();
  if (rate < 0) rate = elapsed > 0 ? done / elapsed : 0;
  if (etaSeconds < 0 && total > 0) etaSeconds = rate > 0 ? (total - done) / rate : 0;
  const bool last = total > 0 && done >= total;
  const double percent = total > 0 ? 100.0 * done / total : 0;

  if (terminal_) {
    if (!last && drawn_ && sincePrint < kRedrawEverySeconds) return;
    std::string bar;
    if (total > 0) {
      const int filled = static_cast<int>(kBarWidth * std::min(1.0, percent / 100));
      bar = "[" + std::string(filled, '#') + std::string(kBarWidth - filled, '-') + "] ";
    }
    char counts[64];
    std::snprintf(counts, sizeof counts, total > 0 ? "%ld/%ld %3.0f%%" : "%ld", done, total,
                  percent);
    std::cerr << "\r\033[K" << what_ << " " << bar << counts << "  " << rateText(rate, unit_);
    if (total > 0) std::cerr << "  ETA " << formatDuration(etaSeconds);
    if (!detail.empty()) std::cerr << "  " << detail;
    std::cerr << std::flush;
    drawn_ = true;
  } else {
    const bool crossed5 = total > 0 && lastPrintedDone_ >= 0 &&
                          done * 20 / total > lastPrintedDone_ * 20 / total;
    if (!(lastPrintedDone_ < 0 || last || crossed5 || sincePrint >= kLineEverySeconds)) return;
    if (done == lastPrintedDone_) return;
    std::cerr << what_ << ": " << done;
    if (total > 0) std::cerr << "/" << total << " (" << std::lround(percent) << "%)";
    std::cerr << ", " << rateText(rate, unit_);
    if (total > 0) std::cerr << ", ETA " << formatDuration(etaSeconds);
    if (!detail.empty()) std::cerr << ", " << detail;
    std::cerr << std::endl;
    lastPrintedDone_ = done;
  }
  lastPrinted_ = now;
}

void ProgressBar::finish() {
  if (terminal_ && drawn_) std::cerr << std::endl;
  drawn_ = false;
}

}  // namespace mdd::cli
