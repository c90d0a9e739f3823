// The image browser under load (issue 12), through the main window as a user drives it:
// a dataset of 12,000 small files is imported and shown, and the whole grid is scrolled.
// The window must keep answering while the dataset loads, the thumbnail cache and its
// queue must stay within their bounds, memory must not grow with the rows scrolled past,
// and the grid's scroll range must hold still while thumbnails arrive (QListView used to
// lay out every row again after each batch of them). bench/gui/bench_browser_load runs the
// same at 100,000 images and reports the figures.
#include <QDir>
#include <QElapsedTimer>
#include <QListView>
#include <QScrollBar>
#include <QSignalSpy>
#include <QtTest>

#include <fstream>
#include <vector>

#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>

#include "dataset/dataset_browser.h"
#include "dataset/dataset_import_dialog.h"
#include "dataset/sample_filter_proxy.h"
#include "dataset/sample_list_model.h"
#include "dataset/thumbnail_cache.h"
#include "event_loop_meter.h"
#include "main/main_window.h"
#include "main/project_session.h"
#include "test_paths.h"

using mddui::MainWindow;

namespace {

constexpr int kClasses = 3;
constexpr int kPerClass = 4000;  // 3,600 train/good + 400 test/good

double residentMiB() {
  std::ifstream in("/proc/self/status");
  std::string line;
  while (std::getline(in, line))
    if (line.rfind("VmRSS:", 0) == 0) return std::stod(line.substr(6)) / 1024.0;
  return -1;
}

// <root>/<class>/{train/good,test/good}/NNNNN.png: copies of four encoded 24-px images.
void writeDataset(const QString& root) {
  std::vector<std::vector<uchar>> pngs(4);
  for (auto& png : pngs) {
    cv::Mat image(24, 24, CV_8UC3);
    cv::randu(image, cv::Scalar::all(0), cv::Scalar::all(255));
    cv::imencode(".png", image, png);
  }
  for (int c = 0; c < kClasses; ++c) {
    const QString cls = root + QStringLiteral("/part%1").arg(c);
    QDir().mkpath(cls + "/train/good");
    QDir().mkpath(cls + "/test/good");
    for (int i = 0; i < kPerClass; ++i) {
      const QString path = cls + (i < kPerClass * 9 / 10 ? "/train/good/" : "/test/good/") +
                           QStringLiteral("%1.png").arg(i, 5, 10, QLatin1Char('0'));
      const auto& png = pngs[size_t(i) % pngs.size()];
      std::ofstream out(path.toStdString(), std::ios::binary);
      out.write(reinterpret_cast<const char*>(png.data()), std::streamsize(png.size()));
      QVERIFY2(out.good(), qPrintable(path));
    }
  }
}

}  // namespace

class TestBrowserLoad : public QObject {
  Q_OBJECT
 private slots:
  void twelveThousandImagesStayBoundedAndResponsive() {
    const QString work = mddtest::freshWorkDir("browser_load");
    writeDataset(work + "/data");
    const int images = kClasses * kPerClass;

    MainWindow w;
    w.resize(1280, 800);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.createProject(work + "/load.mddproj"));

    // Import (headers checked in the background) and the project's own reload.
    mddtest::EventLoopMeter loading;
    w.addDatasetFolder(work + "/data");
    auto* dialog = w.findChild<mddui::DatasetImportDialog*>();
    QVERIFY(dialog);
    QSignalSpy loaded(dialog, &mddui::DatasetImportDialog::loadFinished);
    QVERIFY(loaded.wait(120000));
    QVERIFY(loaded.at(0).at(0).toBool());
    QCOMPARE(int(dialog->dataset().samples.size()), images);
    dialog->accept();
    w.showTab(MainWindow::ImagesTab);
    mddui::DatasetBrowser* browser = w.browser();
    QTRY_COMPARE_WITH_TIMEOUT(browser->proxy()->rowCount(), images, 120000);
    loading.stop();
    qInfo().noquote() << "loading:" << loading.summary();
    // Generous: filling 12,000 rows is one GUI event of about 0.1 s here; reading the
    // files on the GUI thread would take seconds.
    QVERIFY2(loading.answersWithin(1500), qPrintable(loading.summary()));

    // Scroll the whole grid a screen at a time, with a small cache so it must evict.
    mddui::ThumbnailCache* cache = browser->model()->thumbnailCache();
    cache->setMaxEntries(400);
    QListView* view = browser->view();
    QScrollBar* bar = view->verticalScrollBar();
    // The grid lays out in batches between events: wait for the scroll range to settle.
    int settled = -1;
    QElapsedTimer layoutClock;
    layoutClock.start();
    for (int stable = 0; stable < 10 && layoutClock.elapsed() < 30000;) {
      QTest::qWait(10);
      stable = bar->maximum() == settled ? stable + 1 : 0;
      settled = bar->maximum();
    }
    QVERIFY(settled > 0);
    QSignalSpy ready(cache, &mddui::ThumbnailCache::thumbnailReady);
    const double before = residentMiB();
    int screens = 0, smallestRange = settled;
    for (int v = 0; v <= settled; v += qMax(1, bar->pageStep()), ++screens) {
      bar->setValue(v);
      QTest::qWait(screens % 20 == 0 ? 100 : 5);  // now and then let the decoders catch up
      smallestRange = qMin(smallestRange, bar->maximum());
      QVERIFY(cache->cachedCount() <= cache->maxEntries());
      QVERIFY2(cache->pendingCount() <= 4000, qPrintable(QString::number(cache->pendingCount())));
    }
    QTRY_VERIFY_WITH_TIMEOUT(cache->pendingCount() == 0, 60000);
    smallestRange = qMin(smallestRange, bar->maximum());
    const double grown = residentMiB() - before;
    qInfo() << screens << "screens," << ready.count() << "thumbnails, cache"
            << cache->cachedCount() << "of" << cache->maxEntries() << ", memory grew" << grown
            << "MiB";
    QVERIFY(screens > 50);
    QCOMPARE(smallestRange, settled);  // no relayout while thumbnails arrived
    QVERIFY(ready.count() > cache->maxEntries());  // it did evict
    QVERIFY(cache->cachedCount() <= cache->maxEntries());
    QVERIFY(bar->value() == bar->maximum());
    // 400 cached 24-px thumbnails are under 1 MiB; keeping every decoded image or a
    // per-row widget would cost far more than this.
    QVERIFY2(grown < 64, qPrintable(QString::number(grown)));
  }
};

int main(int argc, char** argv) {
  mddtest::TimedApplication app(argc, argv);
  TestBrowserLoad test;
  return QTest::qExec(&test, argc, argv);
}

#include "test_browser_load.moc"
