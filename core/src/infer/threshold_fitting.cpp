// fitModelThresholds: one pass of the model over a split, then a fit per class.
#include <algorithm>
#include <map>

#include "mdd/ground_truth.h"
#include "mdd/fit_thresholds.h"
#include "mdd/image_io.h"

namespace mdd {
namespace {

std::string knownClasses(const Model& model) {
  std::string out;
  for (const auto& n : model.classNames()) out += (out.empty() ? "" : ", ") + n;
  return out;
}

std::vector<std::string> classesToFit(const Model& model, const ThresholdFitOptions& options) {
  if (options.classes.empty()) return model.classNames();
  for (const auto& name : options.classes)
    if (model.classIndex(name) < 0)
      throw std::invalid_argument("unknown class '" + name + "' (the model's classes: " +
                                  knownClasses(model) + ")");
  std::vector<std::string> out;
  for (const auto& name : model.classNames())  // the model's order, each once
    if (std::find(options.classes.begin(), options.classes.end(), name) != options.classes.end())
      out.push_back(name);
  return out;
}

}  // namespace

ThresholdFitResult fitModelThresholds(const Model& model, const Dataset& dataset,
                                      const ThresholdFitOptions& options,
                                      const ProgressFn& progress, const CancelToken& cancel) {
  if (options.batchSize < 1) throw std::invalid_argument("the batch size must be at least 1");
  const auto names = classesToFit(model, options);
  std::map<std::string, ClassEvaluator> evaluators;
  std::vector<Sample> samples;
  for (const auto& name : names) {
    const auto selected = dataset.select(options.split, name);
    if (selected.empty())
      throw std::invalid_argument("class '" + name + "' has no " + splitName(options.split) +
                                  " images to fit thresholds on");
    const bool anyDefect = std::any_of(selected.begin(), selected.end(), [](const Sample& s) {
      return s.isAnomalous || !s.maskPath.empty();
    });
    // Said before the model runs over the split, not after.
    if (options.method.method == ThresholdMethod::F1Optimal && !anyDefect)
      throw std::runtime_error("class '" + name + "' on the " + splitName(options.split) +
                               " split: F1-optimal fitting needs defect images there, and it "
                               "has only normal ones; use max_normal_score or target_fpr");
    samples.insert(samples.end(), selected.begin(), selected.end());
    evaluators.emplace(name, ClassEvaluator(name));
  }

  ThresholdFitResult result;
  const PreprocessConfig pre = model.preprocessing();
  const auto batch = static_cast<std::size_t>(options.batchSize);
  for (std::size_t start = 0; start < samples.size(); start += batch) {
    if (cancel.cancelled()) {
      result.cancelled = true;
      return result;
    }
    const std::size_t end = std::min(samples.size(), start + batch);
    std::vector<cv::Mat> images;
    std::vector<int> classes;
    for (std::size_t i = start; i < end; ++i) {
      images.push_back(readImage(samples[i].path));
      classes.push_back(model.classIndex(samples[i].className));
    }
    const auto results = model.infer(images, classes);
    for (std::size_t i = start; i < end; ++i) {
      const Sample& s = samples[i];
      const GroundTruth truth = groundTruthAtModelSize(s, pre);
      addToEvaluator(evaluators.at(s.className), results[i - start].score,
                     results[i - start].map, truth);
    }
    if (progress) progress(static_cast<long>(end), static_cast<long>(samples.size()));
  }
  for (const auto& name : names) {
    ClassEvaluator& evaluator = evaluators.at(name);
    try {
      result.thresholds.push_back(fitClassThresholds(evaluator, options.method));
    } catch (const std::runtime_error& e) {
      throw std::runtime_error("class '" + name + "' on the " + splitName(options.split) +
                               " split: " + e.what());
    }
    result.metrics.push_back(evaluator.compute());
  }
  return result;
}

}  // namespace mdd
