// torchvision ResNet-18, ResNet-50 and WideResNet-50-2 (stem to layer3): numeric parity
// with torchvision, BatchNorm folding and the weight file checks.
//
// The references come from scripts/fixtures/make_resnet_fixtures.py: torchvision's models
// with "hash init" weights (resnet_hash_init.h) run in float64 on a fixed 2x3x36x52 input.
#include <QtTest>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <functional>

#include <torch/torch.h>

#include "io/crc32.h"
#include "io/tensor_archive.h"
#include "nn/backbones/backbone.h"
#include "nn/backbones/torchvision_weights.h"
#include "resnet_hash_init.h"
#include "test_paths.h"

using mdd::io::TensorArchive;
using mdd::io::TensorArchiveWriter;
using mdd::nn::BackbonePtr;

namespace {

constexpr double kTolerance = 1e-4;  // max |C++ - torchvision| on every tap
const char* const kTaps[] = {"layer1", "layer2", "layer3"};

struct TapsFixture {
  torch::Tensor input;
  std::vector<torch::Tensor> taps;
  nlohmann::json stateDict;  // [{name, shape, crc32}] in torchvision's state-dict order
};

TapsFixture loadFixture(const std::string& id) {
  const auto a =
      TensorArchive::open((mddtest::fixtureDir() + "/teachers/").toStdString() + id + "_taps.mdda");
  TapsFixture f{a.tensor("input"), {}, a.header()["weights"]["state_dict"]};
  for (const char* tap : kTaps) f.taps.push_back(a.tensor(tap));
  return f;
}

BackbonePtr hashInitialisedNet(const std::string& id) {
  BackbonePtr net = mdd::nn::createBackbone(id);
  mddtest::hashInitialise(*net);
  net->eval();
  return net;
}

std::vector<torch::Tensor> run(const BackbonePtr& net, const torch::Tensor& x) {
  torch::NoGradGuard noGrad;
  return net->forward(x);
}

double maxAbsDiff(const torch::Tensor& a, const torch::Tensor& b) {
  return (a.to(torch::kDouble) - b.to(torch::kDouble)).abs().max().item<double>();
}

void expectMatchesFixture(const std::string& id, const std::vector<torch::Tensor>& taps,
                          const TapsFixture& f, const char* what) {
  QCOMPARE(taps.size(), size_t{3});
  for (size_t i = 0; i < 3; ++i) {
    QCOMPARE(taps[i].sizes().vec(), f.taps[i].sizes().vec());
    const double diff = maxAbsDiff(taps[i], f.taps[i]);
    qInfo("%s %s %s: max |diff| %.3g (tap max %.3g)", id.c_str(), what, kTaps[i], diff,
          f.taps[i].abs().max().item<double>());
    QVERIFY2(
        diff < kTolerance,
        qPrintable(QString("%1 %2 %3: max |diff| %4").arg(id.c_str(), what, kTaps[i]).arg(diff)));
  }
}

// The hash-initialised resnet18 as a teacher-weights archive, through `edit` first.
using Tensors = std::vector<std::pair<std::string, torch::Tensor>>;
std::string writeResNet18Weights(const QString& dir,
                                 const std::function<void(nlohmann::json&, Tensors&)>& edit) {
  // Built once: every load test writes the same weights (tensor handles are copied, so
  // `edit` replacing entries leaves the cache intact).
  static const Tensors hashState = mdd::nn::torchvisionStateDict(*hashInitialisedNet("resnet18"));
  nlohmann::json meta = {{"kind", "teacher-weights"},
                         {"backbone", "resnet18"},
                         {"layout", "torchvision"},
                         {"source", "hash init (test)"},
                         {"license", "random numbers"}};
  Tensors tensors = hashState;
  edit(meta, tensors);
  TensorArchiveWriter writer(meta);
  for (const auto& [name, t] : tensors) writer.add(name, t);
  const std::string path = (dir + "/resnet18.mdda").toStdString();
  writer.write(path);
  return path;
}

}  // namespace

