// The class-shared / class-specific split of METHOD.md Fig. 5 on hand-made probability
// vectors: entropies, the 10% count, tie rules, the two most probable classes, errors.
#include <QtTest>

#include <cmath>
#include <stdexcept>

#include "mdd/analysis.h"

Q_DECLARE_METATYPE(std::vector<std::vector<float>>)

namespace {

// An item sure of `cls` among `classes` (probability `certainty`, the rest spread evenly).
std::vector<float> confident(int cls, int classes, float certainty) {
  std::vector<float> p(classes, (1.0f - certainty) / static_cast<float>(classes - 1));
  p[cls] = certainty;
  return p;
}

// Entropy (nats) of weights normalised to sum 1.
double entropyOf(const std::vector<double>& weights) {
  double total = 0.0, h = 0.0;
  for (double w : weights) total += w;
  for (double w : weights) {
    if (w > 0) h -= w / total * std::log(w / total);
  }
  return h;
}

}  // namespace

class TestAnalysisEntropySplit : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void entropiesAreInNats() {
    const mdd::EntropySplit split = mdd::splitByEntropy(
        {{0.25f, 0.25f, 0.25f, 0.25f}, {1, 0, 0, 0}, {0.5f, 0.5f, 0, 0}, {0.7f, 0.2f, 0.1f, 0}});
    QCOMPARE(split.items.size(), std::size_t{4});
    QVERIFY(std::abs(split.items[0].entropy - std::log(4.0)) < 1e-12);
    QCOMPARE(split.items[1].entropy, 0.0);
    QVERIFY(std::abs(split.items[2].entropy - std::log(2.0)) < 1e-12);
    const double expected = entropyOf({0.7f, 0.2f, 0.1f});  // the float values, normalised
    QVERIFY2(std::abs(split.items[3].entropy - expected) < 1e-12,
             qPrintable(QString::number(split.items[3].entropy, 'g', 17)));
  }

  void topTenPercentAreShared() {
    // 20 items: 2 shared. Items 5 and 13 are the least certain, 13 less than 5.
    std::vector<std::vector<float>> items;
    for (int i = 0; i < 20; ++i) items.push_back(confident(i % 4, 4, 0.9f - 0.01f * (i % 3)));
    items[5] = {0.4f, 0.35f, 0.15f, 0.1f};
    items[13] = {0.3f, 0.1f, 0.32f, 0.28f};
    const mdd::EntropySplit split = mdd::splitByEntropy(items);
    QCOMPARE(split.sharedItems, (std::vector<std::size_t>{13, 5}));
    int shared = 0;
    for (const auto& item : split.items) shared += item.classShared ? 1 : 0;
    QCOMPARE(shared, 2);
    QVERIFY(split.items[13].classShared && split.items[5].classShared);
    QCOMPARE(split.entropyThreshold, split.items[5].entropy);
    // Shared items keep their two most probable classes; specific ones their class.
    QCOMPARE(split.items[13].mostProbableClass, 2);
    QCOMPARE(split.items[13].secondProbableClass, 0);
    QCOMPARE(split.items[5].mostProbableClass, 0);
    QCOMPARE(split.items[5].secondProbableClass, 1);
    QCOMPARE(split.items[6].mostProbableClass, 2);
    QVERIFY(!split.items[6].classShared);
  }

  void sharedCountRoundsHalvesUp_data() {
    QTest::addColumn<int>("items");
    QTest::addColumn<int>("shared");
    QTest::newRow("4 items") << 4 << 0;
    QTest::newRow("5 items") << 5 << 1;  // 0.5 rounds up
    QTest::newRow("14 items") << 14 << 1;
    QTest::newRow("15 items") << 15 << 2;
    QTest::newRow("25 items") << 25 << 3;
    QTest::newRow("30 items") << 30 << 3;  // 0.1 * 30 is 3.0000000000000004 in double
    QTest::newRow("64 items") << 64 << 6;
    QTest::newRow("300 items") << 300 << 30;
  }
  void sharedCountRoundsHalvesUp() {
    QFETCH(int, items);
    QFETCH(int, shared);
    std::vector<std::vector<float>> probabilities;
    for (int i = 0; i < items; ++i) {
      probabilities.push_back(confident(i % 3, 3, 0.5f + 0.4f * i / items));
    }
    QCOMPARE(static_cast<int>(mdd::splitByEntropy(probabilities).sharedItems.size()), shared);
  }

  void boundaryTiesGoToLowerIndex() {
    // 10 items, 1 shared; items 3, 6 and 8 tie for the highest entropy, their vectors being
    // permutations of one another (the entropy sum is order-free, so they tie exactly).
    std::vector<std::vector<float>> items(10, confident(0, 3, 0.95f));
    items[8] = {0.2f, 0.3f, 0.5f};
    items[3] = {0.5f, 0.2f, 0.3f};
    items[6] = {0.3f, 0.5f, 0.2f};
    const mdd::EntropySplit split = mdd::splitByEntropy(items);
    QCOMPARE(split.items[3].entropy, split.items[6].entropy);
    QCOMPARE(split.items[3].entropy, split.items[8].entropy);
    QCOMPARE(split.sharedItems, std::vector<std::size_t>{3});
    // With 20% shared, the next tied item by index joins.
    QCOMPARE(mdd::splitByEntropy(items, 0.2).sharedItems, (std::vector<std::size_t>{3, 6}));
  }

  void classTiesGoToLowerIndex() {
    const mdd::EntropySplit split =
        mdd::splitByEntropy({{0.2f, 0.4f, 0.4f}, {1.0f, 1.0f, 1.0f}, {0.1f, 0.2f, 0.7f}});
    QCOMPARE(split.items[0].mostProbableClass, 1);
    QCOMPARE(split.items[0].secondProbableClass, 2);
    QCOMPARE(split.items[1].mostProbableClass, 0);
    QCOMPARE(split.items[1].secondProbableClass, 1);
    QCOMPARE(split.items[2].secondProbableClass, 1);
  }

  void unnormalisedVectorsAreNormalised() {
    // Weights 1:3:1 at two scales (all exact in binary): both normalise to the doubles
    // nearest 0.2, 0.6, 0.2, so the entropies agree to the bit.
    const mdd::EntropySplit split =
        mdd::splitByEntropy({{1.0f, 3.0f, 1.0f}, {0.25f, 0.75f, 0.25f}});
    QCOMPARE(split.items[0].entropy, split.items[1].entropy);
    QVERIFY(std::abs(split.items[0].entropy - entropyOf({0.2, 0.6, 0.2})) < 1e-15);
  }

  void singleClassSharesNothing() {
    const mdd::EntropySplit split = mdd::splitByEntropy({{1.0f}, {1.0f}, {1.0f}, {1.0f}, {1.0f}});
    QVERIFY(split.sharedItems.empty());
    QVERIFY(std::isnan(split.entropyThreshold));
    QCOMPARE(split.items[4].mostProbableClass, 0);
    QCOMPARE(split.items[4].secondProbableClass, -1);
  }

  void emptyInputGivesEmptySplit() {
    const mdd::EntropySplit split = mdd::splitByEntropy({});
    QVERIFY(split.items.empty() && split.sharedItems.empty());
  }

  void badInputThrows_data() {
    QTest::addColumn<std::vector<std::vector<float>>>("items");
    QTest::addColumn<double>("fraction");
    QTest::newRow("ragged") << std::vector<std::vector<float>>{{0.5f, 0.5f}, {1.0f}} << 0.1;
    QTest::newRow("no classes") << std::vector<std::vector<float>>{{}, {}} << 0.1;
    QTest::newRow("negative") << std::vector<std::vector<float>>{{1.2f, -0.2f}} << 0.1;
    QTest::newRow("NaN") << std::vector<std::vector<float>>{{NAN, 0.5f}} << 0.1;
    QTest::newRow("all zero") << std::vector<std::vector<float>>{{0.0f, 0.0f}} << 0.1;
    QTest::newRow("fraction > 1") << std::vector<std::vector<float>>{{0.5f, 0.5f}} << 1.5;
    QTest::newRow("fraction NaN") << std::vector<std::vector<float>>{{0.5f, 0.5f}} << double(NAN);
  }
  void badInputThrows() {
    QFETCH(std::vector<std::vector<float>>, items);
    QFETCH(double, fraction);
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, mdd::splitByEntropy(items, fraction));
  }
};

QTEST_APPLESS_MAIN(TestAnalysisEntropySplit)
#include "test_entropy_split.moc"
