// Load benchmark of the Inspector's image browser (issue 12): writes a dataset of many
// small images, then drives the real main window through the user's path -- new project,
// Add dataset (the import dialog checks every header), the project's own reload, the
// browser grid -- scrolls the whole grid, filters it, and reports for each phase its time,
// the longest the event loop went without running (the window's worst freeze) and the
// process's resident memory.
//
//   bench_browser_load [--images N] [--image-size PX] [--classes K] [--dir DIR] [--keep]
//                      [--screenshots DIR]
//
// --screenshots saves the project page and the images tab once the grid is filled.
// With --dir, a dataset already written there by an earlier --keep run of the same size is
// used again.
// Defaults: 100,000 images of 32 px in 10 classes, written under $TMPDIR and removed at
// the end. Runs offscreen unless a display is set.
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QListView>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <functional>
#include <iostream>
#include <random>
#include <stdexcept>
#include <string>
#include <vector>

#include <opencv2/imgcodecs.hpp>

#include "dataset/dataset_browser.h"
#include "dataset/dataset_import_dialog.h"
#include "dataset/sample_filter_proxy.h"
#include "dataset/sample_list_model.h"
#include "dataset/thumbnail_cache.h"
#include "main/main_window.h"
#include "main/project_session.h"

namespace {

struct Options {
  int images = 100000;
  int imageSize = 32;
  int classes = 10;
  QString dir;
  QString screenshots;
  bool keep = false;
};

Options parse(int argc, char** argv) {
  Options o;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    const auto value = [&]() -> std::string {
      if (i + 1 >= argc) throw std::runtime_error("option " + a + " needs a value");
      return argv[++i];
    };
    if (a == "--images") o.images = std::stoi(value());
    else if (a == "--image-size") o.imageSize = std::stoi(value());
    else if (a == "--classes") o.classes = std::stoi(value());
    else if (a == "--dir") o.dir = QString::fromStdString(value());
    else if (a == "--keep") o.keep = true;
    else if (a == "--screenshots") o.screenshots = QString::fromStdString(value());
    else if (a == "--help" || a == "-h") {
      std::cout << "usage: bench_browser_load [--images N] [--image-size PX] [--classes K]"
                   " [--dir DIR] [--keep] [--screenshots DIR]\n";
      std::exit(0);
    } else {
      throw std::runtime_error("unknown option " + a + " (see --help)");
    }
  }
  if (o.images < o.classes * 10 || o.classes < 1 || o.imageSize < 8)
    throw std::runtime_error("need --classes >= 1, --images >= 10 per class, --image-size >= 8");
  return o;
}

// Resident and peak resident memory of this process, in MiB (/proc/self/status).
double statusMiB(const char* key) {
  std::ifstream in("/proc/self/status");
  std::string line;
  const std::string prefix = std::string(key) + ":";
  while (std::getline(in, line))
    if (line.rfind(prefix, 0) == 0) return std::atof(line.c_str() + prefix.size()) / 1024.0;
  return 0;
}

// Measures how long the GUI thread goes without serving its event queue: a zero-delay
// timer that fires whenever the loop is idle, so a gap between two firings is time the
// window could not have repainted or answered input.
class FreezeMeter : public QObject {
 public:
  FreezeMeter() {
    timer_.setInterval(0);
    connect(&timer_, &QTimer::timeout, this, [this] {
      const qint64 now = clock_.nsecsElapsed();
      worstNs_ = std::max(worstNs_, now - lastNs_);
      lastNs_ = now;
    });
    clock_.start();
    timer_.start();
  }
  void reset() {
    lastNs_ = clock_.nsecsElapsed();
    worstNs_ = 0;
  }
  double worstMs() const { return worstNs_ / 1e6; }

 private:
  QTimer timer_;
  QElapsedTimer clock_;
  qint64 lastNs_ = 0;
  qint64 worstNs_ = 0;
};

// Serves the event loop until `done` holds or `timeoutMs` passes; false on timeout.
bool waitFor(const std::function<bool()>& done, int timeoutMs) {
  QElapsedTimer t;
  t.start();
  while (!done()) {
    if (t.elapsed() > timeoutMs) return false;
    QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
  }
  return true;
}

