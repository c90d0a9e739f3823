// The model file: save -> load gives identical outputs; thresholds edit in place; every
// damaged-file case gives its own clear error and nothing crashes.
#include <QtTest>

#include <fstream>

#include <opencv2/imgproc.hpp>

#include "io/tensor_archive.h"
#include "mdd/backbones.h"
#include "mdd/image_io.h"
#include "mdd/model.h"
#include "mdd/preprocess.h"
#include "shared_model.h"
#include "small_model_config.h"
#include "test_paths.h"

using namespace mdd;

namespace {

std::vector<char> readAll(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}
void writeAll(const std::string& path, const std::vector<char>& bytes) {
  std::ofstream(path, std::ios::binary).write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

std::vector<cv::Mat> someImages() {
  QDir dir(mddtest::sharedDatasetDir());
  std::vector<cv::Mat> out;
  QDirIterator it(dir.path(), {"*.png"}, QDir::Files, QDirIterator::Subdirectories);
  while (it.hasNext() && out.size() < 3) {
    const QString p = it.next();
    if (!p.contains("ground_truth")) out.push_back(readImage(p.toStdString()));
  }
  return out;
}

void expectLoadError(const std::string& path, const QString& fragment) {
  try {
    Model::load(path, "cpu");
    QFAIL("no error");
  } catch (const std::exception& e) {
    const QString msg = e.what();
    QVERIFY2(msg.contains(QString::fromStdString(path)), qPrintable(msg));
    QVERIFY2(msg.contains(fragment, Qt::CaseInsensitive), qPrintable(msg));
  }
}

}  // namespace

class TestModelFile : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  void saveLoadGivesIdenticalOutputs() {
    const Model a = Model::load(mddtest::sharedModelPath().toStdString(), "cpu");
    const std::string copy = (mddtest::freshWorkDir("model_file") + "/copy.mdda").toStdString();
    a.save(copy);
    const Model b = Model::load(copy, "cpu");
    QCOMPARE(b.classNames(), a.classNames());
    QCOMPARE(QString::fromStdString(toJson(b.config())), QString::fromStdString(toJson(a.config())));
    const auto images = someImages();
    QVERIFY(images.size() == 3);
    const auto ra = a.infer(images, {0, 0, 0});
    const auto rb = b.infer(images, {0, 0, 0});
    for (size_t i = 0; i < ra.size(); ++i) {
      QCOMPARE(ra[i].score, rb[i].score);
      QCOMPARE(cv::norm(ra[i].map, rb[i].map, cv::NORM_INF), 0.0);
      QCOMPARE(ra[i].mapOriginal.size(), images[i].size());
    }
    // Thresholds travel with the file.
    for (size_t k = 0; k < a.classNames().size(); ++k)
      QCOMPARE(b.metadata().thresholds[k].imageThreshold, a.metadata().thresholds[k].imageThreshold);
  }
  void thresholdsEditInPlace() {
    const std::string path = (mddtest::freshWorkDir("model_thresholds") + "/m.mdda").toStdString();
    QVERIFY(QFile::copy(mddtest::sharedModelPath(), QString::fromStdString(path)));
    const auto before = io::TensorArchive::open(path);
    auto info = readModelFileInfo(path);
    ClassThresholds t = info.metadata.thresholds.at(0);
    t.imageThreshold = t.imageMin + 0.25 * (t.imageMax - t.imageMin);
    t.method = ThresholdMethod::Manual;
    writeModelThresholds(path, {t});
    const auto after = io::TensorArchive::open(path);
    QVERIFY(before.data() == after.data());  // weights untouched, byte for byte
    const Model m = Model::load(path, "cpu");
    QCOMPARE(m.metadata().thresholds[0].imageThreshold, t.imageThreshold);
    QVERIFY(m.metadata().thresholds[0].method == ThresholdMethod::Manual);
    ClassThresholds unknown = t;
    unknown.className = "no-such-class";
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, writeModelThresholds(path, {unknown}));
  }
  void damagedFilesGiveClearErrors() {
    const QString dir = mddtest::freshWorkDir("model_damaged");
    const auto good = readAll(mddtest::sharedModelPath().toStdString());
    const std::string path = (dir + "/damaged.mdda").toStdString();

    auto truncated = good;
    truncated.resize(good.size() / 2);
    writeAll(path, truncated);
    expectLoadError(path, "truncated");

    auto flipped = good;
    flipped[good.size() - 1000] ^= 0x40;
    writeAll(path, flipped);
    expectLoadError(path, "checksum");

    expectLoadError((dir + "/missing.mdda").toStdString(), "missing");

    // A teacher-weights file is a valid archive of the wrong kind.
    const std::string teacher = findBackboneWeights("mobilenet_v2");
    QVERIFY(!teacher.empty());
    expectLoadError(teacher, "not 'mddnet-model'");
  }
  void wrongVersionAndBackbone() {
    const QString dir = mddtest::freshWorkDir("model_version");
    const std::string path = (dir + "/m.mdda").toStdString();
    QVERIFY(QFile::copy(mddtest::sharedModelPath(), QString::fromStdString(path)));
    auto header = io::TensorArchive::open(path).header();
    header["format_version"] = 99;
    io::rewriteArchiveMetadata(path, header);
    expectLoadError(path, "version 99");

    header["format_version"] = 1;
    // Claim another backbone: the stored weights no longer fit the network it builds.
    const std::string other =
        header["config"]["network"]["backbone"] == "mobilenet_v2" ? "inception_v3" : "mobilenet_v2";
    header["config"]["network"]["backbone"] = other;
    io::rewriteArchiveMetadata(path, header);
    expectLoadError(path, "weight");

    header["config"]["network"]["backbone"] = "no_such_net";
    io::rewriteArchiveMetadata(path, header);
    expectLoadError(path, "unknown backbone");
  }
  // New models reflect the image into letterbox borders; a file written before the field
  // existed keeps the mean fill it was trained with.
  void olderModelsKeepTheMeanLetterboxFill() {
    const std::string path = (mddtest::freshWorkDir("model_fill") + "/m.mdda").toStdString();
    QVERIFY(QFile::copy(mddtest::sharedModelPath(), QString::fromStdString(path)));
    auto header = io::TensorArchive::open(path).header();
    QCOMPARE(header["config"]["network"]["letterboxFill"].get<std::string>(), std::string("reflect"));
    QVERIFY(Model::load(path, "cpu").preprocessing().reflectBorders);
    header["config"]["network"].erase("letterboxFill");
    io::rewriteArchiveMetadata(path, header);
    QCOMPARE(readModelFileInfo(path).config.network.letterboxFill, LetterboxFill::Mean);
    QVERIFY(!Model::load(path, "cpu").preprocessing().reflectBorders);
  }

  // A file written before neckPerPath existed has one neck for both paths: it loads as
  // such and infers exactly as before; new models carry a neck per path.
  void olderModelsKeepTheSharedNeck() {
    const QString dir = mddtest::freshWorkDir("model_neck");
    QVERIFY(readModelFileInfo(mddtest::sharedModelPath().toStdString()).config.network.neckPerPath);
    ModelConfig config = mddtest::smallModelConfig(1);
    config.network.neckPerPath = false;
    const std::string path = (dir + "/shared_neck.mdda").toStdString();
    const Model created = Model::create(config, "cpu");
    created.save(path);
    auto header = io::TensorArchive::open(path).header();
    header["config"]["network"].erase("neckPerPath");
    io::rewriteArchiveMetadata(path, header);
    QVERIFY(!readModelFileInfo(path).config.network.neckPerPath);
    cv::Mat image(64, 64, CV_8UC3);
    cv::randu(image, cv::Scalar::all(0), cv::Scalar::all(255));
    const auto before = created.infer({image}, {0});
    const auto after = Model::load(path, "cpu").infer({image}, {0});
    QCOMPARE(after[0].score, before[0].score);
    QCOMPARE(cv::norm(after[0].map, before[0].map, cv::NORM_INF), 0.0);
  }

  void letterboxBordersNeverScore() {
    // The same weights told to letterbox: a 2:1 image fills the middle half of the input;
    // the map is 0 on the borders in every map, and the score comes from the image.
    const QString dir = mddtest::freshWorkDir("model_letterbox");
    const std::string path = (dir + "/m.mdda").toStdString();
    QVERIFY(QFile::copy(mddtest::sharedModelPath(), QString::fromStdString(path)));
    auto header = io::TensorArchive::open(path).header();
    header["config"]["network"]["resize"] = "letterbox";
    io::rewriteArchiveMetadata(path, header);
    const Model m = Model::load(path, "cpu");
    QCOMPARE(m.config().network.resize, InputResize::Letterbox);
    const cv::Mat square = someImages().front();
    cv::Mat wide;
    cv::resize(square, wide, cv::Size(square.cols, square.rows / 2));
    const auto r = m.infer({wide}, {0}).front();
    const cv::Rect content = resizeGeometry(wide.size(), m.preprocessing()).targetRect;
    QVERIFY(content.y > 0 && content.height < r.map.rows);
    for (const cv::Mat* map : {&r.map, &r.fused, &r.teacherRestoration, &r.restorationIdentity}) {
      cv::Mat border = cv::Mat::ones(map->size(), CV_8U);
      border(content).setTo(0);
      double lo, hi;
      cv::minMaxLoc(*map, &lo, &hi, nullptr, nullptr, border);
      QCOMPARE(lo, 0.0);
      QCOMPARE(hi, 0.0);
      cv::minMaxLoc((*map)(content), &lo, &hi);
      QVERIFY(hi > 0);
    }
    double peak;
    cv::minMaxLoc(r.map(content), nullptr, &peak);
    QCOMPARE(double(r.score), peak);
  }

  void memoryItemsHaveProbabilities() {
    const Model m = Model::load(mddtest::sharedModelPath().toStdString(), "cpu");
    const auto items = m.memoryItems();
    const auto& mc = m.config().network.memory;
    int scales = 0;
    for (bool s : mc.scales) scales += s;
    QCOMPARE(items.size(), size_t(scales * mc.itemsPerClass * m.classNames().size()));
    for (const auto& item : items) {
      double sum = 0;
      for (float p : item.classProbabilities) sum += p;
      QVERIFY(std::abs(sum - 1.0) < 1e-4);
      QVERIFY(item.entropy >= 0 && item.entropy <= std::log(double(m.classNames().size())) + 1e-5);
    }
  }
};

QTEST_APPLESS_MAIN(TestModelFile)
#include "test_model_file.moc"
