// t-SNE behaviour: it separates well-separated clusters (exact and Barnes-Hut alike), is
// bit-reproducible, honours the metric, reports progress and cancels, and handles the
// degenerate inputs mdd/analysis.h promises to handle.
#include <QtTest>

#include <cmath>
#include <cstring>
#include <random>
#include <stdexcept>

#include <opencv2/core/utility.hpp>

#include "mdd/analysis.h"

namespace {

struct LabelledPoints {
  mdd::FloatMatrix points;
  std::vector<int> labels;
};

// `clusters` Gaussian blobs of unit spread whose centres lie `separation` apart on
// orthogonal axes: well separated for separation >> sqrt(2 dims).
LabelledPoints gaussianClusters(int clusters, int perCluster, int dims, float separation,
                                unsigned seed) {
  std::mt19937 engine(seed);
  std::normal_distribution<float> normal;
  LabelledPoints data{mdd::FloatMatrix(clusters * perCluster, dims), {}};
  for (int c = 0; c < clusters; ++c) {
    for (int i = 0; i < perCluster; ++i) {
      const std::size_t row = static_cast<std::size_t>(c * perCluster + i);
      for (int d = 0; d < dims; ++d) data.points.at(row, d) = normal(engine);
      data.points.at(row, c % dims) += separation;
      data.labels.push_back(c);
    }
  }
  return data;
}

bool sameBits(const mdd::FloatMatrix& a, const mdd::FloatMatrix& b) {
  return a.rows == b.rows && a.cols == b.cols &&
         std::memcmp(a.values.data(), b.values.data(), a.values.size() * sizeof(float)) == 0;
}

bool allFinite(const mdd::FloatMatrix& m) {
  for (float v : m.values) {
    if (!std::isfinite(v)) return false;
  }
  return true;
}

mdd::TsneOptions optionsFor(mdd::TsneMethod method, double perplexity = 30.0) {
  mdd::TsneOptions options;
  options.method = method;
  options.perplexity = perplexity;
  return options;
}

}  // namespace

class TestAnalysisTsne : public QObject {
  Q_OBJECT
  LabelledPoints clusters_ = gaussianClusters(5, 30, 50, 12.0f, 1);
  mdd::TsneResult exact_, barnesHut_;

 private Q_SLOTS:
  void initTestCase() {
    exact_ = mdd::tsne(clusters_.points, optionsFor(mdd::TsneMethod::Exact));
    barnesHut_ = mdd::tsne(clusters_.points, optionsFor(mdd::TsneMethod::BarnesHut));
  }

  void separatesWellSeparatedClusters_data() {
    QTest::addColumn<bool>("exact");
    QTest::newRow("exact") << true;
    QTest::newRow("barnes-hut") << false;
  }
  void separatesWellSeparatedClusters() {
    QFETCH(bool, exact);
    const mdd::TsneResult& result = exact ? exact_ : barnesHut_;
    QCOMPARE(result.method, exact ? mdd::TsneMethod::Exact : mdd::TsneMethod::BarnesHut);
    QCOMPARE(result.embedding.rows, clusters_.points.rows);
    QCOMPARE(result.embedding.cols, std::size_t{2});
    QCOMPARE(result.iterations, 1000);
    QVERIFY(!result.cancelled && allFinite(result.embedding));
    const double trust = mdd::trustworthiness(clusters_.points, result.embedding, 5);
    const double silhouette = mdd::silhouetteScore(result.embedding, clusters_.labels);
    const double daviesBouldin = mdd::daviesBouldinScore(result.embedding, clusters_.labels);
    qInfo(
        "%s: trustworthiness %.4f, silhouette %.4f (input %.4f), Davies-Bouldin %.4f, "
        "KL %.4f",
        exact ? "exact" : "Barnes-Hut", trust, silhouette,
        mdd::silhouetteScore(clusters_.points, clusters_.labels), daviesBouldin,
        result.klDivergence);
    QVERIFY2(trust >= 0.9, qPrintable(QString::number(trust)));
    QVERIFY2(silhouette >= 0.7, qPrintable(QString::number(silhouette)));
    QVERIFY2(daviesBouldin <= 0.5, qPrintable(QString::number(daviesBouldin)));
  }

