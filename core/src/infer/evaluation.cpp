// evaluateModel and calibrateModel: the model over a split, metrics per class.
#include <chrono>
#include <map>

#include "mdd/ground_truth.h"
#include "mdd/evaluate.h"
#include "mdd/image_io.h"
#include "mdd/image_prefetch.h"
#include "mdd/train.h"

namespace mdd {
namespace {

struct Pass {
  std::vector<ImageResult> images;
  std::map<std::string, ClassEvaluator> evaluators;
  double teacherRestorationMean = 0, restorationIdentityMean = 0;  // over all pixels
  bool cancelled = false;
};

// Runs `model` over `samples` in batches, collecting results and per-class evaluators
// (maps at model resolution against masks brought into the same geometry).
Pass runOver(const Model& model, const Dataset& dataset, const std::vector<Sample>& samples,
             int batchSize, bool giveClass, double sensitivity, const ProgressFn& progress,
             const CancelToken& cancel) {
  Pass pass;
  const PreprocessConfig pre = model.preprocessing();
  const auto& thresholds = model.metadata().thresholds;
  std::vector<std::string> paths;
  for (const auto& s : samples) paths.push_back(s.path);
  ImagePrefetcher batches(std::move(paths), batchSize);  // decodes batch k+1 during batch k
  for (size_t start = 0; start < samples.size(); start += static_cast<size_t>(batchSize)) {
    if (cancel.cancelled()) {
      pass.cancelled = true;
      break;
    }
    const size_t end = std::min(samples.size(), start + static_cast<size_t>(batchSize));
    std::vector<cv::Mat> images;
    std::vector<int> classes;
    auto batch = batches.next();  // one per loop turn: the same count of batches
    for (auto& item : *batch) {
      if (!item.error.empty()) throw DataError(item.error);
      images.push_back(std::move(item.image));
      classes.push_back(giveClass ? model.classIndex(samples[item.index].className) : -1);
    }
    const auto results = model.infer(images, classes);
    for (size_t i = start; i < end; ++i) {
      const Sample& s = samples[i];
      const InferenceResult& r = results[i - start];
      pass.teacherRestorationMean += cv::mean(r.teacherRestoration)[0] / samples.size();
      pass.restorationIdentityMean += cv::mean(r.restorationIdentity)[0] / samples.size();
      ImageResult out;
      out.path = s.path;
      out.className = s.className;
      out.defectType = s.defectType;
      out.anomalous = s.isAnomalous;
      out.classIndex = model.classIndex(s.className);
      out.usedClass = r.classIndex;
      out.predictedClass = r.predictedClass;
      out.score = r.score;
      if (r.classIndex >= 0 && r.classIndex < static_cast<int>(thresholds.size()) &&
          isDefined(thresholds[r.classIndex].imageThreshold)) {
        out.normalizedScore = normalizedImageScore(r.score, thresholds[r.classIndex]);
        out.verdict = imageVerdict(r.score, thresholds[r.classIndex], sensitivity);
      }
      pass.images.push_back(out);
      const GroundTruth truth = groundTruthAtModelSize(s, pre);
      auto it = pass.evaluators.try_emplace(s.className, s.className).first;
      addToEvaluator(it->second, r.score, r.map, truth);
      (void)dataset;
    }
    if (progress) progress(static_cast<long>(end), static_cast<long>(samples.size()));
  }
  return pass;
}

}  // namespace

EvaluationReport evaluateModel(const Model& model, const Dataset& dataset,
                               const EvaluationOptions& options, const ProgressFn& progress,
                               const CancelToken& cancel) {
  const auto started = std::chrono::steady_clock::now();
  std::vector<Sample> samples;
  for (const auto& s : dataset.samples)
    if (s.split == options.split && model.classIndex(s.className) >= 0) samples.push_back(s);
  Pass pass = runOver(model, dataset, samples, options.batchSize, options.giveClass,
                      options.sensitivity, progress, cancel);
  EvaluationReport report;
  report.cancelled = pass.cancelled;
  for (const auto& name : model.classNames()) {
    auto it = pass.evaluators.find(name);
    if (it != pass.evaluators.end()) report.classes.push_back(it->second.compute());
  }
  report.mean = meanOverClasses(report.classes);
  int correct = 0, known = 0;
  for (const auto& r : pass.images)
    if (r.predictedClass >= 0) {
      ++known;
      correct += r.predictedClass == r.classIndex;
    }
  report.classAccuracy = known ? static_cast<double>(correct) / known : kUndefinedMetric;
  report.images = std::move(pass.images);
  report.seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  return report;
}

void calibrateModel(Model& model, const Dataset& dataset, const ProgressFn& progress,
                    const CancelToken& cancel, int batchSize) {
  std::vector<Sample> samples;
  for (const auto& s : dataset.samples)
    if (s.split == Split::Validation && model.classIndex(s.className) >= 0) samples.push_back(s);
  if (samples.empty())
    throw std::invalid_argument(
        "the dataset has no validation images to fit thresholds on: keep a validation "
        "fraction above 0");
  Pass pass = runOver(model, dataset, samples, batchSize, true, 0.5, progress, cancel);
  if (pass.cancelled) return;
  auto& maps = model.mutableMapConfig().maps;
  if (maps.fusion == MapFusion::NormalisedSum) {
    // Each component divided by its mean on validation images, then scored again.
    maps.teacherRestorationScale = static_cast<float>(std::max(pass.teacherRestorationMean, 1e-12));
    maps.restorationIdentityScale = static_cast<float>(std::max(pass.restorationIdentityMean, 1e-12));
    pass = runOver(model, dataset, samples, batchSize, true, 0.5, progress, cancel);
    if (pass.cancelled) return;
  }
  auto& md = model.metadata();
  md.validationMetrics.clear();
  for (size_t k = 0; k < model.classNames().size(); ++k) {
    const auto& name = model.classNames()[k];
    auto it = pass.evaluators.find(name);
    if (it == pass.evaluators.end())
      throw std::invalid_argument("class '" + name + "' has no validation images");
    ClassEvaluator& ev = it->second;
    const bool hasDefects = std::count(ev.imageLabels().begin(), ev.imageLabels().end(), 1) > 0;
    ThresholdOptions options;
    options.method = hasDefects ? ThresholdMethod::F1Optimal : ThresholdMethod::MaxNormalScore;
    ClassThresholds t = fitClassThresholds(ev, options);
    t.className = name;
    md.thresholds[k] = t;
    md.validationMetrics.push_back(ev.compute());
  }
}

}  // namespace mdd
