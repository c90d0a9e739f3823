// t-SNE's parts against scikit-learn 1.2 (tests/fixtures/analysis/tsne_reference.json, made
// by scripts/fixtures/make_analysis_fixtures.py): calibrated affinities, the exact and
// Barnes-Hut objectives and gradients, the gradient-descent rule, and the quality of whole
// runs from the same initial embedding.
#include <QtTest>

#include <algorithm>
#include <cmath>

#include "analysis/affinities.h"
#include "analysis/point_distances.h"
#include "analysis/quad_tree.h"
#include "analysis/tsne_gradient.h"
#include "analysis/tsne_optimizer.h"
#include "analysis_fixtures.h"
#include "mdd/analysis.h"

namespace {

using analysistest::json;
using mdd::analysis::DenseAffinities;
using mdd::analysis::SparseAffinities;

std::vector<double> flatten(const json& rows) {
  std::vector<double> flat;
  for (const auto& row : rows) {
    for (const auto& v : row) flat.push_back(v.get<double>());
  }
  return flat;
}

DenseAffinities denseFrom(const json& rows) { return {rows.size(), flatten(rows)}; }

SparseAffinities sparseFrom(const json& rows) {
  SparseAffinities p;
  p.count = rows.size();
  p.rowStart.push_back(0);
  for (const auto& row : rows) {
    for (std::size_t j = 0; j < row.size(); ++j) {
      if (row[j].get<double>() == 0.0) continue;
      p.column.push_back(j);
      p.value.push_back(row[j].get<double>());
    }
    p.rowStart.push_back(p.column.size());
  }
  return p;
}

std::vector<double> toDense(const SparseAffinities& p) {
  std::vector<double> dense(p.count * p.count, 0.0);
  for (std::size_t i = 0; i < p.count; ++i) {
    for (std::size_t e = p.rowStart[i]; e < p.rowStart[i + 1]; ++e) {
      dense[i * p.count + p.column[e]] = p.value[e];
    }
  }
  return dense;
}

// The largest |a - b| relative to the largest |b|.
double relativeError(const std::vector<double>& a, const std::vector<double>& b) {
  double error = 0.0, scale = 0.0;
  for (std::size_t k = 0; k < b.size(); ++k) {
    error = std::max(error, std::abs(a[k] - b[k]));
    scale = std::max(scale, std::abs(b[k]));
  }
  return error / scale;
}

}  // namespace

class TestAnalysisTsneReference : public QObject {
  Q_OBJECT
  json ref_;

 private Q_SLOTS:
  void initTestCase() { ref_ = analysistest::loadFixture("tsne_reference.json"); }

  void affinitiesMatchScikitLearn_data() {
    QTest::addColumn<QString>("metric");
    QTest::newRow("euclidean") << "euclidean";
    QTest::newRow("cosine") << "cosine";
  }
  void affinitiesMatchScikitLearn() {
    QFETCH(QString, metric);
    const json& a = ref_["affinities"];
    const mdd::analysis::PointDistances distances(analysistest::matrixFrom(a["points"]),
                                                  analysistest::metricFrom(metric.toStdString()));
    const double perplexity = a["perplexity"].get<double>();
    const json& expected = a[metric.toStdString()];
    // scikit-learn's conditional probabilities are float32: ~1e-7 relative.
    const double exactError = relativeError(mdd::analysis::exactAffinities(distances, perplexity).p,
                                            flatten(expected["exact"]));
    const SparseAffinities sparse = mdd::analysis::neighborAffinities(distances, perplexity);
    const std::vector<double> reference = flatten(expected["neighbors"]);
    const std::vector<double> dense = toDense(sparse);
    for (std::size_t k = 0; k < reference.size(); ++k) {  // the same neighbour graph
      QVERIFY2((dense[k] == 0.0) == (reference[k] == 0.0), qPrintable(QString::number(k)));
    }
    const double neighborError = relativeError(dense, reference);
    qInfo("%s P: exact %.3g, nearest-neighbour %.3g relative to the largest entry",
          qPrintable(metric), exactError, neighborError);
    QVERIFY2(exactError < 1e-6, qPrintable(QString::number(exactError)));
    QVERIFY2(neighborError < 1e-6, qPrintable(QString::number(neighborError)));
  }