// <root>/<class>/{train/good, test/good, test/scratch, ground_truth/scratch}: 80% normal
// training images, 10% normal and 10% defect test images with masks; the files are
// copies of a few encoded noise images (content does not matter to the browser).
void writeDataset(const QString& root, const Options& o) {
  std::mt19937 rng(7);
  std::vector<std::vector<uchar>> pngs(16);
  for (auto& png : pngs) {
    cv::Mat image(o.imageSize, o.imageSize, CV_8UC3);
    cv::randu(image, cv::Scalar::all(0), cv::Scalar::all(255));
    cv::imencode(".png", image, png);
  }
  std::vector<uchar> maskPng;
  cv::Mat mask(o.imageSize, o.imageSize, CV_8UC1, cv::Scalar(0));
  mask(cv::Rect(o.imageSize / 4, o.imageSize / 4, o.imageSize / 2, o.imageSize / 2)) = 255;
  cv::imencode(".png", mask, maskPng);
  const auto write = [](const QString& path, const std::vector<uchar>& bytes) {
    std::ofstream out(path.toStdString(), std::ios::binary);
    out.write(reinterpret_cast<const char*>(bytes.data()), std::streamsize(bytes.size()));
    if (!out) throw std::runtime_error("cannot write " + path.toStdString());
  };
  int written = 0;
  for (int c = 0; c < o.classes; ++c) {
    const int count = o.images / o.classes + (c < o.images % o.classes ? 1 : 0);
    const QString cls = root + QStringLiteral("/part%1").arg(c, 2, 10, QLatin1Char('0'));
    for (const char* sub : {"train/good", "test/good", "test/scratch", "ground_truth/scratch"})
      QDir().mkpath(cls + "/" + sub);
    const int defects = count / 10, testGood = count / 10, train = count - defects - testGood;
    for (int i = 0; i < count; ++i, ++written) {
      const QString name = QStringLiteral("%1").arg(i, 6, 10, QLatin1Char('0'));
      const auto& png = pngs[rng() % pngs.size()];
      if (i < train) {
        write(cls + "/train/good/" + name + ".png", png);
      } else if (i < train + testGood) {
        write(cls + "/test/good/" + name + ".png", png);
      } else {
        write(cls + "/test/scratch/" + name + ".png", png);
        write(cls + "/ground_truth/scratch/" + name + "_mask.png", maskPng);
      }
    }
  }
  if (written != o.images) throw std::runtime_error("wrote the wrong number of images");
}

struct Phase {
  std::string name;
  double seconds = 0;
  double worstFreezeMs = 0;
  double rssMiB = 0;
  std::string note;
};

void printTable(const std::vector<Phase>& phases) {
  std::printf("\n%-34s %9s %14s %9s  %s\n", "phase", "seconds", "worst freeze", "RSS MiB",
              "note");
  for (const Phase& p : phases)
    std::printf("%-34s %9.2f %11.0f ms %9.0f  %s\n", p.name.c_str(), p.seconds,
                p.worstFreezeMs, p.rssMiB, p.note.c_str());
  std::printf("peak RSS %.0f MiB\n", statusMiB("VmHWM"));
}

