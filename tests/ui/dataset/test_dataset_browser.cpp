// DatasetBrowser, SampleListModel, SampleFilterProxy, ThumbnailCache: filters and search,
// thumbnails arriving off the GUI thread, broken files, and 5,000 rows staying responsive.
#include <QComboBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QScrollBar>
#include <QSignalSpy>
#include <QtTest>

#include <opencv2/imgcodecs.hpp>

#include "dataset/dataset_browser.h"
#include "dataset/sample_filter_proxy.h"
#include "dataset/sample_list_model.h"
#include "dataset/thumbnail_cache.h"
#include "mdd/dataset.h"
#include "mdd/demo_dataset.h"
#include "test_paths.h"

using namespace mddui;

namespace {

struct Demo {
  QString dir;
  mdd::Dataset dataset;
  QStringList classes;
};

// Built once: 2 classes x (8 train good + 3 test good + 5 defects) at 64 px.
const Demo& demo() {
  static const Demo d = [] {
    Demo out;
    out.dir = mddtest::freshWorkDir("browser_demo") + "/data";
    mdd::DemoDatasetOptions o;
    o.classes = 2;
    o.imageSize = 64;
    o.trainGood = 8;
    o.testGood = 3;
    o.testDefects = 5;
    mdd::makeDemoDataset(out.dir.toStdString(), o);
    mdd::LoadReport report;
    out.dataset = mdd::loadDataset(out.dir.toStdString(), {}, report);
    for (const auto& c : out.dataset.classNames) out.classes << QString::fromStdString(c);
    return out;
  }();
  return d;
}

void choose(DatasetBrowser& b, const char* combo, const QString& key) {
  auto* c = b.findChild<QComboBox*>(combo);
  QVERIFY(c);
  const int i = c->findData(key);
  QVERIFY2(i >= 0, qPrintable(key));
  c->setCurrentIndex(i);
}

int countIf(const QVector<BrowserSample>& samples,
            const std::function<bool(const BrowserSample&)>& pred) {
  return int(std::count_if(samples.begin(), samples.end(), pred));
}

QString countText(int shown, int total) {
  QLocale l;
  l.setNumberOptions(l.numberOptions() & ~QLocale::OmitGroupSeparator);
  return QString("%1 of %2 images").arg(l.toString(shown), l.toString(total));
}

}  // namespace

class TestDatasetBrowser : public QObject {
  Q_OBJECT
 private slots:
  void initTestCase() { QVERIFY(demo().dataset.samples.size() == 32); }

