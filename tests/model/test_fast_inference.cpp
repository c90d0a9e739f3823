// The inference speed-ups keep the results: the folded student (BatchNorm in the conv
// weights, the transposed conv as 1x1 conv + pixel shuffle) against the layers as
// written, its cache against weight changes, and bf16 autocast against fp32 for inference
// and a training step.
#include <QtTest>

#include "fake_backbone.h"
#include "small_model_config.h"
#include "infer/anomaly_maps.h"
#include "mdd/model.h"
#include "mdd/runtime.h"
#include "nn/folded_conv.h"
#include "nn/mddnet.h"
#include "runtime/autocast_scope.h"

using namespace mdd;

namespace {

// Running statistics and affine weights far from the identity, so that folding them is
// visible in the output if it is wrong.
void randomiseBatchNorms(nn::MddNetImpl& net) {
  torch::NoGradGuard noGrad;
  for (auto& m : net.modules(/*include_self=*/false)) {
    auto* bn = dynamic_cast<torch::nn::BatchNorm2dImpl*>(m.get());
    if (!bn) continue;
    bn->running_mean.uniform_(-0.5, 0.5);
    bn->running_var.uniform_(0.2, 3.0);
    bn->weight.uniform_(0.5, 1.5);
    bn->bias.uniform_(-0.3, 0.3);
  }
}

double maxRelativeDifference(const std::vector<torch::Tensor>& a, const std::vector<torch::Tensor>& b) {
  double worst = 0;
  for (size_t i = 0; i < a.size(); ++i) {
    const double scale = b[i].abs().max().item<double>() + 1e-12;
    worst = std::max(worst, (a[i].to(torch::kFloat32) - b[i]).abs().max().item<double>() / scale);
  }
  return worst;
}

struct Outputs {
  std::vector<torch::Tensor> restored, identity;
};

Outputs run(nn::MddNet& net, const torch::Tensor& x, bool folded) {
  nn::setFoldedInference(folded);
  c10::InferenceMode inference;
  const auto f = net->forward(x, torch::tensor({int64_t{0}, int64_t{1}}));
  nn::setFoldedInference(true);
  return {f.restored, f.identity};
}

}  // namespace

