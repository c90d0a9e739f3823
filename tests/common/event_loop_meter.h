#pragma once
// How responsive the GUI thread's event loop is while something runs in the background.
//
// - maxGap(): the largest pause between the ticks of a 20 ms QTimer (the measure).
// - maxBusy(): the longest single event the GUI thread handled (a paint, a slot, a timer),
//   timed by TimedApplication: what the application itself blocks, whatever else the
//   machine is doing.
// - machineStall(): how late a bare 20 ms sleep in a helper thread woke up, at worst. On a
//   quiet machine about 0; when other processes oversubscribe the cores every thread waits
//   that long for a CPU, the GUI thread included, and no application can prevent it.
#include <QApplication>
#include <QElapsedTimer>
#include <QObject>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <thread>

namespace mddtest {

// A QApplication that times each outermost event delivery on the GUI thread.
class TimedApplication : public QApplication {
 public:
  TimedApplication(int& argc, char** argv) : QApplication(argc, argv) {}
  bool notify(QObject* receiver, QEvent* event) override {
    if (QThread::currentThread() != thread() || depth_ > 0)
      return QApplication::notify(receiver, event);
    ++depth_;
    QElapsedTimer clock;
    clock.start();
    const bool handled = QApplication::notify(receiver, event);
    if (clock.elapsed() > longest_) {
      longest_ = clock.elapsed();
      longestWhat_ = QStringLiteral("%1 '%2', event type %3")
                         .arg(receiver->metaObject()->className(), receiver->objectName())
                         .arg(int(event->type()));
    }
    --depth_;
    return handled;
  }
  static TimedApplication* get() { return dynamic_cast<TimedApplication*>(instance()); }
  qint64 longestEvent() const { return longest_; }
  QString longestWhat() const { return longestWhat_; }
  void resetLongestEvent() { longest_ = 0; longestWhat_.clear(); }

 private:
  int depth_ = 0;
  qint64 longest_ = 0;
  QString longestWhat_;
};

class EventLoopMeter : public QObject {
 public:
  EventLoopMeter() {
    if (auto* app = TimedApplication::get()) app->resetLongestEvent();
    timer_.setInterval(20);
    timer_.setTimerType(Qt::PreciseTimer);
    connect(&timer_, &QTimer::timeout, this, [this] {
      maxGap_ = std::max(maxGap_, gapClock_.restart());
      ++ticks_;
    });
    gapClock_.start();
    timer_.start();
    control_ = std::thread([this] {
      using namespace std::chrono;
      while (!stop_) {
        const auto before = steady_clock::now();
        std::this_thread::sleep_for(milliseconds(20));
        const auto late = duration_cast<milliseconds>(steady_clock::now() - before).count() - 20;
        stall_ = std::max<long long>(stall_, late);
      }
    });
  }
  ~EventLoopMeter() override { stop(); }

  void stop() {
    timer_.stop();
    if (auto* app = TimedApplication::get(); app && !stopped_) {
      maxBusy_ = app->longestEvent();
      busiest_ = app->longestWhat();
    }
    stopped_ = true;
    stop_ = true;
    if (control_.joinable()) control_.join();
  }
  qint64 maxGap() const { return maxGap_; }
  qint64 maxBusy() const { return maxBusy_; }  // -1 without a TimedApplication
  QString busiestEvent() const { return busiest_; }
  qint64 machineStall() const { return stall_; }
  // The bar, measured both ways: no timer gap and no single GUI event of `ms` or
  // more, beyond what the whole machine imposed on every thread at the same time.
  bool answersWithin(qint64 ms) const {
    return maxGap_ < ms + stall_ && maxBusy_ >= 0 && maxBusy_ < ms + stall_;
  }
  QString summary() const {
    return QStringLiteral("largest 20 ms timer gap %1 ms over %2 ticks, longest GUI event %3 ms "
                          "(%4), machine stall %5 ms")
        .arg(maxGap_).arg(ticks_).arg(maxBusy_).arg(busiest_).arg(qint64(stall_));
  }
  int ticks() const { return ticks_; }

 private:
  QTimer timer_;
  QElapsedTimer gapClock_;
  bool stopped_ = false;
  QString busiest_;
  qint64 maxGap_ = 0, maxBusy_ = -1;
  int ticks_ = 0;
  std::thread control_;
  std::atomic<bool> stop_{false};
  std::atomic<long long> stall_{0};
};

}  // namespace mddtest
