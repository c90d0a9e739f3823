// ImagePrefetcher: batches in order, every file once, unreadable files reported by name
// without stopping the rest, and the decode of the next batch running while the caller
// works on the current one.
#include <QtTest>

#include <chrono>
#include <fstream>
#include <thread>

#include <opencv2/imgcodecs.hpp>

#include "mdd/image_io.h"
#include "mdd/image_prefetch.h"

class TestImagePrefetch : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  void batchesInOrderWithErrorsByName() {
    QTemporaryDir dir;
    std::vector<std::string> paths;
    for (int i = 0; i < 7; ++i) {
      const std::string path = dir.filePath(QString("img%1.png").arg(i)).toStdString();
      if (i == 3) {
        std::ofstream(path) << "not a png";  // corrupt
      } else {
        cv::Mat img(8 + i, 10, CV_8UC3, cv::Scalar(i * 10, 0, 255 - i));
        QVERIFY(cv::imwrite(path, img));
      }
      paths.push_back(path);
    }
    paths.push_back(dir.filePath("missing.png").toStdString());
    mdd::ImagePrefetcher batches(paths, 3);
    QCOMPARE(batches.size(), paths.size());
    std::vector<size_t> sizes, seen;
    while (auto batch = batches.next()) {
      sizes.push_back(batch->size());
      for (const auto& item : *batch) {
        seen.push_back(item.index);
        QCOMPARE(item.path, paths[item.index]);
        if (item.index == 3 || item.index == 7) {
          QVERIFY(item.image.empty());
          QVERIFY2(item.error.find(item.path) != std::string::npos, item.error.c_str());
        } else {
          QVERIFY2(item.error.empty(), item.error.c_str());
          const cv::Mat expected = mdd::readImage(item.path);
          QCOMPARE(item.image.size(), expected.size());
          QCOMPARE(cv::norm(item.image, expected, cv::NORM_INF), 0.0);
        }
      }
    }
    QCOMPARE(sizes, (std::vector<size_t>{3, 3, 2}));
    QCOMPARE(seen, (std::vector<size_t>{0, 1, 2, 3, 4, 5, 6, 7}));
    QVERIFY(!batches.next());  // stays at the end
  }

  void emptyListAndBatchSizeBelowOne() {
    mdd::ImagePrefetcher none({}, 4);
    QVERIFY(!none.next());
    QTemporaryDir dir;
    const std::string path = dir.filePath("a.png").toStdString();
    QVERIFY(cv::imwrite(path, cv::Mat(4, 4, CV_8UC3, cv::Scalar(1, 2, 3))));
    mdd::ImagePrefetcher one({path, path}, 0);
    QCOMPARE(one.next()->size(), size_t{1});
    QCOMPARE(one.next()->size(), size_t{1});
    QVERIFY(!one.next());
  }

  // While the caller "computes" for as long as a batch takes to decode, the next batch is
  // decoded alongside: fetching it afterwards takes far less than decoding it did.
  void nextBatchDecodesDuringCompute() {
    QTemporaryDir dir;
    std::vector<std::string> paths;
    cv::Mat big(1500, 1500, CV_8UC3);
    cv::randu(big, 0, 255);
    for (int i = 0; i < 8; ++i) {
      paths.push_back(dir.filePath(QString("big%1.png").arg(i)).toStdString());
      QVERIFY(cv::imwrite(paths.back(), big));
    }
    using clock = std::chrono::steady_clock;
    mdd::ImagePrefetcher batches(paths, 4);
    const auto t0 = clock::now();
    QVERIFY(batches.next());  // waits for the first decode
    const double decode = std::chrono::duration<double>(clock::now() - t0).count();
    std::this_thread::sleep_for(std::chrono::duration<double>(2 * decode + 0.05));
    const auto t1 = clock::now();
    QVERIFY(batches.next());
    const double wait = std::chrono::duration<double>(clock::now() - t1).count();
    QVERIFY2(wait < 0.25 * decode, qPrintable(QString("decode %1 s, wait %2 s").arg(decode).arg(wait)));
  }
};

QTEST_GUILESS_MAIN(TestImagePrefetch)
#include "test_image_prefetch.moc"