class TestFastInference : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  void foldedStudentMatchesLayersAsWritten_data() {
    QTest::addColumn<int>("mode");
    QTest::newRow("transposed conv") << static_cast<int>(UpsampleMode::TransposedConv);
    QTest::newRow("bilinear + conv") << static_cast<int>(UpsampleMode::Bilinear);
  }
  void foldedStudentMatchesLayersAsWritten() {
    QFETCH(int, mode);
    torch::manual_seed(3);
    nn::MddNet net(mddtest::smallModelConfig(2, static_cast<UpsampleMode>(mode)),
                   std::make_shared<mddtest::FakeBackboneImpl>());
    randomiseBatchNorms(*net);
    net->eval();
    const auto x = torch::rand({2, 3, 64, 64});
    const auto plain = run(net, x, false), folded = run(net, x, true);
    const double restoredDiff = maxRelativeDifference(folded.restored, plain.restored);
    const double identityDiff = maxRelativeDifference(folded.identity, plain.identity);
    QVERIFY2(restoredDiff < 1e-4, qPrintable(QString::number(restoredDiff)));
    QVERIFY2(identityDiff < 1e-4, qPrintable(QString::number(identityDiff)));
    // The outputs are not trivially equal: BN matters (a model without it differs).
    QVERIFY(plain.restored[0].abs().max().item<double>() > 0);
  }

  // A training step, a loaded file or an edit changes the weights in place: the folded
  // weights must follow, or inference would run on the old model.
  void foldedCacheFollowsWeightChanges() {
    torch::manual_seed(4);
    nn::MddNet net(mddtest::smallModelConfig(2, UpsampleMode::TransposedConv),
                   std::make_shared<mddtest::FakeBackboneImpl>());
    randomiseBatchNorms(*net);
    net->eval();
    const auto x = torch::rand({2, 3, 64, 64});
    const auto before = run(net, x, true);
    {
      torch::NoGradGuard noGrad;
      for (auto& p : net->identity->parameters()) p.mul_(1.5);
      for (auto& b : net->identity->buffers())
        if (b.is_floating_point()) b.add_(0.1);
    }
    const auto plain = run(net, x, false), folded = run(net, x, true);
    QVERIFY(maxRelativeDifference(folded.identity, plain.identity) < 1e-4);
    QVERIFY(maxRelativeDifference(folded.identity, before.identity) > 1e-2);
  }

  // bf16 autocast changes the maps by rounding only (measured ~1e-2 relative here).
  void bf16InferenceCloseToFp32() {
    torch::manual_seed(5);
    nn::MddNet net(mddtest::smallModelConfig(2, UpsampleMode::TransposedConv),
                   std::make_shared<mddtest::FakeBackboneImpl>());
    net->eval();
    const auto x = torch::rand({2, 3, 64, 64});
    c10::InferenceMode inference;
    const auto classes = torch::tensor({int64_t{0}, int64_t{1}});
    const auto fp32 = net->forward(x, classes);
    nn::Features bf16;
    {
      AutocastScope autocast(torch::kCPU, true);
      bf16 = net->forward(x, classes);
    }
    QCOMPARE(bf16.restored[0].scalar_type(), torch::kBFloat16);  // autocast was in effect
    MapConfig maps;
    const auto& taps = net->teacher->info().taps;
    const auto a =
        infer::anomalyMaps(fp32.teacher, fp32.restored, fp32.identity, taps, maps, {64, 64});
    const auto b =
        infer::anomalyMaps(bf16.teacher, bf16.restored, bf16.identity, taps, maps, {64, 64});
    QCOMPARE(b.fused.scalar_type(), torch::kFloat32);
    const double diff = ((b.fused - a.fused).abs().max() / a.fused.abs().max()).item<double>();
    QVERIFY2(diff < 0.05, qPrintable(QString::number(diff)));
    // After the scope, fp32 again.
    QCOMPARE(net->forward(x, classes).restored[0].scalar_type(), torch::kFloat32);
  }

  void bf16TrainingStepCloseToFp32() {
    torch::manual_seed(6);
    nn::MddNet net(mddtest::smallModelConfig(2, UpsampleMode::TransposedConv),
                   std::make_shared<mddtest::FakeBackboneImpl>());
    net->train();
    const auto x = torch::rand({2, 3, 64, 64});
    auto mask = torch::zeros({2, 1, 64, 64});
    mask.narrow(2, 10, 20).narrow(3, 10, 20).fill_(1);
    const auto classes = torch::tensor({int64_t{0}, int64_t{1}});
    // Same BN statistics for both: eval mode for the comparison of the losses.
    net->eval();
    const double fp32 = net->losses(x, x + mask * 0.5, mask, classes).total.item<double>();
    torch::Tensor total;
    {
      AutocastScope autocast(torch::kCPU, true);
      total = net->losses(x, x + mask * 0.5, mask, classes).total;
    }
    QVERIFY2(std::abs(total.item<double>() - fp32) < 0.02 * std::abs(fp32) + 1e-3,
             qPrintable(QString("%1 vs %2").arg(total.item<double>()).arg(fp32)));
    total.backward();
    for (const auto& p : net->studentParameters()) {
      QVERIFY(p.grad().defined());
      QCOMPARE(p.grad().scalar_type(), torch::kFloat32);  // weights and gradients stay fp32
      QVERIFY(torch::isfinite(p.grad()).all().item<bool>());
    }
  }

  void precisionNamesAndResolution() {
    for (const auto p : {Precision::Auto, Precision::Float32, Precision::BFloat16})
      QCOMPARE(parsePrecision(precisionName(p)), p);
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, parsePrecision("fp16"));
    // The rule for each CPU class the suite meets: AVX2 only, AVX-512 without and with
    // AVX512-BF16, AMX; and a GPU.
    mdd::CpuFeatures avx2;
    avx2.avx2 = true;
    mdd::CpuFeatures avx512 = avx2;
    avx512.avx512 = true;
    mdd::CpuFeatures zen4 = avx512;
    zen4.avx512bf16 = true;
    mdd::CpuFeatures amx = zen4;
    amx.amx = true;
    QVERIFY(!choosePrecision(Precision::Auto, "cpu", avx2).bf16);
    QVERIFY(!choosePrecision(Precision::Auto, "cpu", avx512).bf16);
    QVERIFY(choosePrecision(Precision::Auto, "cpu", zen4).bf16);
    QVERIFY(choosePrecision(Precision::Auto, "cpu", amx).bf16);
    QVERIFY(choosePrecision(Precision::Auto, "cuda:0", avx2).bf16);
    QVERIFY(choosePrecision(Precision::Auto, "cpu", zen4).reason.find("avx512_bf16") !=
            std::string::npos);
    QVERIFY(choosePrecision(Precision::Auto, "cpu", amx).reason.find("AMX") != std::string::npos);
    QVERIFY(choosePrecision(Precision::BFloat16, "cpu", avx2).reason.find("emulated") !=
            std::string::npos);
    for (const auto& cpu : {avx2, zen4, amx}) {
      QVERIFY(!choosePrecision(Precision::Float32, "cpu", cpu).bf16);
      QVERIFY(!choosePrecision(Precision::Float32, "cuda", cpu).bf16);
      QVERIFY(choosePrecision(Precision::BFloat16, "cpu", cpu).bf16);
    }
    // This machine follows the rule.
    const bool hardwareBf16 = cpuFeatures().amx || cpuFeatures().avx512bf16;
    QCOMPARE(choosePrecision(Precision::Auto, "cpu").bf16, hardwareBf16);
  }
};

QTEST_GUILESS_MAIN(TestFastInference)
#include "test_fast_inference.moc"
