// The Keras teachers (InceptionV3, MobileNetV2) against TF.js reference outputs, their
// shapes, BatchNorm folding and the errors a bad weight file produces.
#include <QtTest>

#include <filesystem>
#include <fstream>
#include <functional>

#include <torch/torch.h>

#include "io/tensor_archive.h"
#include "mdd/backbones.h"
#include "mdd/runtime.h"
#include "nn/backbones/backbone.h"
#include "test_paths.h"

using mdd::io::TensorArchive;
using mdd::io::TensorArchiveWriter;
using mdd::nn::BackbonePtr;

namespace {

std::string weightsOrFail(const std::string& id) {
  const std::string path = mdd::findBackboneWeights(id);
  if (path.empty())
    throw std::runtime_error("no converted weights for '" + id + "' (MDDNET_TEACHER_DIR): " +
                             mdd::backboneInfo(id).weightHowTo);
  return path;
}

BackbonePtr loadedBackbone(const std::string& id, bool fold) {
  BackbonePtr net = mdd::nn::createBackbone(id);
  net->loadWeights(weightsOrFail(id));
  if (fold) net->foldBatchNorm();
  net->eval();
  return net;
}

// The fixture's raw 0..255 NHWC image, preprocessed as Keras does (x / 127.5 - 1), NCHW.
torch::Tensor fixtureInput(const TensorArchive& fixture) {
  return fixture.tensor("input").permute({0, 3, 1, 2}).contiguous() / 127.5 - 1.0;
}

std::vector<torch::Tensor> run(const BackbonePtr& net, const torch::Tensor& x) {
  torch::NoGradGuard noGrad;
  return net->forward(x);
}

double maxAbs(const torch::Tensor& t) { return t.abs().max().item<double>(); }

// A copy of `source` (a teacher file) with `edit` applied to its tensor list.
void writeEditedCopy(const std::string& source, const std::string& target,
                     const std::function<void(std::string&, torch::Tensor&, bool&)>& edit) {
  const auto archive = TensorArchive::open(source);
  nlohmann::json meta = archive.header();
  for (const char* key : {"tensors", "data_crc32", "data_bytes"}) meta.erase(key);
  TensorArchiveWriter writer(meta);
  for (std::string name : archive.names()) {
    torch::Tensor t = archive.tensor(name);
    bool keep = true;
    edit(name, t, keep);
    if (keep) writer.add(name, t);
  }
  writer.write(target);
}

void writeTruncatedCopy(const std::string& source, const std::string& target) {
  std::ifstream in(source, std::ios::binary);
  std::vector<char> bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  std::ofstream(target, std::ios::binary)
      .write(bytes.data(), static_cast<std::streamsize>(bytes.size() / 2));
}

}  // namespace

