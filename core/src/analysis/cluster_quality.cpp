// Silhouette score and Davies-Bouldin index, as scikit-learn 1.2 defines them
// (sklearn/metrics/cluster/_unsupervised.py), including its degenerate-case rules.
#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

#include "analysis/input_checks.h"
#include "analysis/parallel_rows.h"
#include "analysis/point_distances.h"
#include "mdd/analysis.h"

namespace mdd {
namespace {

constexpr double kUndefined = std::numeric_limits<double>::quiet_NaN();
// numpy.allclose(x, 0)'s absolute tolerance, used by davies_bouldin_score.
constexpr double kAllCloseToZero = 1e-8;

// Labels as 0..K-1 in ascending order of the original labels (scikit-learn's LabelEncoder).
struct EncodedLabels {
  std::vector<int> code;          // per point
  std::vector<std::size_t> size;  // per cluster
};

EncodedLabels encodeLabels(const std::vector<int>& labels) {
  std::map<int, int> codeOf;
  for (int label : labels) codeOf.emplace(label, 0);
  int next = 0;
  for (auto& entry : codeOf) entry.second = next++;
  EncodedLabels encoded;
  encoded.size.assign(codeOf.size(), 0);
  for (int label : labels) {
    const int code = codeOf.at(label);
    encoded.code.push_back(code);
    encoded.size[code] += 1;
  }
  return encoded;
}

// Both scores need 2 <= clusters <= n - 1.
bool clusterCountDefined(const EncodedLabels& encoded) {
  return encoded.size.size() >= 2 && encoded.size.size() < encoded.code.size();
}

}  // namespace

double silhouetteScore(const FloatMatrix& points, const std::vector<int>& labels,
                       DistanceMetric metric) {
  analysis::requireOneLabelPerPoint(points, labels, "silhouetteScore");
  analysis::requireFinite(points, "silhouetteScore");
  const EncodedLabels encoded = encodeLabels(labels);
  if (!clusterCountDefined(encoded)) return kUndefined;

  const std::size_t n = points.rows, clusters = encoded.size.size();
  const analysis::PointDistances distances(points, metric);
  std::vector<double> score(n);
  analysis::forEachRowBlock(n, 8, [&](std::size_t begin, std::size_t end) {
    std::vector<double> sumTo(clusters);
    for (std::size_t i = begin; i < end; ++i) {
      std::fill(sumTo.begin(), sumTo.end(), 0.0);
      for (std::size_t j = 0; j < n; ++j) sumTo[encoded.code[j]] += distances.distance(i, j);
      const int own = encoded.code[i];
      const std::size_t ownSize = encoded.size[own];
      if (ownSize == 1) {  // alone in its cluster: scikit-learn scores it 0
        score[i] = 0.0;
        continue;
      }
      const double a = sumTo[own] / static_cast<double>(ownSize - 1);
      double b = std::numeric_limits<double>::infinity();
      for (std::size_t c = 0; c < clusters; ++c) {
        if (static_cast<int>(c) != own) {
          b = std::min(b, sumTo[c] / static_cast<double>(encoded.size[c]));
        }
      }
      const double larger = std::max(a, b);
      score[i] = larger > 0.0 ? (b - a) / larger : 0.0;  // a = b = 0: 0, as scikit-learn
    }
  });
  double sum = 0.0;
  for (double s : score) sum += s;
  return sum / static_cast<double>(n);
}

double daviesBouldinScore(const FloatMatrix& points, const std::vector<int>& labels) {
  analysis::requireOneLabelPerPoint(points, labels, "daviesBouldinScore");
  analysis::requireFinite(points, "daviesBouldinScore");
  const EncodedLabels encoded = encodeLabels(labels);
  if (!clusterCountDefined(encoded)) return kUndefined;

  const std::size_t n = points.rows, d = points.cols, clusters = encoded.size.size();
  std::vector<double> centroid(clusters * d, 0.0);
  for (std::size_t i = 0; i < n; ++i) {
    for (std::size_t c = 0; c < d; ++c) centroid[encoded.code[i] * d + c] += points.at(i, c);
  }
  for (std::size_t k = 0; k < clusters; ++k) {
    for (std::size_t c = 0; c < d; ++c) centroid[k * d + c] /= static_cast<double>(encoded.size[k]);
  }
  const auto euclidean = [d](const double* a, const double* b) {
    double sum = 0.0;
    for (std::size_t c = 0; c < d; ++c) sum += (a[c] - b[c]) * (a[c] - b[c]);
    return std::sqrt(sum);
  };
  // Mean distance of each cluster's points to its centroid.
  std::vector<double> spread(clusters, 0.0), row(d);
  for (std::size_t i = 0; i < n; ++i) {
    std::copy(points.row(i), points.row(i) + d, row.begin());
    spread[encoded.code[i]] += euclidean(row.data(), centroid.data() + encoded.code[i] * d);
  }
  for (std::size_t k = 0; k < clusters; ++k) spread[k] /= static_cast<double>(encoded.size[k]);

  std::vector<double> separation(clusters * clusters);
  for (std::size_t a = 0; a < clusters; ++a) {
    for (std::size_t b = 0; b < clusters; ++b) {
      separation[a * clusters + b] = euclidean(centroid.data() + a * d, centroid.data() + b * d);
    }
  }
  const auto closeToZero = [](const std::vector<double>& values) {
    return std::all_of(values.begin(), values.end(),
                       [](double v) { return std::abs(v) <= kAllCloseToZero; });
  };
  if (closeToZero(spread) || closeToZero(separation)) return 0.0;

  double sum = 0.0;
  for (std::size_t a = 0; a < clusters; ++a) {
    double worst = 0.0;  // coinciding centroids count as infinitely far apart (ratio 0)
    for (std::size_t b = 0; b < clusters; ++b) {
      const double apart = separation[a * clusters + b];
      if (apart != 0.0) worst = std::max(worst, (spread[a] + spread[b]) / apart);
    }
    sum += worst;
  }
  return sum / static_cast<double>(clusters);
}

}  // namespace mdd
