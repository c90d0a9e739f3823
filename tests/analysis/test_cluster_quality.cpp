// Silhouette, Davies-Bouldin and trustworthiness against scikit-learn 1.2
// (tests/fixtures/analysis, scripts/fixtures/make_analysis_fixtures.py), hand-checked
// small cases, and the degenerate-input rules of mdd/analysis.h.
#include <QtTest>

#include <cmath>
#include <stdexcept>

#include "analysis_fixtures.h"
#include "mdd/analysis.h"

namespace {

using analysistest::json;
constexpr double kFixtureTolerance = 1e-6;  // the brief's bound; differences are ~1e-15

}  // namespace

class TestAnalysisClusterQuality : public QObject {
  Q_OBJECT
  json clusterCases_, trust_;
  double worstSilhouette_ = 0, worstDaviesBouldin_ = 0, worstTrust_ = 0;

 private Q_SLOTS:
  void initTestCase() {
    clusterCases_ = analysistest::loadFixture("cluster_quality_cases.json").at("cases");
    trust_ = analysistest::loadFixture("trustworthiness_cases.json");
  }

  void clusterScoresMatchScikitLearn_data() {
    QTest::addColumn<int>("index");
    for (std::size_t i = 0; i < clusterCases_.size(); ++i) {
      QTest::newRow(clusterCases_[i]["name"].get<std::string>().c_str()) << static_cast<int>(i);
    }
  }
  void clusterScoresMatchScikitLearn() {
    QFETCH(int, index);
    const json& c = clusterCases_[index];
    const mdd::FloatMatrix points = analysistest::matrixFrom(c["points"]);
    const auto labels = c["labels"].get<std::vector<int>>();
    EXPECT_CLOSE("silhouette (euclidean)", mdd::silhouetteScore(points, labels),
                 c["silhouette_euclidean"], kFixtureTolerance, &worstSilhouette_);
    EXPECT_CLOSE("silhouette (cosine)",
                 mdd::silhouetteScore(points, labels, mdd::DistanceMetric::Cosine),
                 c["silhouette_cosine"], kFixtureTolerance, &worstSilhouette_);
    EXPECT_CLOSE("Davies-Bouldin", mdd::daviesBouldinScore(points, labels), c["davies_bouldin"],
                 kFixtureTolerance, &worstDaviesBouldin_);
  }

  void trustworthinessMatchesScikitLearn_data() {
    QTest::addColumn<int>("index");
    for (std::size_t i = 0; i < trust_["cases"].size(); ++i) {
      QTest::newRow(trust_["cases"][i]["name"].get<std::string>().c_str()) << static_cast<int>(i);
    }
  }
  void trustworthinessMatchesScikitLearn() {
    QFETCH(int, index);
    const json& c = trust_["cases"][index];
    const mdd::FloatMatrix points = analysistest::matrixFrom(trust_["points"]);
    const mdd::FloatMatrix embedding =
        analysistest::matrixFrom(trust_["embeddings"][c["embedding"].get<std::string>()]);
    EXPECT_CLOSE("trustworthiness",
                 mdd::trustworthiness(points, embedding, c["neighbors"].get<int>(),
                                      analysistest::metricFrom(c["metric"])),
                 c["trustworthiness"], kFixtureTolerance, &worstTrust_);
  }

  void handCheckedSilhouetteAndDaviesBouldin() {
    // 1-D clusters {0, 1} and {10, 12}. Point 0: a = 1, b = 11 -> 10/11; point 1: a = 1,
    // b = 10 -> 9/10; point 10: a = 2, b = 9.5 -> 7.5/9.5; point 12: a = 2, b = 11.5 ->
    // 9.5/11.5.
    const mdd::FloatMatrix points = mdd::FloatMatrix::fromRows({{0}, {1}, {10}, {12}});
    const double silhouette = (10.0 / 11 + 9.0 / 10 + 7.5 / 9.5 + 9.5 / 11.5) / 4;
    QVERIFY(std::abs(mdd::silhouetteScore(points, {3, 3, 5, 5}) - silhouette) < 1e-14);
    // Spreads 0.5 and 1, centroids 0.5 and 11: both clusters' worst ratio is 1.5 / 10.5.
    QVERIFY(std::abs(mdd::daviesBouldinScore(points, {3, 3, 5, 5}) - 1.5 / 10.5) < 1e-14);
  }

  void perfectEmbeddingIsFullyTrustworthy() {
    mdd::FloatMatrix points(30, 3);
    for (std::size_t i = 0; i < 30; ++i) {
      points.at(i, 0) = static_cast<float>(i * i % 17);
      points.at(i, 1) = static_cast<float>(i) * 0.37f;
    }
    mdd::FloatMatrix embedding(30, 2);  // the same points, scaled: the same neighbours
    for (std::size_t i = 0; i < 30; ++i) {
      embedding.at(i, 0) = 2 * points.at(i, 0);
      embedding.at(i, 1) = 2 * points.at(i, 1);
    }
    QCOMPARE(mdd::trustworthiness(points, embedding, 5), 1.0);
  }

  void undefinedScoresAreNaN() {
    const mdd::FloatMatrix points = mdd::FloatMatrix::fromRows({{0, 1}, {2, 3}, {4, 5}, {1, 1}});
    QVERIFY(std::isnan(mdd::silhouetteScore(points, {1, 1, 1, 1})));  // one cluster
    QVERIFY(std::isnan(mdd::daviesBouldinScore(points, {1, 1, 1, 1})));
    QVERIFY(std::isnan(mdd::silhouetteScore(points, {0, 1, 2, 3})));  // n clusters
    QVERIFY(std::isnan(mdd::daviesBouldinScore(points, {0, 1, 2, 3})));
    QVERIFY(std::isnan(mdd::silhouetteScore(mdd::FloatMatrix(), {})));  // no points
    QVERIFY(std::isnan(mdd::trustworthiness(points, points, 2)));       // k >= n / 2
    QVERIFY(!std::isnan(mdd::trustworthiness(mdd::FloatMatrix::fromRows({{0}, {1}, {3}, {6}, {10}}),
                                             mdd::FloatMatrix::fromRows({{0}, {1}, {3}, {6}, {10}}),
                                             2)));  // 2 < 5 / 2
  }

  void callerMistakesThrow() {
    const mdd::FloatMatrix points = mdd::FloatMatrix::fromRows({{0, 1}, {2, 3}, {4, 5}});
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, mdd::silhouetteScore(points, {0, 1}));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, mdd::daviesBouldinScore(points, {0}));
    mdd::FloatMatrix broken = points;
    broken.at(1, 1) = NAN;
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, mdd::silhouetteScore(broken, {0, 0, 1}));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, mdd::trustworthiness(broken, points, 1));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                             mdd::trustworthiness(points, mdd::FloatMatrix(2, 2), 1));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, mdd::trustworthiness(points, points, 0));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, mdd::FloatMatrix::fromRows({{1, 2}, {3}}));
  }

  void cleanupTestCase() {
    qInfo(
        "largest differences from scikit-learn: silhouette %.3g, Davies-Bouldin %.3g, "
        "trustworthiness %.3g",
        worstSilhouette_, worstDaviesBouldin_, worstTrust_);
  }
};

QTEST_APPLESS_MAIN(TestAnalysisClusterQuality)
#include "test_cluster_quality.moc"
