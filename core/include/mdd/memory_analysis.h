#pragma once
// The memory inspector's table (METHOD.md, Fig. 5) for one model: every CMM memory item
// with its class probabilities, entropy, class-shared / class-specific role and 2-D t-SNE
// position, plus per-scale cluster quality. Items of each teacher scale form their own
// t-SNE (their vectors have the scale's width). Shared by the CLI and the GUI. Torch-free.
#include <cstdint>
#include <limits>
#include <vector>

#include "mdd/analysis.h"
#include "mdd/model.h"
#include "mdd/progress.h"

namespace mdd {

struct MemoryAnalysisOptions {
  double sharedFraction = kClassSharedFraction;  // per scale: the highest-entropy items
  bool embed = true;         // run t-SNE (the slow part)
  double perplexity = 30.0;  // lowered per scale by suitablePerplexity
  int iterations = 1000;
  std::uint64_t seed = 0;
};

struct MemoryItemView {
  MemoryItem item;
  ItemClassRole role;  // entropy, classShared, most and second most probable class
  float x = std::numeric_limits<float>::quiet_NaN();  // t-SNE, NaN without embedding
  float y = std::numeric_limits<float>::quiet_NaN();
};

struct MemoryScaleSummary {
  int scale = 0;
  std::size_t items = 0, sharedItems = 0;
  double entropyThreshold = kUndefinedMetric;  // lowest entropy among the shared items
  // Of the t-SNE points labelled by owner class (NaN without embedding or with one class).
  double silhouette = kUndefinedMetric, daviesBouldin = kUndefinedMetric;
  double trustworthiness = kUndefinedMetric;  // of the embedding against the item vectors
};

struct MemoryAnalysis {
  std::vector<MemoryItemView> items;  // scale by scale, in Model::memoryItems() order
  std::vector<MemoryScaleSummary> scales;
  bool cancelled = false;
};

// Throws std::invalid_argument when the model has no memory (MemoryConfig::enabled off).
// Progress counts t-SNE iterations over all scales.
MemoryAnalysis analyzeMemory(const Model& model, const MemoryAnalysisOptions& options,
                             const ProgressFn& progress = {}, const CancelToken& cancel = CancelToken());

}  // namespace mdd