int run(int argc, char** argv) {
  const Options o = parse(argc, argv);
  if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") &&
      qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
    qputenv("QT_QPA_PLATFORM", "offscreen");
  QApplication app(argc, argv);
  QTemporaryDir temp;
  if (!temp.isValid()) throw std::runtime_error("cannot create a temporary folder");
  temp.setAutoRemove(!o.keep);
  const QString work = o.dir.isEmpty() ? temp.path() : o.dir;
  const QString root = work + "/dataset";
  std::vector<Phase> phases;
  QElapsedTimer clock;

  const double rssStart = statusMiB("VmRSS");
  clock.start();
  const bool reuse = !o.dir.isEmpty() && QFileInfo::exists(work + "/dataset.done");
  if (!reuse) {
    QDir(root).removeRecursively();
    writeDataset(root, o);
    QFile done(work + "/dataset.done");
    if (!done.open(QIODevice::WriteOnly) || done.write(QByteArray::number(o.images)) <= 0)
      throw std::runtime_error("cannot write " + work.toStdString() + "/dataset.done");
  }
  phases.push_back({(reuse ? "reuse " : "write ") + std::to_string(o.images) + " images",
                    clock.elapsed() / 1e3, 0, statusMiB("VmRSS"),
                    std::to_string(o.imageSize) + " px PNG"});

  mddui::MainWindow window;
  window.resize(1600, 1000);
  window.show();
  QFile::remove(work + "/load.mddproj");  // an earlier run's
  if (!window.createProject(work + "/load.mddproj"))
    throw std::runtime_error("cannot create the project in " + work.toStdString());
  FreezeMeter meter;
  waitFor([] { return false; }, 300);  // the window settles
  const double rssWindow = statusMiB("VmRSS");

  // Add dataset: the import dialog reads every image's and mask's header in the background.
  meter.reset();
  clock.restart();
  window.addDatasetFolder(root);
  auto* dialog = window.findChild<mddui::DatasetImportDialog*>();
  if (!dialog) throw std::runtime_error("the import dialog did not open");
  QSignalSpy loaded(dialog, &mddui::DatasetImportDialog::loadFinished);
  if (!waitFor([&] { return loaded.count() > 0; }, 600000) || !loaded.at(0).at(0).toBool())
    throw std::runtime_error("the import dialog did not load the dataset");
  const std::size_t imported = dialog->dataset().samples.size();
  phases.push_back({"import dialog: detect + check", clock.elapsed() / 1e3, meter.worstMs(),
                    statusMiB("VmRSS"), std::to_string(imported) + " images"});

  // Accept: the project records it and reloads all its datasets, then the grid fills.
  meter.reset();
  clock.restart();
  dialog->accept();
  mddui::DatasetBrowser* browser = window.browser();
  window.showTab(mddui::MainWindow::ImagesTab);
  if (!waitFor([&] { return browser->proxy()->rowCount() == o.images; }, 600000))
    throw std::runtime_error("the browser did not show every image");
  phases.push_back({"project reload + browser filled", clock.elapsed() / 1e3, meter.worstMs(),
                    statusMiB("VmRSS"), std::to_string(browser->proxy()->rowCount()) + " rows"});

  if (!o.screenshots.isEmpty()) {
    QDir().mkpath(o.screenshots);
    waitFor([] { return false; }, 500);  // the first thumbnails
    const auto save = [&](mddui::MainWindow::Tab tab, const char* name) {
      window.showTab(tab);
      waitFor([] { return false; }, 200);
      const QString file = o.screenshots + "/" + name;
      if (!window.grab().save(file)) throw std::runtime_error("cannot save " + file.toStdString());
    };
    save(mddui::MainWindow::ProjectTab, "load_project.png");
    save(mddui::MainWindow::ImagesTab, "load_images.png");
  }

  // Scroll the whole grid top to bottom, a screen at a time, as a user dragging the bar.
  QListView* view = browser->view();
  mddui::ThumbnailCache* cache = browser->model()->thumbnailCache();
  QScrollBar* bar = view->verticalScrollBar();
  meter.reset();
  clock.restart();
  // The grid lays out in batches between events: wait until the scroll range settles.
  int lastMaximum = -1, stable = 0;
  waitFor([&] {
    stable = bar->maximum() == lastMaximum ? stable + 1 : 0;
    lastMaximum = bar->maximum();
    return stable >= 20;
  }, 60000);
  const int pageStep = std::max(1, bar->pageStep());
  int screens = 0, worstPending = 0;
  for (int v = 0; v <= bar->maximum(); v += pageStep, ++screens) {
    bar->setValue(v);
    waitFor([] { return false; }, 2);
    worstPending = std::max(worstPending, cache->pendingCount());
  }
  waitFor([&] { return cache->pendingCount() == 0; }, 120000);
  phases.push_back({"scroll the whole grid", clock.elapsed() / 1e3, meter.worstMs(),
                    statusMiB("VmRSS"),
                    std::to_string(screens) + " screens, cache " +
                        std::to_string(cache->cachedCount()) + "/" +
                        std::to_string(cache->maxEntries()) + ", queue peak " +
                        std::to_string(worstPending)});

  // Filter by name, then by class, then clear.
  auto* search = browser->findChild<QLineEdit*>(QStringLiteral("browserSearch"));
  auto* classCombo = browser->findChild<QComboBox*>(QStringLiteral("browserClassFilter"));
  meter.reset();
  clock.restart();
  if (search) search->setText(QStringLiteral("000042"));
  waitFor([] { return false; }, 50);
  const int byName = browser->proxy()->rowCount();
  if (search) search->clear();
  if (classCombo && classCombo->count() > 1) classCombo->setCurrentIndex(1);
  waitFor([] { return false; }, 50);
  const int byClass = browser->proxy()->rowCount();
  if (classCombo) classCombo->setCurrentIndex(0);
  waitFor([] { return false; }, 50);
  phases.push_back({"filter by name, by class, clear", clock.elapsed() / 1e3, meter.worstMs(),
                    statusMiB("VmRSS"),
                    "name " + std::to_string(byName) + " rows, class " + std::to_string(byClass) +
                        (search && classCombo ? "" : " (filter widgets not found)")});

  // Reopen the project: the datasets load again from its database.
  meter.reset();
  clock.restart();
  const QString projectPath = window.session().path();
  window.session().close();
  if (!window.openProject(projectPath)) throw std::runtime_error("cannot reopen the project");
  if (!waitFor([&] { return browser->proxy()->rowCount() == o.images; }, 600000))
    throw std::runtime_error("the reopened project did not show every image");
  phases.push_back({"reopen the project", clock.elapsed() / 1e3, meter.worstMs(),
                    statusMiB("VmRSS"), ""});

  printTable(phases);
  std::printf("memory: %.0f MiB at start, %.0f MiB with the window, %.0f MiB at the end "
              "(%.1f KiB per image above the window)\n",
              rssStart, rssWindow, statusMiB("VmRSS"),
              (statusMiB("VmRSS") - rssWindow) * 1024.0 / o.images);
  if (o.keep) std::printf("kept: %s\n", qPrintable(work));
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  try {
    return run(argc, argv);
  } catch (const std::exception& e) {
    std::cerr << "bench_browser_load: " << e.what() << std::endl;
    return 1;
  }
}