  void filtersAndSearchChangeVisibleRows() {
    DatasetBrowser b;
    const QVector<BrowserSample> samples = SampleListModel::fromDataset(demo().dataset);
    b.setSamples(samples);
    auto* count = b.findChild<QLabel*>("browserCount");
    QCOMPARE(b.visibleCount(), 32);
    QCOMPARE(count->text(), countText(32, 32));
    QCOMPARE(b.findChild<QComboBox*>("browserClassFilter")->count(), 3);

    const QString cls = demo().classes[1];
    choose(b, "browserClassFilter", cls);
    QCOMPARE(b.visibleCount(), 16);
    QCOMPARE(count->text(), countText(16, 32));
    choose(b, "browserSplitFilter", "test");
    QCOMPARE(b.visibleCount(), 8);
    choose(b, "browserSplitFilter", "validation");
    QCOMPARE(b.visibleCount(), 1);
    choose(b, "browserSplitFilter", "");
    choose(b, "browserClassFilter", "");
    QCOMPARE(b.visibleCount(), 32);

    // Verdicts and reviews from an inference run; the proxy follows them live.
    const auto& rows = b.model()->samples();
    for (int i = 0; i < 6; ++i) QVERIFY(b.model()->setVerdict(rows[i].path, "defect", 0.9));
    for (int i = 6; i < 9; ++i) QVERIFY(b.model()->setVerdict(rows[i].path, "needs_review", 0.5));
    QVERIFY(b.model()->setReview(rows[0].path, "good"));
    QVERIFY(!b.model()->setVerdict("/no/such/file.png", "good", 0.1));
    choose(b, "browserVerdictFilter", "defect");
    QCOMPARE(b.visibleCount(), 6);
    QVERIFY(b.model()->setVerdict(rows[20].path, "defect", 0.8));  // joins the view
    QCOMPARE(b.visibleCount(), 7);
    QCOMPARE(count->text(), countText(7, 32));
    choose(b, "browserVerdictFilter", "needs_review");
    QCOMPARE(b.visibleCount(), 3);
    choose(b, "browserVerdictFilter", "none");
    QCOMPARE(b.visibleCount(), 32 - 10);
    choose(b, "browserVerdictFilter", "");
    choose(b, "browserReviewFilter", "good");
    QCOMPARE(b.visibleCount(), 1);
    choose(b, "browserReviewFilter", "unreviewed");
    QCOMPARE(b.visibleCount(), 31);
    choose(b, "browserReviewFilter", "");

    // Search: case-insensitive substring of the file name only, typed by the user.
    auto* search = b.findChild<QLineEdit*>("browserSearch");
    QCOMPARE(search->placeholderText(), QString("Search file name"));
    QTest::keyClicks(search, "001");
    const int expected = countIf(b.model()->samples(), [](const BrowserSample& s) {
      return QFileInfo(s.path).fileName().contains("001");
    });
    QVERIFY(expected > 0 && expected < 32);
    QCOMPARE(b.visibleCount(), expected);
    search->clear();
    QTest::keyClicks(search, "PNG");  // case-insensitive
    QCOMPARE(b.visibleCount(), 32);
    search->setText(demo().classes[0]);  // the class is in the folder, not in the file name
    QCOMPARE(b.visibleCount(), 0);
    QCOMPARE(count->text(), countText(0, 32));
    search->clear();

    // Setting new samples keeps the class filter when the class is still there.
    choose(b, "browserClassFilter", cls);
    b.setSamples(samples);
    QCOMPARE(b.findChild<QComboBox*>("browserClassFilter")->currentData().toString(), cls);
    QCOMPARE(b.visibleCount(), 16);
  }