  void barnesHutIsCloseToExact() {
    const double trustExact = mdd::trustworthiness(clusters_.points, exact_.embedding, 5);
    const double trustBh = mdd::trustworthiness(clusters_.points, barnesHut_.embedding, 5);
    QVERIFY2(std::abs(trustExact - trustBh) <= 0.02,
             qPrintable(QString("%1 vs %2").arg(trustExact).arg(trustBh)));
    QVERIFY2(
        std::abs(exact_.klDivergence - barnesHut_.klDivergence) <= 0.1 * exact_.klDivergence,
        qPrintable(QString("KL %1 vs %2").arg(exact_.klDivergence).arg(barnesHut_.klDivergence)));
  }

  void sameSeedGivesSameBits_data() {
    QTest::addColumn<int>("method");
    QTest::addColumn<int>("init");
    QTest::newRow("exact, pca") << int(mdd::TsneMethod::Exact) << int(mdd::TsneInit::Pca);
    QTest::newRow("exact, random") << int(mdd::TsneMethod::Exact) << int(mdd::TsneInit::Random);
    QTest::newRow("barnes-hut, random")
        << int(mdd::TsneMethod::BarnesHut) << int(mdd::TsneInit::Random);
  }
  void sameSeedGivesSameBits() {
    QFETCH(int, method);
    QFETCH(int, init);
    mdd::TsneOptions options = optionsFor(static_cast<mdd::TsneMethod>(method));
    options.init = static_cast<mdd::TsneInit>(init);
    options.iterations = 300;
    options.seed = 42;
    const mdd::TsneResult first = mdd::tsne(clusters_.points, options);
    // Thread count must not matter: every reduction runs in a fixed order.
    const int threads = cv::getNumThreads();
    cv::setNumThreads(1);
    const mdd::TsneResult single = mdd::tsne(clusters_.points, options);
    cv::setNumThreads(threads);
    const mdd::TsneResult again = mdd::tsne(clusters_.points, options);
    QVERIFY(sameBits(first.embedding, again.embedding));
    QVERIFY(sameBits(first.embedding, single.embedding));
    QCOMPARE(first.klDivergence, again.klDivergence);
    if (options.init == mdd::TsneInit::Random) {
      options.seed = 43;
      QVERIFY(!sameBits(first.embedding, mdd::tsne(clusters_.points, options).embedding));
    }
  }

  void cosineMetricFollowsDirections() {
    // Three directions, each point at a random length from 0.2 to 5: by cosine three tight
    // clusters; by Euclidean distance long overlapping rays through the origin.
    std::mt19937 engine(7);
    std::uniform_real_distribution<float> length(0.2f, 5.0f);
    std::normal_distribution<float> noise(0.0f, 0.05f);
    mdd::FloatMatrix points(90, 10);
    std::vector<int> labels;
    for (std::size_t i = 0; i < 90; ++i) {
      const int direction = static_cast<int>(i % 3);
      const float scale = length(engine);
      for (std::size_t d = 0; d < 10; ++d) {
        const float base = (d % 3 == static_cast<std::size_t>(direction)) ? 1.0f : 0.2f;
        points.at(i, d) = scale * (base + noise(engine));
      }
      labels.push_back(direction);
    }
    mdd::TsneOptions options = optionsFor(mdd::TsneMethod::Exact, 15.0);
    options.metric = mdd::DistanceMetric::Cosine;
    const mdd::TsneResult cosine = mdd::tsne(points, options);
    options.metric = mdd::DistanceMetric::Euclidean;
    const mdd::TsneResult euclidean = mdd::tsne(points, options);
    const double silhouetteCosine = mdd::silhouetteScore(cosine.embedding, labels);
    const double silhouetteEuclidean = mdd::silhouetteScore(euclidean.embedding, labels);
    const double trust =
        mdd::trustworthiness(points, cosine.embedding, 5, mdd::DistanceMetric::Cosine);
    qInfo(
        "directions: silhouette %.3f by cosine, %.3f by Euclidean; cosine trustworthiness "
        "%.4f",
        silhouetteCosine, silhouetteEuclidean, trust);
    QVERIFY(silhouetteCosine >= 0.7);
    QVERIFY(silhouetteCosine > silhouetteEuclidean + 0.2);
    QVERIFY(trust >= 0.9);
  }

