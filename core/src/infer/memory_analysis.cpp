// analyzeMemory: the CMM items, their entropy split and t-SNE, scale by scale.
#include "mdd/memory_analysis.h"

#include <functional>
#include <map>
#include <stdexcept>

namespace mdd {
namespace {

void embedScale(const std::vector<std::size_t>& members, MemoryAnalysis& out,
                MemoryScaleSummary& summary, const MemoryAnalysisOptions& options,
                const std::function<void(long)>& progress, const CancelToken& cancel) {
  std::vector<std::vector<float>> vectors;
  std::vector<int> owners;
  for (std::size_t i : members) {
    vectors.push_back(out.items[i].item.vector);
    owners.push_back(out.items[i].item.ownerClass);
  }
  const FloatMatrix points = FloatMatrix::fromRows(vectors);
  TsneOptions tsneOptions;
  tsneOptions.perplexity = suitablePerplexity(points.rows, options.perplexity);
  tsneOptions.metric = DistanceMetric::Cosine;  // the memory addresses its items by cosine
  tsneOptions.iterations = options.iterations;
  tsneOptions.seed = options.seed;
  const TsneResult result = tsne(
      points, tsneOptions, [&](long done, long) { progress(done); }, cancel);
  if (result.cancelled) {
    out.cancelled = true;
    return;
  }
  for (std::size_t k = 0; k < members.size(); ++k) {
    out.items[members[k]].x = result.embedding.at(k, 0);
    out.items[members[k]].y = result.embedding.at(k, 1);
  }
  summary.silhouette = silhouetteScore(result.embedding, owners);
  summary.daviesBouldin = daviesBouldinScore(result.embedding, owners);
  summary.trustworthiness = trustworthiness(points, result.embedding, 5, DistanceMetric::Cosine);
}

}  // namespace

MemoryAnalysis analyzeMemory(const Model& model, const MemoryAnalysisOptions& options,
                             const ProgressFn& progress, const CancelToken& cancel) {
  if (!model.config().network.memory.enabled)
    throw std::invalid_argument("the model has no class-aware memory (it was trained with the "
                                "memory switched off)");
  MemoryAnalysis out;
  std::map<int, std::vector<std::size_t>> byScale;
  for (auto& item : model.memoryItems()) {
    byScale[item.scale].push_back(out.items.size());
    MemoryItemView view;
    view.item = std::move(item);
    out.items.push_back(std::move(view));
  }
  const long totalIterations =
      options.embed ? static_cast<long>(byScale.size()) * options.iterations : 0;
  long scalesDone = 0;
  for (const auto& [scale, members] : byScale) {
    MemoryScaleSummary summary;
    summary.scale = scale;
    summary.items = members.size();
    std::vector<std::vector<float>> probabilities;
    for (std::size_t i : members) probabilities.push_back(out.items[i].item.classProbabilities);
    const EntropySplit split = splitByEntropy(probabilities, options.sharedFraction);
    for (std::size_t k = 0; k < members.size(); ++k) out.items[members[k]].role = split.items[k];
    summary.sharedItems = split.sharedItems.size();
    summary.entropyThreshold = split.entropyThreshold;
    if (options.embed && members.size() >= 2) {
      const auto report = [&](long done) {
        if (progress) progress(scalesDone * options.iterations + done, totalIterations);
      };
      embedScale(members, out, summary, options, report, cancel);
      if (out.cancelled) return out;
    }
    ++scalesDone;
    out.scales.push_back(summary);
  }
  return out;
}

}  // namespace mdd