class TestResNetBackbones : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  void tapsHaveTheCataloguedShapes_data() {
    QTest::addColumn<QString>("id");
    for (const char* id : {"resnet18", "resnet50", "wide_resnet50_2"}) QTest::newRow(id) << id;
  }
  void tapsHaveTheCataloguedShapes() {
    QFETCH(QString, id);
    BackbonePtr net = mdd::nn::createBackbone(id.toStdString());
    net->eval();
    const auto taps = run(net, torch::randn({1, 3, 64, 64}));
    QCOMPARE(taps.size(), net->info().taps.size());
    for (size_t i = 0; i < taps.size(); ++i) {
      const auto& tap = net->info().taps[i];
      const int64_t side = 64 / tap.stride;
      QCOMPARE(taps[i].sizes().vec(), (std::vector<int64_t>{1, tap.channels, side, side}));
    }
  }

  void matchesTorchvision_data() { tapsHaveTheCataloguedShapes_data(); }
  void matchesTorchvision() {
    QFETCH(QString, id);
    const auto fixture = loadFixture(id.toStdString());
    const auto net = hashInitialisedNet(id.toStdString());
    // Names, order and shapes are torchvision's, and the C++ hash init equals the
    // generator's bit for bit (per-tensor CRC-32 of the float32 bytes).
    const auto actual = mdd::nn::torchvisionStateDict(*net);
    QCOMPARE(actual.size(), fixture.stateDict.size());
    for (size_t i = 0; i < actual.size(); ++i) {
      const auto& [name, t] = actual[i];
      const auto& expected = fixture.stateDict[i];
      QCOMPARE(QString::fromStdString(name),
               QString::fromStdString(expected["name"].get<std::string>()));
      QCOMPARE(t.sizes().vec(), expected["shape"].get<std::vector<int64_t>>());
      const auto c = t.contiguous();
      QVERIFY2(
          mdd::io::crc32(0, c.data_ptr(), c.numel() * sizeof(float)) ==
              expected["crc32"].get<uint32_t>(),
          qPrintable("hash init differs from the generator for " + QString::fromStdString(name)));
    }
    expectMatchesFixture(id.toStdString(), run(net, fixture.input), fixture, "unfolded");
    net->foldBatchNorm();
    QVERIFY(net->batchNormFolded());
    expectMatchesFixture(id.toStdString(), run(net, fixture.input), fixture, "folded");
  }

  // On a larger input than the fixture's, and after a dtype move: Module::to() must carry
  // the biases folding created (a device move takes the same path).
  void foldedAgreesWithUnfolded() {
    const auto x = torch::randn({1, 3, 64, 80}, torch::TensorOptions().dtype(torch::kFloat32));
    for (const char* id : {"resnet18", "resnet50"}) {  // Basic and Bottleneck blocks
      const auto net = hashInitialisedNet(id);
      const auto plain = run(net, x);
      net->foldBatchNorm();
      const auto folded = run(net, x);
      net->to(torch::kDouble);
      const auto foldedDouble = run(net, x.to(torch::kDouble));
      for (size_t i = 0; i < 3; ++i) {
        const double diff = maxAbsDiff(plain[i], folded[i]);
        qInfo("%s %s: folded vs unfolded max |diff| %.3g", id, kTaps[i], diff);
        QVERIFY2(diff < kTolerance, qPrintable(QString("%1 %2: %3").arg(id, kTaps[i]).arg(diff)));
        QCOMPARE(foldedDouble[i].scalar_type(), torch::kDouble);
        QVERIFY(maxAbsDiff(foldedDouble[i], folded[i]) < kTolerance);
      }
    }
  }

  // The load path: a file written by the C++ writer (with the checkpoint parts MDD-Net
  // ignores) through createTeacher, which loads, folds and freezes.
  void teacherFromWrittenWeightsMatchesTorchvision() {
    const auto path =
        writeResNet18Weights(mddtest::freshWorkDir("resnet_load"), [](auto&, Tensors& t) {
          t.emplace_back("fc.weight", torch::zeros({1000, 512}));
          t.emplace_back("layer4.0.conv1.weight", torch::zeros({512, 256, 3, 3}));
          t.emplace_back("bn1.num_batches_tracked", torch::tensor(int64_t{7}));
        });
    const auto teacher = mdd::nn::createTeacher("resnet18", torch::Device(torch::kCPU), path);
    QVERIFY(teacher->batchNormFolded());
    QVERIFY(!teacher->is_training());
    for (const auto& p : teacher->parameters()) QVERIFY(!p.requires_grad());
    const auto fixture = loadFixture("resnet18");
    expectMatchesFixture("resnet18", run(teacher, fixture.input), fixture, "loaded teacher");
  }

  // The whole users' chain: written by scripts/export_torchvision_weights.py's writer.
  void loadsTheGeneratorsExport() {
    const QString path = mddtest::binaryDir() + "/fixtures/teachers/resnet18_hashinit.mdda";
    if (!QFile::exists(path))
      QSKIP("run /usr/bin/python3 scripts/fixtures/make_resnet_fixtures.py to create it");
    BackbonePtr net = mdd::nn::createBackbone("resnet18");
    net->loadWeights(path.toStdString());
    const auto reference = hashInitialisedNet("resnet18");
    const auto loaded = mdd::nn::torchvisionStateDict(*net);
    const auto expected = mdd::nn::torchvisionStateDict(*reference);
    for (size_t i = 0; i < loaded.size(); ++i)
      QVERIFY2(torch::equal(loaded[i].second, expected[i].second), loaded[i].first.c_str());
  }

  void loadErrorsNameTheFile_data() {
    QTest::addColumn<QString>("damage");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("missing file") << "missing"
                                  << "missing";
    QTest::newRow("truncated") << "truncate"
                               << "truncated";
    QTest::newRow("wrong kind") << "kind"
                                << "not teacher weights";
    QTest::newRow("wrong backbone") << "backbone"
                                    << "for backbone 'resnet50', not 'resnet18'";
    QTest::newRow("wrong layout") << "layout"
                                  << "layout 'keras'";
    QTest::newRow("missing tensor") << "drop"
                                    << "lacks tensor 'layer3.1.bn2.running_var'";
    QTest::newRow("wrong shape") << "shape"
                                 << "'layer2.0.conv1.weight' of shape [128, 64, 1, 3]";
    QTest::newRow("foreign tensor") << "extra"
                                    << "tensor 'layer3.2.conv1.weight' that resnet18";
    QTest::newRow("wrong dtype") << "dtype"
                                 << "'bn1.running_mean' as Long, not float32";
  }
  void loadErrorsNameTheFile() {
    QFETCH(QString, damage);
    QFETCH(QString, fragment);
    const QString dir = mddtest::freshWorkDir("resnet_errors");
    std::string path = writeResNet18Weights(dir, [&](nlohmann::json& meta, Tensors& t) {
      if (damage == "kind") meta["kind"] = "fixture";
      if (damage == "backbone") meta["backbone"] = "resnet50";
      if (damage == "layout") meta["layout"] = "keras";
      auto find = [&](const std::string& name) {
        return std::find_if(t.begin(), t.end(), [&](const auto& p) { return p.first == name; });
      };
      if (damage == "drop") t.erase(find("layer3.1.bn2.running_var"));
      if (damage == "shape") find("layer2.0.conv1.weight")->second = torch::zeros({128, 64, 1, 3});
      if (damage == "dtype") find("bn1.running_mean")->second = torch::zeros({64}, torch::kLong);
      if (damage == "extra")
        t.emplace_back("layer3.2.conv1.weight", torch::zeros({256, 256, 3, 3}));
    });
    if (damage == "missing") path = (dir + "/absent/resnet18.mdda").toStdString();
    if (damage == "truncate")
      std::filesystem::resize_file(path, std::filesystem::file_size(path) / 2);

    BackbonePtr net = mdd::nn::createBackbone("resnet18");
    const auto before = net->named_parameters()["conv1.weight"].clone();
    try {
      net->loadWeights(path);
      QFAIL("no error");
    } catch (const std::runtime_error& e) {
      const QString msg = e.what();
      qInfo("%s", qPrintable(msg));
      QVERIFY2(msg.contains(QString::fromStdString(path)), qPrintable(msg));
      QVERIFY2(msg.contains(fragment), qPrintable(msg));
      QVERIFY2(msg.contains("export_torchvision_weights.py"), qPrintable(msg));
    }
    // Everything is checked before anything is copied.
    QVERIFY(torch::equal(net->named_parameters()["conv1.weight"], before));
  }

  void loadingAfterFoldingIsRefused() {
    const auto path =
        writeResNet18Weights(mddtest::freshWorkDir("resnet_fold_load"), [](auto&, Tensors&) {});
    BackbonePtr net = mdd::nn::createBackbone("resnet18");
    net->foldBatchNorm();
    QVERIFY_EXCEPTION_THROWN(net->loadWeights(path), std::logic_error);
  }
};

QTEST_GUILESS_MAIN(TestResNetBackbones)
#include "test_resnet_backbones.moc"