  void exactObjectiveMatchesScikitLearn() {
    const json& o = ref_["objective"];
    const DenseAffinities p = denseFrom(ref_["affinities"]["euclidean"]["exact"]);
    const std::vector<double> y = flatten(o["embedding"]);
    std::vector<double> gradient;
    const double kl =
        mdd::analysis::exactGradient(p, o["exaggeration"].get<double>(), y, gradient, true);
    const double klError = std::abs(kl - o["exact"]["kl"].get<double>());
    const double gradientError = relativeError(gradient, flatten(o["exact"]["gradient"]));
    qInfo("exact objective: KL %.10g (error %.3g), gradient relative error %.3g", kl, klError,
          gradientError);
    QVERIFY(klError < 1e-9);
    QVERIFY(gradientError < 1e-9);
    std::vector<double> again;
    QVERIFY(std::isnan(mdd::analysis::exactGradient(p, 12.0, y, again, false)));
    QCOMPARE(again, gradient);
  }

  void barnesHutObjectiveMatchesScikitLearn_data() {
    QTest::addColumn<double>("theta");
    QTest::newRow("theta 0.5") << 0.5;
    QTest::newRow("theta 0") << 0.0;
  }
  void barnesHutObjectiveMatchesScikitLearn() {
    QFETCH(double, theta);
    const json& o = ref_["objective"];
    const json& expected = o[theta == 0.0 ? "barnes_hut_theta_0.0" : "barnes_hut_theta_0.5"];
    const SparseAffinities p = sparseFrom(ref_["affinities"]["euclidean"]["neighbors"]);
    const std::vector<double> y = flatten(o["embedding"]);
    std::vector<double> gradient;
    const double kl = mdd::analysis::barnesHutGradient(p, o["exaggeration"].get<double>(), theta, y,
                                                       gradient, true);
    // scikit-learn runs Barnes-Hut in float32; the same tree gives the same summaries.
    const double klError = std::abs(kl - expected["kl"].get<double>()) / std::abs(kl);
    const double gradientError = relativeError(gradient, flatten(expected["gradient"]));
    qInfo(
        "Barnes-Hut objective, theta %.1f: KL %.8g (relative error %.3g), gradient "
        "relative error %.3g",
        theta, kl, klError, gradientError);
    QVERIFY(klError < 1e-5);
    QVERIFY(gradientError < 1e-4);
  }

  void barnesHutAtThetaZeroIsExact() {
    // theta 0 opens every cell: the repulsion is the exact sum over all pairs.
    const json& o = ref_["objective"];
    const SparseAffinities sparse = sparseFrom(ref_["affinities"]["euclidean"]["neighbors"]);
    const DenseAffinities dense{sparse.count, toDense(sparse)};
    const std::vector<double> y = flatten(o["embedding"]);
    std::vector<double> treeGradient, exactGradient;
    mdd::analysis::barnesHutGradient(sparse, 12.0, 0.0, y, treeGradient, false);
    mdd::analysis::exactGradient(dense, 12.0, y, exactGradient, false);
    QVERIFY(relativeError(treeGradient, exactGradient) < 1e-12);
  }

  void quadTreeCountsEveryPointOnce() {
    const std::vector<double> y = flatten(ref_["objective"]["embedding"]);
    const std::size_t n = y.size() / 2;
    const mdd::analysis::QuadTree tree(y.data(), n);
    // A cell holding the query point is never summarised while theta^2 < 1/2 (the point is
    // within a diagonal of its barycenter), so the query point itself is never counted.
    for (double theta : {0.0, 0.3, 0.5, 0.7}) {
      for (std::size_t i = 0; i < n; ++i) {
        double count = 0;
        tree.summarize(y.data() + 2 * i, theta * theta,
                       [&](const mdd::analysis::QuadTreeSummary& s) { count += s.count; });
        QCOMPARE(count, static_cast<double>(n - 1));  // all but the query point
      }
    }
  }