  void reportsProgressAndCancels() {
    mdd::TsneOptions options = optionsFor(mdd::TsneMethod::BarnesHut);
    std::vector<long> done;
    long lastTotal = -1;
    mdd::tsne(clusters_.points, options, [&](long d, long total) {
      done.push_back(d);
      lastTotal = total;
    });
    QCOMPARE(lastTotal, 1000L);
    QCOMPARE(done.front(), 0L);
    QCOMPARE(done.back(), 1000L);
    QVERIFY(std::is_sorted(done.begin(), done.end()));

    mdd::CancelToken cancel;
    const mdd::TsneResult cancelled = mdd::tsne(
        clusters_.points, options,
        [&](long d, long) {
          if (d >= 100) cancel.cancel();
        },
        cancel);
    QVERIFY(cancelled.cancelled);
    QVERIFY2(cancelled.iterations >= 100 && cancelled.iterations <= 101,
             qPrintable(QString::number(cancelled.iterations)));
    QCOMPARE(cancelled.embedding.rows, clusters_.points.rows);
    QVERIFY(allFinite(cancelled.embedding));
  }

  void stopsWhenTheGradientVanishes() {
    // Checks fall on every 50th iteration, per phase: with any gradient "small enough", the
    // exaggerated phase stops at its first check (50) and the second phase at its (100).
    mdd::TsneOptions options = optionsFor(mdd::TsneMethod::Exact);
    options.minGradientNorm = 1e30;
    long lastDone = -1;
    const mdd::TsneResult result =
        mdd::tsne(clusters_.points, options, [&](long done, long) { lastDone = done; });
    QCOMPARE(result.iterations, 100);
    QCOMPARE(lastDone, 1000L);  // progress still ends at its total
    QVERIFY(!std::isnan(result.klDivergence));
  }

  void learningRateAndMethodFollowTheSize() {
    mdd::TsneOptions options;
    options.iterations = 0;
    QCOMPARE(mdd::tsne(clusters_.points, options).learningRate, 50.0);  // 150 / 48 < 50
    QCOMPARE(mdd::tsne(clusters_.points, options).method, mdd::TsneMethod::Exact);
    const LabelledPoints many = gaussianClusters(4, 1200, 2, 10.0f, 3);
    const mdd::TsneResult big = mdd::tsne(many.points, options);
    QCOMPARE(big.learningRate, 4800.0 / 12.0 / 4.0);
    QCOMPARE(big.method, mdd::TsneMethod::BarnesHut);
    options.learningRate = 123.0;
    QCOMPARE(mdd::tsne(clusters_.points, options).learningRate, 123.0);
  }

  void zeroIterationsReturnTheInitialEmbedding() {
    mdd::TsneOptions options;
    options.iterations = 0;
    options.initialEmbedding = mdd::FloatMatrix(clusters_.points.rows, 2);
    for (std::size_t i = 0; i < clusters_.points.rows; ++i) {
      options.initialEmbedding.at(i, 0) = static_cast<float>(i);
      options.initialEmbedding.at(i, 1) = -static_cast<float>(i) / 3.0f;
    }
    const mdd::TsneResult result = mdd::tsne(clusters_.points, options);
    QVERIFY(sameBits(result.embedding, options.initialEmbedding));
    QCOMPARE(result.iterations, 0);
    QVERIFY(std::isnan(result.klDivergence));
  }

  void duplicatePointsCoincide_data() {
    QTest::addColumn<int>("method");
    QTest::newRow("exact") << int(mdd::TsneMethod::Exact);
    QTest::newRow("barnes-hut") << int(mdd::TsneMethod::BarnesHut);
  }
  void duplicatePointsCoincide() {
    QFETCH(int, method);
    LabelledPoints data = gaussianClusters(3, 20, 8, 10.0f, 5);
    for (std::size_t i = 0; i < 60; i += 4) {  // every 4th point repeats the next one
      std::copy(data.points.row(i + 1), data.points.row(i + 1) + 8, data.points.row(i));
    }
    mdd::TsneOptions options = optionsFor(static_cast<mdd::TsneMethod>(method), 10.0);
    options.iterations = 500;
    const mdd::TsneResult result = mdd::tsne(data.points, options);
    QVERIFY(allFinite(result.embedding));
    for (std::size_t i = 0; i < 60; i += 4) {
      QCOMPARE(result.embedding.at(i, 0), result.embedding.at(i + 1, 0));
      QCOMPARE(result.embedding.at(i, 1), result.embedding.at(i + 1, 1));
      QVERIFY(result.embedding.at(i, 0) != result.embedding.at(i + 2, 0));
    }
    QVERIFY(mdd::silhouetteScore(result.embedding, data.labels) > 0.7);
  }

