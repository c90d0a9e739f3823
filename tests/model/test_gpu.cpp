// The CUDA path, where a GPU is present (skipped otherwise; scripts/gpu_check.sh runs it
// against a CUDA LibTorch): every parameter and buffer on the GPU, a training step there,
// and inference on the GPU matching the CPU with the same weights, in fp32 and bf16.
#include <QtTest>

#include <opencv2/core.hpp>

#include "fake_backbone.h"
#include "small_model_config.h"
#include "mdd/model.h"
#include "model/model_impl.h"
#include "runtime/autocast_scope.h"

using namespace mdd;

namespace {

std::vector<cv::Mat> images(int n) {
  std::vector<cv::Mat> out;
  cv::RNG rng(9);
  for (int i = 0; i < n; ++i) {
    cv::Mat img(80, 96, CV_8UC3);
    rng.fill(img, cv::RNG::UNIFORM, 0, 256);
    out.push_back(img);
  }
  return out;
}

}  // namespace

class TestGpu : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  void init() {
    if (!torch::cuda::is_available()) QSKIP("no CUDA device: run scripts/gpu_check.sh on a GPU machine");
  }

  void everyTensorOnTheDevice() {
    auto impl = makeModelImpl(mddtest::smallModelConfig(), torch::Device("cuda:0"),
                              std::make_shared<mddtest::FakeBackboneImpl>());
    for (const auto& p : impl->net->parameters()) QVERIFY(p.is_cuda());
    for (const auto& b : impl->net->buffers()) QVERIFY(b.is_cuda());
    QCOMPARE(Model::fromImpl(impl).device(), std::string("cuda:0"));
  }

  void trainingStepOnTheDevice() {
    auto impl = makeModelImpl(mddtest::smallModelConfig(), torch::Device("cuda:0"),
                              std::make_shared<mddtest::FakeBackboneImpl>());
    auto& net = impl->net;
    const auto opts = torch::TensorOptions().device(torch::kCUDA);
    const auto x = torch::rand({2, 3, 64, 64}, opts);
    const auto mask = (torch::rand({2, 1, 64, 64}, opts) > 0.8).to(torch::kFloat);
    const auto classes = torch::tensor({int64_t{0}, int64_t{1}}).to(torch::kCUDA);
    torch::optim::Adam optimizer(net->studentParameters(), torch::optim::AdamOptions(1e-3));
    net->train();
    double first = 0, last = 0;
    for (int step = 0; step < 5; ++step) {
      torch::Tensor total;
      {
        AutocastScope autocast(impl->device, true);
        total = net->losses(x, x * (1 - mask) + mask, mask, classes).total;
      }
      optimizer.zero_grad();
      total.backward();
      optimizer.step();
      (step == 0 ? first : last) = total.item<double>();
    }
    QVERIFY(std::isfinite(last));
    QVERIFY2(last < first, qPrintable(QString("%1 -> %2").arg(first).arg(last)));
  }

  void inferenceMatchesTheCpu() {
    torch::manual_seed(2);
    auto cpu = makeModelImpl(mddtest::smallModelConfig(), torch::kCPU, std::make_shared<mddtest::FakeBackboneImpl>());
    auto gpu = makeModelImpl(mddtest::smallModelConfig(), torch::Device("cuda:0"),
                             std::make_shared<mddtest::FakeBackboneImpl>());
    {
      torch::NoGradGuard noGrad;
      const auto from = modelStateTensors(*cpu->net);
      const auto to = modelStateTensors(*gpu->net);
      QCOMPARE(from.size(), to.size());
      for (size_t i = 0; i < from.size(); ++i) to[i].second.copy_(from[i].second);
    }
    const Model onCpu = Model::fromImpl(cpu);
    Model onGpu = Model::fromImpl(gpu);
    const auto input = images(3);
    const auto expected = onCpu.infer(input, {0, 1, -1});
    for (const auto precision : {Precision::Float32, Precision::BFloat16}) {
      onGpu.setPrecision(precision);
      const auto got = onGpu.infer(input, {0, 1, -1});
      const double tolerance = precision == Precision::Float32 ? 1e-3 : 3e-2;
      for (size_t i = 0; i < input.size(); ++i) {
        double range = 0;
        cv::minMaxLoc(expected[i].map, nullptr, &range);
        const double diff = cv::norm(got[i].map, expected[i].map, cv::NORM_INF) / (range + 1e-12);
        QVERIFY2(diff < tolerance, qPrintable(QString("%1: image %2 map differs by %3")
                                                  .arg(QString::fromStdString(precisionName(precision)))
                                                  .arg(i).arg(diff)));
        QVERIFY(std::abs(got[i].score - expected[i].score) <= tolerance * (std::abs(expected[i].score) + 1e-6));
        // bf16 may flip a close class prediction; the given classes must hold.
        if (precision == Precision::Float32 || i < 2) QCOMPARE(got[i].classIndex, expected[i].classIndex);
      }
    }
  }
};

QTEST_GUILESS_MAIN(TestGpu)
#include "test_gpu.moc"
