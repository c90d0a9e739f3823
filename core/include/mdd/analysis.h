#pragma once
// The memory inspector's numbers (METHOD.md, Fig. 5): a 2-D t-SNE of the CMM memory items,
// how faithful it is (trustworthiness), how well the classes cluster (silhouette,
// Davies-Bouldin) and the split of the items into class-shared and class-specific by the
// entropy of their class probabilities. Torch-free.
//
// Conventions (a later reader must know these):
// - Points are the rows of a FloatMatrix (row-major float32); all arithmetic is double.
// - Each quantity scikit-learn defines follows scikit-learn 1.2 (named per function) and is
//   checked against it (tests/fixtures/analysis). Where scikit-learn breaks ties by an
//   unstable sort, ties are broken here by the lower point index.
// - Undefined scores (one cluster, too few points for the neighbourhood) are NaN, as in
//   mdd/metrics.h, never an exception. Caller mistakes (mismatched sizes, non-finite values,
//   impossible options) throw std::invalid_argument naming the fix.
// - Cosine distance is scikit-learn's: 1 - cos, clipped to [0, 2]; a zero vector is at
//   distance 1 from everything else.
#include <cstddef>
#include <cstdint>
#include <limits>
#include <vector>

#include "mdd/progress.h"

namespace mdd {

// `rows` points of `cols` coordinates each, row-major.
struct FloatMatrix {
  std::size_t rows = 0;
  std::size_t cols = 0;
  std::vector<float> values;  // rows * cols

  FloatMatrix() = default;
  FloatMatrix(std::size_t rowCount, std::size_t colCount);  // zeros
  // Throws std::invalid_argument when the rows differ in length.
  static FloatMatrix fromRows(const std::vector<std::vector<float>>& rowVectors);