  void fewerThanTwoDistinctPointsSitAtTheOrigin() {
    mdd::FloatMatrix same(20, 4);
    for (float& v : same.values) v = 3.5f;
    mdd::TsneOptions options;  // perplexity 30: not checked when there is nothing to lay out
    for (const mdd::FloatMatrix& points : {mdd::FloatMatrix(), mdd::FloatMatrix(1, 3), same}) {
      const mdd::TsneResult result = mdd::tsne(points, options);
      QCOMPARE(result.embedding.rows, points.rows);
      QCOMPARE(result.embedding.cols, std::size_t{2});
      for (float v : result.embedding.values) QCOMPARE(v, 0.0f);
      QCOMPARE(result.iterations, 0);
      QVERIFY(!result.cancelled);
    }
  }

  void pcaInitFallsBackToRandomOnFlatData() {
    // Points on one line (exactly: small integers) have no second principal component:
    // PCA init falls back to the random init of the same seed, so both give the same bits.
    mdd::FloatMatrix line(40, 5);
    for (std::size_t i = 0; i < 40; ++i) {
      for (std::size_t d = 0; d < 5; ++d) line.at(i, d) = static_cast<float>(i * (d + 1));
    }
    mdd::TsneOptions options;
    options.perplexity = 10.0;
    options.iterations = 300;
    options.seed = 3;
    const mdd::TsneResult pca = mdd::tsne(line, options);
    options.init = mdd::TsneInit::Random;
    QVERIFY(sameBits(pca.embedding, mdd::tsne(line, options).embedding));
    QVERIFY(allFinite(pca.embedding));
  }

  void twoPointsWork() {
    mdd::TsneOptions options;
    options.perplexity = 1.0;
    const mdd::TsneResult result =
        mdd::tsne(mdd::FloatMatrix::fromRows({{0, 0, 1}, {1, 2, 3}}), options);
    QVERIFY(allFinite(result.embedding));
    QCOMPARE(result.embedding.rows, std::size_t{2});
  }

  void perplexityMustFitThePointCount() {
    const LabelledPoints few = gaussianClusters(2, 5, 3, 10.0f, 9);
    mdd::TsneOptions options;  // perplexity 30 for 10 points
    try {
      mdd::tsne(few.points, options);
      QFAIL("perplexity 30 for 10 points was accepted");
    } catch (const std::invalid_argument& e) {
      QVERIFY2(QString(e.what()).contains("suitablePerplexity"), e.what());
    }
    QCOMPARE(mdd::suitablePerplexity(10), 3.0);
    QCOMPARE(mdd::suitablePerplexity(1000), 30.0);
    QCOMPARE(mdd::suitablePerplexity(1000, 50.0), 50.0);
    options.perplexity = mdd::suitablePerplexity(10);
    for (mdd::TsneMethod method : {mdd::TsneMethod::Exact, mdd::TsneMethod::BarnesHut}) {
      options.method = method;
      const mdd::TsneResult result = mdd::tsne(few.points, options);
      QVERIFY(allFinite(result.embedding));
      QVERIFY(mdd::silhouetteScore(result.embedding, few.labels) > 0.5);
    }
  }

  void badInputThrows() {
    const mdd::TsneOptions defaults;
    mdd::TsneOptions small = defaults;
    small.perplexity = 1.0;
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, mdd::tsne(mdd::FloatMatrix(5, 0), small));
    mdd::FloatMatrix broken = clusters_.points;
    broken.at(3, 3) = INFINITY;
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, mdd::tsne(broken, defaults));
    mdd::TsneOptions options = defaults;
    options.initialEmbedding = mdd::FloatMatrix(clusters_.points.rows, 3);
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, mdd::tsne(clusters_.points, options));
    options = defaults;
    options.theta = -0.5;
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, mdd::tsne(clusters_.points, options));
    options = defaults;
    options.perplexity = 0.0;
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, mdd::tsne(clusters_.points, options));
    options = defaults;
    options.iterations = -1;
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, mdd::tsne(clusters_.points, options));
  }
};

QTEST_APPLESS_MAIN(TestAnalysisTsne)
#include "test_tsne.moc"
