// Where feature cells sit on the input (FeatureTap::offset) and the maps built on it.
//
// The catalogue's offsets are checked against each real backbone's receptive fields, found
// independently of the padding arithmetic: a NaN in one input column spreads through
// convolutions, ReLU, max and average pooling to exactly the cells whose receptive field
// holds that column. Binary searches find the first and last columns that reach an
// interior cell; the middle of that range is the cell's centre (every kernel is symmetric).
#include <QtTest>

#include <cmath>

#include "infer/anomaly_maps.h"
#include "mdd/backbones.h"
#include "nn/backbones/backbone.h"
#include "nn/tap_geometry.h"

using namespace mdd;

namespace {

// Whether a NaN in input column x reaches cell `cell` (on the middle row) of tap `tapIndex`.
bool columnReaches(nn::BackboneImpl& net, int64_t size, int64_t x, int tapIndex, int64_t cell) {
  auto input = torch::zeros({1, 3, size, size});
  input.index_put_({torch::indexing::Slice(), torch::indexing::Slice(), torch::indexing::Slice(),
                    x},
                   std::nan(""));
  const auto f = net.forward(input)[static_cast<size_t>(tapIndex)];
  const int64_t row = f.size(2) / 2;
  return torch::isnan(f.index({0, torch::indexing::Slice(), row, cell})).any().item<bool>();
}

// The receptive field's centre of `cell` along x, in input pixels.
double receptiveFieldCentre(nn::BackboneImpl& net, int64_t size, int tapIndex, int64_t cell,
                            double guess) {
  const auto inside = static_cast<int64_t>(std::lround(guess));
  if (!columnReaches(net, size, inside, tapIndex, cell)) return -1;
  int64_t lo = 0, hi = inside;  // first reaching column in [lo, hi]
  while (lo < hi) {
    const int64_t mid = (lo + hi) / 2;
    if (columnReaches(net, size, mid, tapIndex, cell)) hi = mid;
    else lo = mid + 1;
  }
  const int64_t first = lo;
  lo = inside;
  hi = size - 1;  // last reaching column in [lo, hi]
  while (lo < hi) {
    const int64_t mid = (lo + hi + 1) / 2;
    if (columnReaches(net, size, mid, tapIndex, cell)) lo = mid;
    else hi = mid - 1;
  }
  if (first == 0 || lo == size - 1)
    qWarning("receptive field of cell %ld reaches the image edge: enlarge the input",
             static_cast<long>(cell));
  return 0.5 * static_cast<double>(first + lo);
}

}  // namespace

class TestTapGeometry : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  void weightsPlaceCellsOnTheirCentres() {
    const nn::CellGrid tap = nn::cellGrid(FeatureTap{"t", 1, 16, 21});
    const auto up = nn::cellToPixelWeights(14, 256, tap);
    QCOMPARE(up.sizes().vec(), (std::vector<int64_t>{256, 14}));
    QVERIFY(torch::allclose(up.sum(1), torch::ones({256})));
    for (int64_t j = 0; j < 14; ++j) {  // the pixel under cell j's centre is cell j alone
      const int64_t p = 16 * j + 21;
      QCOMPARE(up[p][j].item<float>(), 1.f);
    }
    QCOMPARE(up[29][0].item<float>(), 0.5f);  // half way between cells 0 and 1
    QCOMPARE(up[29][1].item<float>(), 0.5f);
    QCOMPARE(up[0][0].item<float>(), 1.f);     // before the first centre: the first cell
    QCOMPARE(up[255][13].item<float>(), 1.f);  // after the last centre (229): the last cell