  void activationAndCurrentSignals() {
    DatasetBrowser b;
    b.setSamples(SampleListModel::fromDataset(demo().dataset));
    b.resize(700, 500);
    b.show();
    QVERIFY(QTest::qWaitForWindowExposed(&b));
    QSignalSpy current(&b, &DatasetBrowser::currentImageChanged);
    QSignalSpy activated(&b, &DatasetBrowser::imageActivated);
    const QString path = b.model()->sample(5).path;
    QVERIFY(b.selectPath(path));
    QCOMPARE(current.last().at(0).toString(), path);
    QCOMPARE(b.currentPath(), path);
    QTest::keyClick(b.view(), Qt::Key_Return);
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.last().at(0).toString(), path);
    const QModelIndex other = b.proxy()->index(2, 0);
    const QPoint centre = b.view()->visualRect(other).center();
    QTest::mouseClick(b.view()->viewport(), Qt::LeftButton, {}, centre);
    QCOMPARE(b.currentPath(), b.model()->sample(2).path);
    QTest::mouseDClick(b.view()->viewport(), Qt::LeftButton, {}, centre);
    QCOMPARE(activated.count(), 2);
    QCOMPARE(activated.last().at(0).toString(), b.model()->sample(2).path);
  }

  void thumbnailsArriveAndBrokenFilesGetPlaceholder() {
    const QString dir = mddtest::freshWorkDir("browser_thumbs");
    const QString broken = dir + "/broken.png";
    {
      QFile f(broken);
      QVERIFY(f.open(QIODevice::WriteOnly));
      f.write("junk bytes, not an image");
    }
    // 16-bit grey: decoded through Qt or the engine's reader, never shown as broken.
    const QString deep = dir + "/deep16.png";
    QVERIFY(cv::imwrite(deep.toStdString(), cv::Mat(200, 100, CV_16UC1, cv::Scalar(40000))));

    ThumbnailCache cache;
    SampleListModel model(nullptr, &cache);
    QVector<BrowserSample> samples = SampleListModel::fromDataset(demo().dataset);
    samples.resize(4);
    samples.push_back({broken, "x", "test", "good", false, {}, {}, {}, qQNaN()});
    samples.push_back({deep, "x", "test", "good", false, {}, {}, {}, qQNaN()});
    model.setSamples(samples);
    QSignalSpy ready(&cache, &ThumbnailCache::thumbnailReady);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    const QImage loading = ThumbnailCache::loadingPlaceholder(cache.thumbnailSize());
    for (int row = 0; row < model.rowCount(); ++row) {
      const QImage first = qvariant_cast<QImage>(model.index(row).data(Qt::DecorationRole));
      QCOMPARE(first, loading);  // grey while loading, never blocks
      QVERIFY(!model.index(row).data(SampleListModel::ThumbnailLoadedRole).toBool());
    }
    QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 6, 10000);
    QTRY_VERIFY(changed.count() > 0);  // views are told to repaint
    QCOMPARE(cache.pendingCount(), 0);

    const QImage real = qvariant_cast<QImage>(model.index(0).data(Qt::DecorationRole));
    QVERIFY(model.index(0).data(SampleListModel::ThumbnailLoadedRole).toBool());
    QCOMPARE(real.size(), QSize(64, 64));  // smaller than 128: not blown up
    const QImage file(samples[0].path);
    QCOMPARE(real.pixel(10, 20), file.convertToFormat(QImage::Format_RGB32).pixel(10, 20));
    QVERIFY(cache.errorFor(samples[0].path).isEmpty());

    const QImage brokenThumb = qvariant_cast<QImage>(model.index(4).data(Qt::DecorationRole));
    QCOMPARE(brokenThumb, ThumbnailCache::brokenPlaceholder(cache.thumbnailSize()));
    QVERIFY2(cache.errorFor(broken).contains("broken.png"), qPrintable(cache.errorFor(broken)));
    QVERIFY(model.index(4).data(Qt::ToolTipRole).toString().contains("Cannot be read"));

    const QImage deepThumb = qvariant_cast<QImage>(model.index(5).data(Qt::DecorationRole));
    QCOMPARE(deepThumb.size(), QSize(64, 128));  // longest side scaled to 128
    QVERIFY(cache.errorFor(deep).isEmpty());
    QVERIFY(qAbs(qGray(deepThumb.pixel(30, 60)) - 40000 / 257) <= 2);

    // A second request is a cache hit: no new load.
    QVERIFY(!cache.thumbnail(samples[0].path).isNull());
    QCOMPARE(cache.pendingCount(), 0);
  }

  void newestRequestFirstAndDeduplicated() {
    const QString dir = mddtest::freshWorkDir("browser_order");
    cv::Mat noise(384, 384, CV_8UC3);
    cv::randu(noise, 0, 255);
    QStringList files;
    for (int i = 0; i < 40; ++i) {
      files << QString("%1/n%2.png").arg(dir).arg(i);
      QVERIFY(cv::imwrite(files.back().toStdString(), noise));
    }
    ThumbnailCache cache(nullptr, 96);
    QStringList order;
    connect(&cache, &ThumbnailCache::thumbnailReady, [&](const QString& p) { order << p; });
    for (const QString& f : files) QVERIFY(cache.thumbnail(f).isNull());
    for (int i = 0; i < 5; ++i) cache.thumbnail(files[0]);  // queued already: no new load
    QCOMPARE(cache.pendingCount(), 40);
    QTRY_COMPARE_WITH_TIMEOUT(order.size(), 40, 20000);
    QCOMPARE(QSet<QString>(order.begin(), order.end()).size(), 40);  // each decoded once
    // files[0] was asked for last: it jumps the queue. Two threads may have taken the first
    // two requests before the rest were queued.
    QVERIFY2(order.indexOf(files[0]) < 4, qPrintable(order.join(' ')));
    QVERIFY(order.indexOf(files[39]) < 5);
    QVERIFY(order.indexOf(files[10]) > order.indexOf(files[30]));
    QCOMPARE(cache.thumbnail(files[5]).size(), QSize(96, 96));
    cache.clear();
    QVERIFY(cache.cached(files[5]).isNull());
  }

  void fiveThousandRowsStayResponsive() {
    // 240 distinct 512-px files (copies of one noisy image: real decoding work each) behind
    // 5,000 rows, as a big dataset would look after scrolling.
    const QString dir = mddtest::freshWorkDir("browser_big");
    cv::Mat noise(512, 512, CV_8UC3);
    cv::randu(noise, 0, 255);
    const QString seed = dir + "/seed.png";
    QVERIFY(cv::imwrite(seed.toStdString(), noise));
    QStringList files;
    for (int i = 0; i < 240; ++i) {
      files << QString("%1/img_%2.png").arg(dir).arg(i, 4, 10, QChar('0'));
      QVERIFY(QFile::copy(seed, files.back()));
    }
    QVector<BrowserSample> samples;
    const QStringList splits = {"train", "validation", "test"};
    for (int i = 0; i < 5000; ++i) {
      BrowserSample s;
      s.path = files[i % files.size()];
      s.className = QString("class_%1").arg(i % 5);
      s.split = splits[i % 3];
      s.verdict = i % 7 == 0 ? "defect" : "good";
      samples.push_back(s);
    }

    DatasetBrowser b;
    b.resize(900, 600);
    b.show();
    QVERIFY(QTest::qWaitForWindowExposed(&b));
    QElapsedTimer clock;
    clock.start();
    b.setSamples(samples);
    QCOMPARE(b.visibleCount(), 5000);
    QCOMPARE(b.findChild<QLabel*>("browserCount")->text(), countText(5000, 5000));
    choose(b, "browserClassFilter", "class_3");
    QCOMPARE(b.visibleCount(), 1000);
    choose(b, "browserSplitFilter", "test");
    QCOMPARE(b.visibleCount(), countIf(samples, [](const BrowserSample& s) {
               return s.className == "class_3" && s.split == "test";
             }));
    b.findChild<QLineEdit*>("browserSearch")->setText("img_01");
    QCOMPARE(b.visibleCount(), countIf(samples, [](const BrowserSample& s) {
               return s.className == "class_3" && s.split == "test" && s.path.contains("img_01");
             }));
    b.findChild<QLineEdit*>("browserSearch")->clear();
    choose(b, "browserSplitFilter", "");
    choose(b, "browserClassFilter", "");
    QCOMPARE(b.visibleCount(), 5000);
    const qint64 filterMs = clock.elapsed();
    QVERIFY2(filterMs < 1000, qPrintable(QString::number(filterMs)));

    // While thumbnails decode, a 10 ms timer must keep firing on time; scroll a page every
    // 100 ms so new tiles keep being requested.
    QElapsedTimer gapClock;
    qint64 last = 0, maxGap = 0;
    QTimer tick;
    tick.setInterval(10);
    connect(&tick, &QTimer::timeout, [&] {
      const qint64 now = gapClock.elapsed();
      maxGap = qMax(maxGap, now - last);
      last = now;
    });
    QScrollBar* bar = b.view()->verticalScrollBar();
    QSignalSpy ready(b.model()->thumbnailCache(), &ThumbnailCache::thumbnailReady);
    gapClock.start();
    tick.start();
    for (int step = 0; step < 15; ++step) {
      QTest::qWait(100);
      bar->setValue(bar->value() + bar->pageStep());
    }
    QTRY_VERIFY_WITH_TIMEOUT(b.model()->thumbnailCache()->pendingCount() == 0, 20000);
    tick.stop();
    qInfo() << "filters" << filterMs << "ms; thumbnails" << ready.count() << "; max timer gap"
            << maxGap << "ms";
    QVERIFY(ready.count() > 20);
    QVERIFY2(maxGap < 100, qPrintable(QString::number(maxGap)));
  }

  void screenshot() {
    DatasetBrowser b;
    b.setSamples(SampleListModel::fromDataset(demo().dataset));
    const auto& rows = b.model()->samples();
    for (int i = 0; i < rows.size(); ++i) {
      const QString verdict = i % 5 == 0 ? "defect" : i % 7 == 0 ? "needs_review" : "good";
      b.model()->setVerdict(rows[i].path, verdict, 0.1 * (i % 10));
    }
    b.model()->setReview(rows[0].path, "good");
    b.model()->setReview(rows[rows.size() - 1].path, "defect");
    b.resize(960, 640);
    b.show();
    QVERIFY(QTest::qWaitForWindowExposed(&b));
    choose(b, "browserSplitFilter", "test");
    QTRY_VERIFY_WITH_TIMEOUT(b.model()->thumbnailCache()->pendingCount() == 0, 10000);
    QTest::qWait(100);  // the batched repaint
    const QImage shot = b.grab().toImage();
    QVERIFY(shot.save(QString(MDD_TEST_WORK_DIR) + "/dataset_browser.png"));
  }
};

QTEST_MAIN(TestDatasetBrowser)
#include "test_dataset_browser.moc"
