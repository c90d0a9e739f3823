#pragma once
// The memory analysis as CSV (one row per item) and JSON (items plus per-scale summary).
#include <string>
#include <vector>

#include "mdd/memory_analysis.h"

namespace mdd::cli {

// item,scale,owner_class,most_probable_class,second_class,entropy,role,p_<class>...,
// tsne_x,tsne_y (role: shared or specific; t-SNE columns empty when not computed)
std::string memoryCsv(const MemoryAnalysis& analysis, const std::vector<std::string>& classNames);
// {"classes": [...], "scales": [{scale, items, shared_items, entropy_threshold, silhouette,
//  davies_bouldin, trustworthiness}], "items": [{..., "probabilities": [...], "tsne": [x, y],
//  "vector": [...] only with `withVectors`}]}
std::string memoryJson(const MemoryAnalysis& analysis, const std::vector<std::string>& classNames,
                       bool withVectors);
// The per-scale summary as text lines.
std::string memorySummary(const MemoryAnalysis& analysis);

}  // namespace mdd::cli