  float* row(std::size_t i) { return values.data() + i * cols; }
  const float* row(std::size_t i) const { return values.data() + i * cols; }
  float& at(std::size_t i, std::size_t j) { return values[i * cols + j]; }
  float at(std::size_t i, std::size_t j) const { return values[i * cols + j]; }
  bool empty() const { return rows == 0; }
};

enum class DistanceMetric { Euclidean, Cosine };

// ---------------------------------------------------------------------------------------
// t-SNE (scikit-learn's sklearn.manifold.TSNE, 2 output dimensions)
// ---------------------------------------------------------------------------------------

enum class TsneMethod {
  Auto,       // Exact up to kTsneExactMaxPoints points, else BarnesHut
  Exact,      // O(n^2) per iteration and O(n^2) memory: every pair, dense affinities
  BarnesHut,  // O(n log n): affinities over the 3 * perplexity + 1 nearest neighbours,
              // repulsion summarised by a quadtree
};
inline constexpr std::size_t kTsneExactMaxPoints = 1000;

enum class TsneInit {
  Pca,     // the first two principal components, scaled to std 1e-4 as
           // scikit-learn; falls back to Random when the data has no 2-D spread
  Random,  // 1e-4 * standard normal, from `seed`
};

struct TsneOptions {
  // Effective number of neighbours; must be below the point count (see suitablePerplexity).
  // Above the count of distinct points the affinities simply flatten towards uniform.
  double perplexity = 30.0;
  DistanceMetric metric = DistanceMetric::Euclidean;  // on the input points
  TsneMethod method = TsneMethod::Auto;
  double theta = 0.5;     // Barnes-Hut angle (0: every pair, exact repulsion)
  int iterations = 1000;  // in all, the exaggerated ones included
  int exaggerationIterations = 250;
  double earlyExaggeration = 12.0;
  double learningRate = 0.0;  // <= 0: "auto", max(n / earlyExaggeration / 4, 50)
  TsneInit init = TsneInit::Pca;
  FloatMatrix initialEmbedding;  // points.rows x 2; when given, replaces `init`
  std::uint64_t seed = 0;        // random init (and its fallback); same seed, same bits
  // Stop after this many iterations without a lower KL divergence (checked every 50).
  int iterationsWithoutProgress = 300;
  double minGradientNorm = 1e-7;  // stop when the (gain-scaled) gradient is this small
};

struct TsneResult {
  FloatMatrix embedding;                  // points.rows x 2
  TsneMethod method = TsneMethod::Exact;  // the one that ran (never Auto)
  double learningRate = 0.0;              // the one used
  // KL(P || Q) as last computed (every 50th and the final iteration; Barnes-Hut: its
  // approximation; with the exaggerated P in the exaggeration phase). NaN when none was.
  double klDivergence = std::numeric_limits<double>::quiet_NaN();
  int iterations = 0;  // done: fewer than asked on convergence or cancel
  bool cancelled = false;
};

// The 2-D t-SNE embedding of `points`. Deterministic: the same input and options give the
// same bits, whatever the thread count (OpenCV's pool; every reduction runs in a fixed
// order). Exact duplicate points are embedded once and share their place (gradient descent
// would tear them apart); "n" above counts distinct points. Fewer than 2 distinct points
// (no points, one, or all equal): every point at the origin, no iteration. Progress counts
// iterations (done of options.iterations). On cancel, returns the embedding reached so far
// with cancelled = true. Throws std::invalid_argument for points without columns,
// non-finite values, bad options, or (with something to lay out) perplexity >= the point
// count.
TsneResult tsne(const FloatMatrix& points, const TsneOptions& options,
                const ProgressFn& progress = {}, const CancelToken& cancel = CancelToken());

// `wanted`, lowered to (n - 1) / 3 when n points cannot support it: beyond that the
// Barnes-Hut neighbourhood (3 * perplexity + 1) would exceed the other points.
double suitablePerplexity(std::size_t pointCount, double wanted = 30.0);

// sklearn.manifold.trustworthiness: 1 - 2 / (n k (2n - 3k - 1)) * sum over each point's k
// nearest embedded neighbours of max(0, input-space rank - k). Input distances by
// `metric`, embedded ones Euclidean. NaN when k >= n / 2 (scikit-learn raises there).
double trustworthiness(const FloatMatrix& points, const FloatMatrix& embedding, int neighbors = 5,
                       DistanceMetric metric = DistanceMetric::Euclidean);

// ---------------------------------------------------------------------------------------
// Cluster quality. Labels are any ints, one per point. Both scores are NaN unless there
// are 2 .. n-1 distinct labels (scikit-learn raises there).
// ---------------------------------------------------------------------------------------

// sklearn.metrics.silhouette_score: mean over points of (b - a) / max(a, b); a point alone
// in its cluster, or with a = b = 0, scores 0.
double silhouetteScore(const FloatMatrix& points, const std::vector<int>& labels,
                       DistanceMetric metric = DistanceMetric::Euclidean);

// sklearn.metrics.davies_bouldin_score (Euclidean; lower is better). 0 when every cluster
// is a single repeated point or all centroids coincide, as scikit-learn.
double daviesBouldinScore(const FloatMatrix& points, const std::vector<int>& labels);

// ---------------------------------------------------------------------------------------
// Class-shared / class-specific split (METHOD.md, Fig. 5)
// ---------------------------------------------------------------------------------------

inline constexpr double kClassSharedFraction = 0.1;

struct ItemClassRole {
  double entropy = 0.0;  // of the normalised class probabilities, in nats
  bool classShared = false;
  int mostProbableClass = -1;    // lower class index on ties
  int secondProbableClass = -1;  // -1 with a single class
};

struct EntropySplit {
  std::vector<ItemClassRole> items;      // in input order
  std::vector<std::size_t> sharedItems;  // class-shared item indices, highest entropy first
  // The lowest entropy among the shared items (NaN when none is shared).
  double entropyThreshold = std::numeric_limits<double>::quiet_NaN();
};

// Marks round(sharedFraction * n) items (halves up: 64 items -> 6, 25 -> 3, 4 -> 0) with the
// highest entropy as class-shared; the rest are class-specific. Ties at the boundary go to
// the lower item index, so the count is exact and the split reproducible. Each vector is
// normalised to sum 1 first (a float softmax does not sum to exactly 1), and its entropy is
// summed in sorted order, so items whose vectors are permutations of one another tie
// exactly. With a single class no item is shared. Throws std::invalid_argument for vectors
// of different or zero length, negative or non-finite entries, an all-zero vector, or a
// fraction outside [0, 1].
EntropySplit splitByEntropy(const std::vector<std::vector<float>>& classProbabilities,
                            double sharedFraction = kClassSharedFraction);

}  // namespace mdd