class TestKerasBackbones : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  void initTestCase() { mdd::initRuntime(); }

  void backboneIds_data() {
    QTest::addColumn<QString>("id");
    QTest::newRow("inception_v3") << "inception_v3";
    QTest::newRow("mobilenet_v2") << "mobilenet_v2";
  }

  void tapShapesAt256_data() { backboneIds_data(); }
  void tapShapesAt256() {
    QFETCH(QString, id);
    torch::manual_seed(1);
    const BackbonePtr net = mdd::nn::createBackbone(id.toStdString());
    net->eval();
    const auto taps = run(net, torch::randn({1, 3, 256, 256}));
    const auto& info = net->info();
    // InceptionV3's stem is "valid": 256 -> 127 -> 125 -> 62 -> 60, then 29 and 14.
    const std::vector<int64_t> sizes =
        id == "inception_v3" ? std::vector<int64_t>{60, 29, 14} : std::vector<int64_t>{64, 32, 16};
    QCOMPARE(taps.size(), size_t{3});
    for (size_t i = 0; i < 3; ++i) {
      const std::vector<int64_t> expected{1, info.taps[i].channels, sizes[i], sizes[i]};
      QVERIFY2(taps[i].sizes().equals(expected),
               qPrintable(QString("%1 tap %2").arg(info.taps[i].layer.c_str()).arg(i)));
      QVERIFY(torch::isfinite(taps[i]).all().item<bool>());
    }
  }

  void matchesTfjs_data() { backboneIds_data(); }
  void matchesTfjs() {
    QFETCH(QString, id);
    const auto fixture = TensorArchive::open(
        (mddtest::fixtureDir() + "/teachers/" + id + "_taps.mdda").toStdString());
    QCOMPARE(QString::fromStdString(fixture.header()["backbone"].get<std::string>()), id);
    const auto x = fixtureInput(fixture);
    const auto plain = run(loadedBackbone(id.toStdString(), false), x);
    const auto folded = run(loadedBackbone(id.toStdString(), true), x);
    const auto tapNames = fixture.header()["taps"].get<std::vector<std::string>>();
    QCOMPARE(tapNames.size(), size_t{3});
    for (size_t i = 0; i < 3; ++i) {
      const torch::Tensor expected = fixture.tensor(tapNames[i]);  // NHWC
      QVERIFY(plain[i].permute({0, 2, 3, 1}).sizes().equals(expected.sizes()));
      const double scale = maxAbs(expected);
      const double plainDiff = maxAbs(plain[i].permute({0, 2, 3, 1}) - expected);
      const double foldedDiff = maxAbs(folded[i].permute({0, 2, 3, 1}) - expected);
      const double foldedVsPlain = maxAbs(folded[i] - plain[i]) / scale;
      qInfo("%s %-12s max|TF.js| %8.4f  max diff: unfolded %.3g, folded %.3g; "
            "folded vs unfolded %.3g relative",
            qPrintable(id), tapNames[i].c_str(), scale, plainDiff, foldedDiff, foldedVsPlain);
      QVERIFY2(scale > 0.1, "the reference tap is all zeros: the fixture is not informative");
      QVERIFY2(plainDiff < 1e-3, qPrintable(QString("unfolded diff %1").arg(plainDiff)));
      QVERIFY2(foldedDiff < 1e-3, qPrintable(QString("folded diff %1").arg(foldedDiff)));
      QVERIFY2(foldedVsPlain < 1e-4, qPrintable(QString("fold changed %1").arg(foldedVsPlain)));
    }
  }

  // Every tensor the forward pass creates follows the module (device and dtype): a
  // double copy of the folded teacher gives the float results.
  void followsModuleDtype_data() { backboneIds_data(); }
  void followsModuleDtype() {
    QFETCH(QString, id);
    const BackbonePtr net = loadedBackbone(id.toStdString(), true);
    const auto x = torch::rand({1, 3, 80, 80}) * 2 - 1;
    const auto asFloat = run(net, x);
    net->to(torch::kFloat64);
    const auto asDouble = run(net, x.to(torch::kFloat64));
    for (size_t i = 0; i < 3; ++i) {
      QVERIFY(asDouble[i].scalar_type() == torch::kFloat64);
      const double rel = maxAbs(asDouble[i].to(torch::kFloat32) - asFloat[i]) / maxAbs(asFloat[i]);
      QVERIFY2(rel < 1e-4, qPrintable(QString("tap %1: %2").arg(i).arg(rel)));
    }
  }

  void foldingTwiceIsHarmless() {
    const BackbonePtr net = loadedBackbone("mobilenet_v2", true);
    const auto x = torch::rand({1, 3, 64, 64});
    const auto once = run(net, x);
    net->foldBatchNorm();
    QVERIFY(net->batchNormFolded());
    const auto twice = run(net, x);
    for (size_t i = 0; i < 3; ++i) QVERIFY(torch::equal(once[i], twice[i]));
    QVERIFY_THROWS_EXCEPTION(std::logic_error, net->loadWeights(weightsOrFail("mobilenet_v2")));
  }

  void rejectsBadFiles_data() {
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("damage");
    QTest::addColumn<QString>("fragment");  // must appear in the message, besides the path
    for (const QString id : {"inception_v3", "mobilenet_v2"}) {
      const QString tensor = id == "inception_v3" ? "conv2d_30/kernel"
                                                  : "block_7_depthwise/depthwise_kernel";
      QTest::addRow("%s missing file", qPrintable(id)) << id << "missing" << "missing";
      QTest::addRow("%s truncated", qPrintable(id)) << id << "truncated" << "truncated";
      QTest::addRow("%s other backbone", qPrintable(id)) << id << "other" << "for backbone";
      QTest::addRow("%s wrong shape", qPrintable(id)) << id << "shape" << tensor;
      QTest::addRow("%s tensor missing", qPrintable(id)) << id << "drop" << tensor;
    }
  }
  void rejectsBadFiles() {
    QFETCH(QString, id);
    QFETCH(QString, damage);
    QFETCH(QString, fragment);
    const std::string bbId = id.toStdString();
    const std::string work = mddtest::freshWorkDir("keras_bad_" + id + "_" + damage).toStdString();
    const std::string path = work + "/" + bbId + ".mdda";
    const std::string good = weightsOrFail(bbId);
    const std::string target = fragment.toStdString();
    if (damage == "truncated") writeTruncatedCopy(good, path);
    if (damage == "other")
      std::filesystem::copy_file(weightsOrFail(bbId == "inception_v3" ? "mobilenet_v2" : "inception_v3"),
                                 path);
    if (damage == "shape")
      writeEditedCopy(good, path, [&](std::string& name, torch::Tensor& t, bool&) {
        if (name == target) t = torch::cat({t, t.narrow(2, 0, 1)}, 2);  // one more input channel
      });
    if (damage == "drop")
      writeEditedCopy(good, path, [&](std::string& name, torch::Tensor&, bool& keep) {
        keep = name != target;
      });

    torch::manual_seed(3);
    const BackbonePtr net = mdd::nn::createBackbone(bbId);
    const torch::Tensor before = net->parameters().front().clone();
    try {
      net->loadWeights(path);
      QFAIL("no error");
    } catch (const std::runtime_error& e) {
      const QString msg = e.what();
      QVERIFY2(msg.contains(QString::fromStdString(path)), qPrintable(msg));
      QVERIFY2(msg.contains(fragment), qPrintable(msg));
      QVERIFY2(msg.contains("fetch_teachers.sh"), qPrintable(msg));  // says how to regenerate
    }
    QVERIFY2(torch::equal(before, net->parameters().front()), "a failed load changed weights");
  }
};

QTEST_GUILESS_MAIN(TestKerasBackbones)
#include "test_keras_backbones.moc"