  void descentFollowsScikitLearn_data() {
    QTest::addColumn<QString>("phase");
    QTest::newRow("exploration: 15 exaggerated iterations from 1e-4") << "exploration";
    QTest::newRow("convergence: iterations 1000 to 1200") << "convergence";
  }
  void descentFollowsScikitLearn() {
    QFETCH(QString, phase);
    const json& d = ref_["descent"];
    const json& expected = d[phase.toStdString()];
    const DenseAffinities p = denseFrom(ref_["affinities"]["euclidean"]["exact"]);
    const bool exploring = phase == "exploration";
    const double exaggeration = exploring ? expected["exaggeration"].get<double>() : 1.0;
    const mdd::analysis::TsneObjective objective = [&](const std::vector<double>& y,
                                                       std::vector<double>& gradient, bool error) {
      return mdd::analysis::exactGradient(p, exaggeration, y, gradient, error);
    };
    mdd::analysis::DescentPhase descent;
    descent.learningRate = d["learning_rate"].get<double>();
    descent.momentum = expected["momentum"].get<double>();
    std::vector<double> y;
    if (exploring) {
      descent.endIteration = expected["iterations"].get<int>();
      descent.iterationsWithoutProgress = 250;
      y = flatten(d["initial_embedding"]);
    } else {
      descent.firstIteration = expected["first_iteration"].get<int>();
      descent.endIteration = expected["end_iteration"].get<int>();
      y = flatten(expected["start"]);
    }
    int calls = 0;
    const mdd::analysis::DescentOutcome outcome =
        mdd::analysis::runDescentPhase(objective, descent, y, [&](int) { return ++calls > 0; });
    QCOMPARE(outcome.nextIteration, descent.endIteration);
    QCOMPARE(calls, descent.endIteration - descent.firstIteration);
    QVERIFY(!outcome.stopped);
    const double embeddingError = relativeError(y, flatten(expected["embedding"]));
    const double klError = std::abs(outcome.klDivergence - expected["kl"].get<double>()) /
                           expected["kl"].get<double>();
    qInfo("%s: embedding relative error %.3g, KL %.10g (relative error %.3g)", qPrintable(phase),
          embeddingError, outcome.klDivergence, klError);
    QVERIFY(embeddingError < 1e-9);
    QVERIFY(klError < 1e-9);
  }

  void runQualityMatchesScikitLearn_data() {
    QTest::addColumn<QString>("method");
    QTest::newRow("exact") << "exact";
    QTest::newRow("barnes-hut") << "barnes_hut";
  }
  void runQualityMatchesScikitLearn() {
    // The trajectories part within ~30 iterations (the chaos of the exaggerated phase), so
    // the runs end in different local optima: compare their quality, not their layout.
    // (Perturbing the initial embedding by 1e-9 moves scikit-learn's own final KL over
    // 0.250 .. 0.272 on this data.)
    QFETCH(QString, method);
    const json& runs = ref_["runs"];
    const json& expected = runs[method.toStdString()];
    const mdd::FloatMatrix points = analysistest::matrixFrom(runs["points"]);
    const auto labels = runs["labels"].get<std::vector<int>>();
    mdd::TsneOptions options;
    options.perplexity = runs["perplexity"].get<double>();
    options.method = method == "exact" ? mdd::TsneMethod::Exact : mdd::TsneMethod::BarnesHut;
    options.initialEmbedding = analysistest::matrixFrom(runs["initial_embedding"]);
    const mdd::TsneResult result = mdd::tsne(points, options);
    QCOMPARE(result.iterations, expected["iterations"].get<int>());
    const double trust = mdd::trustworthiness(points, result.embedding, 5);
    const double silhouette = mdd::silhouetteScore(result.embedding, labels);
    const double kl = expected["kl_divergence"].get<double>();
    qInfo(
        "%s: trustworthiness %.4f (scikit-learn %.4f), silhouette %.4f (%.4f), KL %.5f "
        "(%.5f)",
        qPrintable(method), trust, expected["trustworthiness"].get<double>(), silhouette,
        expected["silhouette"].get<double>(), result.klDivergence, kl);
    QVERIFY(trust >= expected["trustworthiness"].get<double>() - 0.01);
    QVERIFY(silhouette >= expected["silhouette"].get<double>() - 0.05);
    QVERIFY2(std::abs(result.klDivergence - kl) <= 0.1 * kl,
             qPrintable(QString("KL %1, scikit-learn %2").arg(result.klDivergence).arg(kl)));
  }
};

QTEST_APPLESS_MAIN(TestAnalysisTsneReference)
#include "test_tsne_reference.moc"