    const auto down = nn::pixelToCellWeights(256, 14, tap);
    QVERIFY(torch::allclose(down.sum(1), torch::ones({14})));
    // Cell 1 (centre 37) averages pixels 29..44, its 16-pixel window.
    for (int64_t p = 0; p < 256; ++p)
      QCOMPARE(down[1][p].item<float>(), p >= 29 && p <= 44 ? 1.f / 16 : 0.f);
    QCOMPARE(down[0][13].item<float>(), 1.f / 16);  // cell 0: pixels 13..28
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, nn::cellGrid(FeatureTap{"none", 1, 0, 0}));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, nn::cellToPixelWeights(4, 8, nn::CellGrid{0, 0}));
    // The stretched grid reproduces a bilinear resize (align_corners = false) exactly.
    const auto cells = torch::rand({1, 7, 5});
    const auto bilinear = torch::nn::functional::interpolate(
        cells.unsqueeze(1), torch::nn::functional::InterpolateFuncOptions()
                                .size(std::vector<int64_t>{56, 40})
                                .mode(torch::kBilinear)
                                .align_corners(false)).squeeze(1);
    QCOMPARE(nn::stretchedGrid(7, 56).stride, 8.0);
    const auto rows = nn::cellToPixelWeights(7, 56, nn::stretchedGrid(7, 56));
    const auto cols = nn::cellToPixelWeights(5, 40, nn::stretchedGrid(5, 40));
    QVERIFY(torch::allclose(torch::matmul(torch::matmul(rows, cells), cols.t()), bilinear, 1e-5,
                            1e-6));
  }

  // A single anomalous cell of InceptionV3's mixed4 peaks at its receptive field's centre,
  // not where a bilinear stretch of the 14 cells over 256 pixels would put it.
  void mapsPeakUnderTheAnomalousCell() {
    const auto& taps = backboneInfo("inception_v3").taps;
    std::vector<torch::Tensor> a, b;
    for (int64_t n : {60, 29, 14}) {
      a.push_back(torch::ones({1, 4, n, n}));
      b.push_back(torch::ones({1, 4, n, n}));
    }
    b[2].index_put_({0, torch::indexing::Slice(), 2, 11}, -1.0);  // cell (2, 11) of mixed4
    const auto map = infer::scaleSummedDistance(a, b, taps, {256, 256})[0];
    const auto peak = map.argmax().item<int64_t>();
    QCOMPARE(peak / 256, int64_t(16 * 2 + 21));
    QCOMPARE(peak % 256, int64_t(16 * 11 + 21));
    QCOMPARE(map.max().item<float>(), 2.f);  // 1 - cos = 2 right on it

    auto mask = torch::zeros({1, 256, 256});
    mask.index_put_({0, torch::indexing::Slice(16 * 2 + 21 - 8, 16 * 2 + 21 + 8),
                     torch::indexing::Slice(16 * 11 + 21 - 8, 16 * 11 + 21 + 8)},
                    1.0);
    const auto cells = nn::pixelsToCells(mask, taps[2], {14, 14});
    QCOMPARE(cells.sum().item<float>(), 1.f);  // the whole window belongs to that one cell
    QCOMPARE(cells[0][2][11].item<float>(), 1.f);
  }

  // Letterboxed input: cells that sit on the border (large distances there, as untrained
  // border cells have) do not leak into the image's pixels.
  void borderCellsDoNotLeakIntoTheImage() {
    const std::vector<FeatureTap> taps = {{"a", 4, 4, 1.5}, {"b", 4, 8, 3.5}, {"c", 4, 16, 7.5}};
    std::vector<torch::Tensor> a, b;
    for (int64_t n : {16, 8, 4}) {
      a.push_back(torch::ones({1, 4, n, n}));
      auto far = torch::ones({1, 4, n, n});
      far.narrow(2, n / 2, n / 2).mul_(-1);  // the lower half of the cells: distance 2
      b.push_back(far);
    }
    auto content = torch::zeros({1, 64, 64});
    content.narrow(1, 0, 32).fill_(1);  // the image is the upper half, the rest border
    const auto plain = infer::scaleSummedDistance(a, b, taps, {64, 64});
    const auto masked = infer::scaleSummedDistance(a, b, taps, {64, 64},
                                                   CellPlacement::ReceptiveField, content);
    const auto image = masked[0].narrow(0, 0, 32);
    QVERIFY(plain[0].narrow(0, 0, 32).max().item<float>() > 1.f);  // leaks without content
    QCOMPARE(image.max().item<float>(), 0.f);                       // none with it
  }

  // Each catalogue offset against the real network's receptive fields (random weights).
  void offsetsMatchReceptiveFields_data() {
    QTest::addColumn<QString>("backbone");
    QTest::addColumn<int>("size");
    QTest::newRow("inception_v3") << "inception_v3" << 384;
    QTest::newRow("mobilenet_v2") << "mobilenet_v2" << 256;
    QTest::newRow("resnet18") << "resnet18" << 256;
  }
  void offsetsMatchReceptiveFields() {
    QFETCH(QString, backbone);
    QFETCH(int, size);
    torch::manual_seed(0);
    auto net = nn::createBackbone(backbone.toStdString());
    net->eval();
    torch::NoGradGuard noGrad;
    const auto& taps = net->info().taps;
    const auto shapes = net->forward(torch::zeros({1, 3, size, size}));
    for (int t = 0; t < 3; ++t) {
      const int64_t cell = shapes[static_cast<size_t>(t)].size(3) / 2;
      const double claimed = taps[static_cast<size_t>(t)].stride * double(cell) +
                             taps[static_cast<size_t>(t)].offset;
      const double measured = receptiveFieldCentre(*net, size, t, cell, claimed);
      qInfo("%s %s cell %ld: centre %.1f measured, %.1f from the catalogue",
            qPrintable(backbone), taps[static_cast<size_t>(t)].layer.c_str(),
            static_cast<long>(cell), measured, claimed);
      QCOMPARE(measured, claimed);
    }
  }
};

QTEST_APPLESS_MAIN(TestTapGeometry)
#include "test_tap_geometry.moc"
