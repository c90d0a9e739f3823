#pragma once
// The t-SNE objective KL(P || Q) and its gradient for a 2-D embedding, Student-t kernel
// with one degree of freedom: q_ij = (1 + |y_i - y_j|^2)^-1 / Z. Gradients carry
// scikit-learn's factor 4 (2 (dof + 1) / dof).
#include <vector>

#include "analysis/affinities.h"

namespace mdd::analysis {

// `embedding` and `gradient` are n (x, y) pairs; `exaggeration` multiplies P. Return KL
// when `computeError`, else NaN (the log per pair is the expensive part, and the optimiser
// needs it only every 50 iterations).

// Every pair. The gradient is 4 sum_j (a p_ij - q_ij) (1 + d_ij^2)^-1 (y_i - y_j), summed
// as attraction minus repulsion / Z in one pass; the KL floors Q at DBL_EPSILON as
// scikit-learn (the gradient's floor would bind only for points ~1e7 apart).
double exactGradient(const DenseAffinities& p, double exaggeration,
                     const std::vector<double>& embedding, std::vector<double>& gradient,
                     bool computeError);

// Attraction over P's nonzero entries, repulsion from the quadtree's summaries at angle
// `theta` (scikit-learn's _barnes_hut_tsne.gradient). KL over P's nonzero entries with
// both sides floored at FLT_MIN, as scikit-learn.
double barnesHutGradient(const SparseAffinities& p, double exaggeration, double theta,
                         const std::vector<double>& embedding, std::vector<double>& gradient,
                         bool computeError);

}  // namespace mdd::analysis
