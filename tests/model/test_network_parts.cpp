// The student side of MDD-Net on small tensors: losses, memory addressing, map
// post-processing against scipy, shapes and gradient flow.
#include <QtTest>

#include <condition_variable>
#include <fstream>
#include <mutex>
#include <thread>

#include <nlohmann/json.hpp>

#include "fake_backbone.h"
#include "infer/anomaly_maps.h"
#include "mdd/model_config.h"
#include "nn/class_memory.h"
#include "nn/cross_rank_batch_norm.h"
#include "nn/losses.h"
#include "nn/mddnet.h"
#include "test_paths.h"

using namespace mdd;

namespace {

torch::Tensor t2(std::vector<float> v, int64_t c) {  // [1, c, 1, n/c] from channel-major values
  return torch::tensor(v).reshape({1, c, 1, static_cast<int64_t>(v.size()) / c});
}

double item(const torch::Tensor& t) { return t.item<double>(); }

// torch::tensor() would round doubles through the default float32 dtype.
torch::Tensor doubles(std::vector<double> v, const std::vector<int64_t>& shape) {
  return torch::from_blob(v.data(), shape, torch::kFloat64).clone();
}

ModelConfig smallConfig(int classes) {
  ModelConfig c;
  c.network.backbone = "mobilenet_v2";
  c.network.inputWidth = c.network.inputHeight = 64;
  c.network.neckChannels = 16;
  c.network.codeChannels = 32;
  c.network.neckBlocks = 1;
  c.network.decoderWidths = {16, 16, 32};
  c.network.memory.itemsPerClass = 4;
  for (int i = 0; i < classes; ++i) c.classNames.push_back("class" + std::to_string(i));
  return c;
}

}  // namespace

class TestNetworkParts : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  void cosineDistanceByHand() {
    // Two positions: orthogonal (distance 1) and opposite (distance 2); then equal (0).
    const auto a = t2({1, -1, 0, 0}, 2);  // position0 (1,0), position1 (-1,0)
    const auto b = t2({0, 1, 1, 0}, 2);   // position0 (0,1), position1 (1,0)
    const auto d = nn::cosineDistanceMap(a, b);
    QCOMPARE(d.sizes().vec(), (std::vector<int64_t>{1, 1, 2}));
    QVERIFY(std::abs(item(d[0][0][0]) - 1.0) < 1e-6);
    QVERIFY(std::abs(item(d[0][0][1]) - 2.0) < 1e-6);
    QVERIFY(std::abs(item(nn::cosineDistanceMap(a, a).sum())) < 1e-6);
  }
  void relativeSquaredDistanceByHand() {
    // Position 0: equal lengths, orthogonal: |a-b|^2 / (|a|^2+|b|^2) = 2 / 2 = 1 = 1 - cos.
    // Position 1: same direction, lengths 1 and 3: 4 / 10 = 0.4, where 1 - cos is 0.
    const auto a = t2({1, 1, 0, 0}, 2);  // position0 (1,0), position1 (1,0)
    const auto b = t2({0, 3, 1, 0}, 2);  // position0 (0,1), position1 (3,0)
    const auto d = infer::relativeSquaredDistanceMap(a, b);
    QCOMPARE(d.sizes().vec(), (std::vector<int64_t>{1, 1, 2}));
    QVERIFY(std::abs(item(d[0][0][0]) - 1.0) < 1e-6);
    QVERIFY(std::abs(item(d[0][0][1]) - 0.4) < 1e-6);
    QVERIFY(std::abs(item(nn::cosineDistanceMap(a, b)[0][0][1])) < 1e-6);
    QVERIFY(std::abs(item(infer::relativeSquaredDistanceMap(a, a).sum())) < 1e-6);
    // The maps use it when maps.distance says so; the setting survives the JSON round trip.
    MapConfig c;
    c.gaussianSigma = 0;
    c.distance = MapDistance::RelativeSquared;
    const std::vector<FeatureTap> tap = {{"a", 2, 1, 0}};
    const auto m = infer::anomalyMaps({a}, {b}, {b}, tap, c, {1, 2});
    QVERIFY(std::abs(item(m.teacherRestoration[0][0][1]) - 0.4) < 1e-6);
    ModelConfig config;
    config.maps.distance = MapDistance::RelativeSquared;
    QCOMPARE(modelConfigFromJson(toJson(config)).maps.distance, MapDistance::RelativeSquared);
    QCOMPARE(modelConfigFromJson("{}").maps.distance, MapDistance::Cosine);
  }
  void featurePoolingComparesRegionalMeans() {
    // Three cells in a row: a = (1,0),(0,1),(1,0); b = (1,0) everywhere. Cell by cell the
    // distances are 0, 1, 0. Averaged over 3x3 cells (only those that exist): a's means are
    // (1/2,1/2), (2/3,1/3), (1/2,1/2), so 1 - cos gives 1 - 1/sqrt2, 1 - 2/sqrt5, 1 - 1/sqrt2.
    const auto a = t2({1, 0, 1, 0, 1, 0}, 2);
    const auto b = t2({1, 1, 1, 0, 0, 0}, 2);
    const std::vector<FeatureTap> tap = {{"a", 2, 1, 0}};
    const auto cells = infer::scaleSummedDistance({a}, {b}, tap, {1, 3});
    const auto pooled = infer::scaleSummedDistance({a}, {b}, tap, {1, 3},
                                                   CellPlacement::ReceptiveField, {}, {},
                                                   MapDistance::Cosine, 3);
    const std::vector<double> want = {1 - 1 / std::sqrt(2.0), 1 - 2 / std::sqrt(5.0),
                                      1 - 1 / std::sqrt(2.0)};
    for (int j = 0; j < 3; ++j) {
      QVERIFY(std::abs(item(cells[0][0][j]) - (j == 1 ? 1.0 : 0.0)) < 1e-6);
      QVERIFY(std::abs(item(pooled[0][0][j]) - want[size_t(j)]) < 1e-6);
    }
    // The setting reaches the maps, survives the model file's JSON, and must be odd.
    MapConfig c;
    c.gaussianSigma = 0;
    c.featurePooling = 3;
    QVERIFY(torch::allclose(infer::anomalyMaps({a}, {b}, {b}, tap, c, {1, 3}).teacherRestoration,
                            pooled));
    ModelConfig config;
    config.maps.featurePooling = 5;
    QCOMPARE(modelConfigFromJson(toJson(config)).maps.featurePooling, 5);
    QCOMPARE(modelConfigFromJson("{}").maps.featurePooling, 1);
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                             modelConfigFromJson("{\"maps\": {\"featurePooling\": 4}}"));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                             infer::scaleSummedDistance({a}, {b}, tap, {1, 3},
                                                        CellPlacement::ReceptiveField, {}, {},
                                                        MapDistance::Cosine, 0));
  }
  void featureLossFlattenedVsPerPixel() {
    // One scale, one sample, two positions: a = (1,0),(0,1); b = (1,0),(1,0).
    const auto a = t2({1, 0, 0, 1}, 2);
    const auto b = t2({1, 1, 0, 0}, 2);
    // Flattened: vectors (1,0,0,1) and (1,1,0,0): cos = 1/2 -> loss 0.5.
    QVERIFY(std::abs(item(nn::featureCosineLoss({a}, {b}, CosineMode::Flattened)) - 0.5) < 1e-6);
    // Per pixel: distances 0 and 1 -> mean 0.5; with three scales the terms add up.
    QVERIFY(std::abs(item(nn::featureCosineLoss({a, a, a}, {b, b, a}, CosineMode::PerPixel)) -
                     1.0) < 1e-6);
  }
  // Letterbox borders take no part: features that differ only on border cells cost nothing.
  void lossesLeaveBorderCellsOut() {
    torch::manual_seed(2);
    const auto a = torch::rand({2, 5, 4, 4}) + 0.1;
    auto b = a.clone();
    b.narrow(3, 3, 1).mul_(-1);  // the last column differs
    auto content = torch::ones({2, 1, 16, 16});
    content.narrow(3, 12, 4).zero_();  // ... and is letterbox border
    const std::vector<FeatureTap> taps = {{"t", 5, 4, 1.5}};
    const auto cells = nn::contentCells(content, {a}, taps);
    QCOMPARE(cells[0].sizes().vec(), (std::vector<int64_t>{2, 4, 4}));
    QCOMPARE(item(cells[0].sum()), 2.0 * 12);
    for (auto mode : {CosineMode::Flattened, CosineMode::PerPixel}) {
      QVERIFY(item(nn::featureCosineLoss({a}, {b}, mode)) > 0.1);
      QVERIFY(std::abs(item(nn::featureCosineLoss({a}, {b}, mode, cells))) < 1e-6);
    }
    const auto mask = torch::zeros({2, 1, 16, 16});
    QVERIFY(item(nn::distillationLoss({a}, {b}, mask, taps)) > 0.1);
    QVERIFY(std::abs(item(nn::distillationLoss({a}, {b}, mask, taps, cells))) < 1e-6);
  }

  // Memory items start on distinct feature vectors of the image, none from the borders.
  void memoryStartsOnDistinctImagePositions() {
    MemoryConfig mc;
    mc.itemsPerClass = 6;
    nn::ClassMemory memory(1, std::array<int, 3>{2, 2, 2}, mc);
    // Position p of the 4x4 grid holds the vector (p, 1); columns 2 and 3 are border.
    const auto grid = torch::arange(16, torch::kFloat32).view({1, 1, 4, 4});
    const auto f = torch::cat({grid, torch::ones({1, 1, 4, 4})}, 1);
    auto cells = torch::ones({1, 4, 4});
    cells.narrow(2, 2, 2).zero_();
    torch::Generator gen = at::detail::createCPUGenerator(3);
    memory->initialiseFrom({f, f, f}, torch::zeros({1}, torch::kLong), gen,
                           {cells, cells, cells});
    for (const auto& bank : memory->banks) {
      const auto firsts = bank[0].select(1, 0);
      QCOMPARE(std::get<0>(at::_unique(firsts)).numel(), int64_t(6));  // no duplicates
      for (int64_t n = 0; n < 6; ++n) {
        const auto p = static_cast<int64_t>(item(firsts[n]));
        QVERIFY2(p % 4 < 2, qPrintable(QString("item from border position %1").arg(p)));
      }
    }
  }

  void distillationLossByHand() {
    // restored == identity: the map is 0, so each scale contributes mean(mask) = 0.25.
    const auto f = torch::rand({1, 3, 4, 4}) + 0.1;
    auto mask = torch::zeros({1, 1, 4, 4});
    mask.index_put_({0, 0, torch::indexing::Slice(0, 2), torch::indexing::Slice(0, 2)}, 1.0);
    // Taps of stride 1 at offset 0: cell j sits on pixel j, so each scale's target is the mask.
    const std::vector<FeatureTap> pixelTaps = {{"a", 3, 1, 0}, {"b", 3, 1, 0}};
    QVERIFY(std::abs(item(nn::distillationLoss({f}, {f}, mask, pixelTaps)) - 0.25) < 1e-6);
    // identity = -restored: map 2 everywhere, |2 - m| -> mean 2 - 0.25.
    QVERIFY(std::abs(item(nn::distillationLoss({f, f}, {-f, f}, mask, pixelTaps)) -
                     (1.75 + 0.25)) < 1e-5);
  }
  void memoryAddressingShrinksAndNormalises() {
    MemoryConfig mc;
    mc.itemsPerClass = 4;
    mc.temperature = 0.05f;
    nn::ClassMemory memory(2, std::array<int, 3>{4, 4, 4}, mc);
    torch::NoGradGuard g;
    // Class 0 items = unit vectors e0..e3; class 1 = -e0..-e3.
    for (auto& bank : memory->banks) bank.copy_(torch::stack({torch::eye(4), -torch::eye(4)}));
    const auto q = torch::tensor({0.9f, 0.1f, 0.0f, 0.0f}).reshape({1, 1, 4});
    const auto w = memory->addressing(q, memory->banks[0][0].unsqueeze(0));
    QVERIFY(std::abs(item(w.sum()) - 1.0) < 1e-5);
    // softmax(cos/0.05): item 0 dominates; items 2 and 3 fall below 1/N and are cut.
    QVERIFY(item(w[0][0][0]) > 0.9);
    QCOMPARE(item(w[0][0][2]), 0.0);
    QCOMPARE(item(w[0][0][3]), 0.0);
    // The read-out of a feature map replaces each vector by its class items' mixture.
    const auto f = q.reshape({1, 4, 1, 1});
    const auto out = memory->read({f, f, f}, torch::tensor({int64_t{0}}));
    QVERIFY(torch::allclose(out[0].flatten(), torch::matmul(w[0], torch::eye(4)).flatten(), 1e-5,
                            1e-6));
    // Class logits: class 0's best cosine is 0.9/|q| ~ 0.994, class 1's is 0 (no positive
    // item matches better than -e2/-e3 at cos 0).
    const auto logits = memory->classLogits({f, f, f});
    const double best0 = 0.9 / std::sqrt(0.81 + 0.01);
    QVERIFY(std::abs(item(logits[0][0]) - best0 / 0.05) < 1e-3);
    QVERIFY(std::abs(item(logits[0][1]) - 0.0) < 1e-4);
  }
  void memorySwitchedOffScalesPassThrough() {
    MemoryConfig mc;
    mc.itemsPerClass = 3;
    mc.scales = {false, true, false};
    nn::ClassMemory memory(1, std::array<int, 3>{2, 3, 4}, mc);
    QCOMPARE(memory->banks.size(), size_t{1});
    const std::vector<torch::Tensor> f = {torch::rand({2, 2, 3, 3}), torch::rand({2, 3, 2, 2}),
                                          torch::rand({2, 4, 1, 1})};
    const auto out = memory->read(f, torch::zeros({2}, torch::kLong));
    QVERIFY(torch::equal(out[0], f[0]));
    QVERIFY(torch::equal(out[2], f[2]));
    QVERIFY(!torch::equal(out[1], f[1]));
  }
  void gaussianMatchesScipy() {
    std::ifstream in(mddtest::fixtureDir().toStdString() + "/model/gaussian.json");
    QVERIFY(in.good());
    const auto fixture = nlohmann::json::parse(in);
    for (const auto& c : fixture["cases"]) {
      const auto shape = c["shape"].get<std::vector<int64_t>>();
      const auto x = doubles(c["input"].get<std::vector<double>>(), shape);
      const auto expected = doubles(c["expected"].get<std::vector<double>>(), shape);
      const auto y = infer::gaussianBlur(x.unsqueeze(0), c["sigma"].get<double>()).squeeze(0);
      const double diff = item((y - expected).abs().max());
      QVERIFY2(diff < 1e-9, qPrintable(QString::fromStdString(c["name"].get<std::string>()) + " " + QString::number(diff, 'g', 3)));
    }
  }
  void scoreRules() {
    auto m = torch::zeros({1, 32, 32});
    m[0][3][4] = 10.0;  // a single hot pixel
    MapConfig c;
    c.scoreRule = ScoreRule::Max;
    QCOMPARE(item(infer::imageScores(m, c)[0]), 10.0);
    c.scoreRule = ScoreRule::TopPercentMean;  // 1% of 1024 -> top 11 pixels
    c.topPercent = 1.0f;
    QVERIFY(std::abs(item(infer::imageScores(m, c)[0]) - 10.0 / 11.0) < 1e-6);
    c.scoreRule = ScoreRule::PooledMax;  // a 16x16 window holding the pixel
    c.poolSize = 16;
    QVERIFY(std::abs(item(infer::imageScores(m, c)[0]) - 10.0 / 256.0) < 1e-6);
  }
  void mapsFuseAndSelect() {
    const std::vector<torch::Tensor> t = {torch::rand({2, 4, 8, 8}), torch::rand({2, 4, 4, 4}),
                                          torch::rand({2, 4, 2, 2})};
    std::vector<torch::Tensor> r, i;
    for (const auto& x : t) {
      r.push_back(x + 0.3 * torch::rand_like(x));
      i.push_back(x);
    }
    MapConfig c;
    c.gaussianSigma = 0;
    const std::vector<FeatureTap> taps = {{"a", 4, 4, 1.5}, {"b", 4, 8, 3.5}, {"c", 4, 16, 7.5}};
    const auto m = infer::anomalyMaps(t, r, i, taps, c, {32, 32});
    QCOMPARE(m.fused.sizes().vec(), (std::vector<int64_t>{2, 32, 32}));
    QVERIFY(torch::allclose(m.fused, m.teacherRestoration + m.restorationIdentity));
    // identity == teacher here, so both components are the same distance.
    QVERIFY(torch::allclose(m.teacherRestoration, m.restorationIdentity));
    QVERIFY(torch::equal(m.selected, m.fused));  // the default source is the fused map
    c.source = MapSource::RestorationIdentity;
    c.fusion = MapFusion::Product;
    const auto p = infer::anomalyMaps(t, r, i, taps, c, {32, 32});
    QVERIFY(torch::allclose(p.fused, p.teacherRestoration * p.restorationIdentity));
    QVERIFY(torch::equal(p.selected, p.restorationIdentity));

    // Scale weights multiply each scale's term: {2, 0, 1} = 2 x the finest + the coarsest.
    c = MapConfig{};
    c.gaussianSigma = 0;
    const auto only = [&](std::vector<float> w) {
      c.scaleWeights = std::move(w);
      return infer::anomalyMaps(t, r, i, taps, c, {32, 32}).teacherRestoration;
    };
    const auto finest = only({1, 0, 0}), coarsest = only({0, 0, 1});
    QVERIFY(finest.abs().sum().item<double>() > 0 && coarsest.abs().sum().item<double>() > 0);
    QVERIFY(torch::allclose(only({2, 0, 1}), 2 * finest + coarsest, 1e-5, 1e-6));
    QVERIFY(torch::allclose(only({}), only({1, 1, 1})));
    bool refused = false;
    try {
      only({1, 1});
    } catch (const std::invalid_argument& e) {
      refused = std::string(e.what()).find("scaleWeights") != std::string::npos;
    }
    QVERIFY(refused);
  }
  void networkShapesAndGradients() {
    torch::manual_seed(1);
    const auto config = smallConfig(3);
    nn::MddNet net(config, std::make_shared<mddtest::FakeBackboneImpl>());
    const auto x = torch::rand({2, 3, 64, 64});
    const auto classes = torch::tensor({int64_t{0}, int64_t{2}});
    net->eval();
    const auto f = net->forward(x, classes);
    const std::vector<int64_t> c = {24, 32, 64}, s = {16, 8, 4};
    for (int k = 0; k < 3; ++k) {
      QCOMPARE(f.restored[k].sizes().vec(), (std::vector<int64_t>{2, c[k], s[k], s[k]}));
      QCOMPARE(f.identity[k].sizes().vec(), f.teacher[k].sizes().vec());
    }
    QCOMPARE(f.classLogits.sizes().vec(), (std::vector<int64_t>{2, 3}));
    QVERIFY(torch::equal(f.classes, classes));
    const auto predicted = net->forward(x);
    QVERIFY(torch::equal(predicted.classes, predicted.classLogits.argmax(1)));

    net->train();
    auto mask = torch::zeros({2, 1, 64, 64});
    mask.index_put_({1, 0, torch::indexing::Slice(10, 30), torch::indexing::Slice(10, 30)}, 1.0);
    const auto terms = net->losses(x, x + mask * 0.5, mask, classes);
    const auto& w = config.loss;
    const double expected = item(w.restoration * terms.restoration + w.identity * terms.identity +
                                 w.distillation * terms.distillation +
                                 w.memoryClass * terms.memoryClass +
                                 w.memoryReconstruction * terms.memoryReconstruction);
    QVERIFY(std::abs(item(terms.total) - expected) < 1e-5);
    QVERIFY(item(terms.memoryClass) > 0);
    terms.total.backward();
    for (const auto& item : net->named_parameters()) {
      const auto& name = item.key();
      const auto& p = item.value();
      const bool isTeacher = name.rfind("teacher.", 0) == 0;
      QVERIFY2(isTeacher != (p.grad().defined() && p.grad().abs().sum().item<double>() > 0),
               name.c_str());
    }
    QVERIFY(!net->teacher->is_training());
  }
  // Cause 1 of issue 21: each path's neck is normalised at inference with statistics of the
  // input that path sees in training. With BatchNorm momentum 1 the running mean is the
  // last batch's mean, so after one training step each neck's running mean must equal the
  // mean of its own path's input (memory read-outs for restoration, teacher features for
  // identity). A shared neck fails this: the identity pass overwrites the restoration's.
  void eachNeckKeepsTheStatisticsOfItsOwnPath() {
    for (const bool perPath : {true, false}) {
      torch::manual_seed(5);
      auto config = smallConfig(2);
      config.network.neckPerPath = perPath;
      nn::MddNet net(config, std::make_shared<mddtest::FakeBackboneImpl>());
      QCOMPARE(static_cast<bool>(net->identityNeck), perPath);
      for (const auto& m : net->modules())
        if (auto* bn = m->as<torch::nn::BatchNorm2dImpl>()) bn->options.momentum(1.0);
      const auto normal = torch::rand({2, 3, 64, 64});
      auto mask = torch::zeros({2, 1, 64, 64});
      mask.narrow(2, 8, 20).narrow(3, 8, 20).fill_(1);
      const auto anomalous = normal + mask * 0.7;
      const auto classes = torch::tensor({int64_t{0}, int64_t{1}});
      net->train();
      net->losses(normal, anomalous, mask, classes);

      torch::NoGradGuard noGrad;
      const auto fa = net->teacherFeatures(anomalous);
      const auto fn = net->teacherFeatures(normal);
      std::vector<torch::Tensor> both(3);
      for (int i = 0; i < 3; ++i) both[i] = torch::cat({fa[i], fn[i]}, 0);
      const auto readOuts = net->memory->read(both, torch::cat({classes, classes}, 0));
      const auto batchMean = [](nn::Neck& neck, const std::vector<torch::Tensor>& f) {
        return neck->coarse->conv->forward(f[2]).mean({0, 2, 3});
      };
      nn::Neck& identityNeck = perPath ? net->identityNeck : net->neck;
      const auto restorationGap =
          (net->neck->coarse->bn->running_mean - batchMean(net->neck, readOuts)).abs().max();
      const auto identityGap =
          (identityNeck->coarse->bn->running_mean - batchMean(identityNeck, fa)).abs().max();
      QVERIFY2(item(identityGap) < 1e-5, perPath ? "per path" : "shared");
      if (perPath)
        QVERIFY2(item(restorationGap) < 1e-5, std::to_string(item(restorationGap)).c_str());
      else  // the shared neck holds the identity pass's statistics, far from the read-outs'
        QVERIFY2(item(restorationGap) > 1e-3, std::to_string(item(restorationGap)).c_str());
    }
  }
  // Two ranks as two threads, summing through an in-process rendezvous: outputs, input
  // and weight gradients, and running statistics equal plain BatchNorm over the whole batch.
  void crossRankBatchNormEqualsWholeBatch() {
    torch::manual_seed(4);
    const auto x = torch::randn({4, 3, 5, 5}, torch::kFloat64) * 2 + 1;
    const auto upstream = torch::randn({4, 3, 5, 5}, torch::kFloat64);
    auto makeBn = [] {
      torch::nn::BatchNorm2d bn(3);
      bn->to(torch::kFloat64);
      torch::NoGradGuard g;
      bn->weight.copy_(torch::tensor({0.5, 1.5, -1.0}, torch::kFloat64));
      bn->bias.copy_(torch::tensor({0.1, 0.0, 0.3}, torch::kFloat64));
      return bn;
    };
    auto whole = makeBn();
    const auto xw = x.clone().requires_grad_(true);
    const auto yw = whole(xw);
    (yw * upstream).sum().backward();

    std::mutex mutex;
    std::condition_variable changed;
    torch::Tensor pending;  // the first arrival's share
    int arrived = 0, generation = 0;
    torch::Tensor result;
    const auto sum = std::make_shared<nn::CrossRankSum>([&](torch::Tensor& t) {
      std::unique_lock<std::mutex> lock(mutex);
      const int mine = generation;
      if (arrived == 0) {
        pending = t.clone();
        arrived = 1;
        changed.wait(lock, [&] { return generation != mine; });
        t.copy_(result);
      } else {
        result = pending + t;
        t.copy_(result);
        arrived = 0;
        ++generation;
        changed.notify_all();
      }
    });
    torch::nn::BatchNorm2d bn[2] = {makeBn(), makeBn()};
    torch::Tensor xs[2], ys[2];
    auto rank = [&](int r) {
      xs[r] = x.narrow(0, 2 * r, 2).clone().requires_grad_(true);
      ys[r] = nn::crossRankBatchNorm(xs[r], *bn[r], sum);
      (ys[r] * upstream.narrow(0, 2 * r, 2)).sum().backward();
    };
    std::thread other(rank, 1);
    rank(0);
    other.join();
    QVERIFY(torch::allclose(torch::cat({ys[0], ys[1]}), yw, 1e-10, 1e-10));
    QVERIFY(torch::allclose(torch::cat({xs[0].grad(), xs[1].grad()}), xw.grad(), 1e-10, 1e-10));
    QVERIFY(torch::allclose(bn[0]->weight.grad() + bn[1]->weight.grad(), whole->weight.grad(),
                            1e-10, 1e-10));
    QVERIFY(torch::allclose(bn[0]->bias.grad() + bn[1]->bias.grad(), whole->bias.grad(), 1e-10,
                            1e-10));
    for (int r = 0; r < 2; ++r) {
      QVERIFY(torch::allclose(bn[r]->running_mean, whole->running_mean, 1e-10, 1e-10));
      QVERIFY(torch::allclose(bn[r]->running_var, whole->running_var, 1e-10, 1e-10));
    }
    // Without a sum it is plain BatchNorm.
    auto plain = makeBn();
    QVERIFY(torch::equal(nn::crossRankBatchNorm(x, *plain, nullptr), makeBn()(x)));
  }
  void configJsonRoundTrip() {
    auto c = smallConfig(2);
    c.maps.fusion = MapFusion::NormalisedSum;
    c.maps.scoreRule = ScoreRule::PooledMax;
    c.network.memory.scales = {true, false, true};
    const auto back = modelConfigFromJson(toJson(c));
    QCOMPARE(toJson(back), toJson(c));
    QVERIFY(QString::fromStdString(toJson(c)).contains("\"pooled_max\""));
    // Older files without newer fields load with defaults.
    const auto partial = modelConfigFromJson(R"({"classNames":["a"],"network":{"backbone":"resnet18"}})");
    QCOMPARE(QString::fromStdString(partial.network.backbone), QString("resnet18"));
    QCOMPARE(partial.network.memory.itemsPerClass, 50);
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, modelConfigFromJson("{not json"));
  }
};

QTEST_APPLESS_MAIN(TestNetworkParts)
#include "test_network_parts.moc"
