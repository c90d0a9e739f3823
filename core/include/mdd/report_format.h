#pragma once
// Evaluation results as files for people and programs: the per-class metric table as CSV,
// Markdown or JSON, and the whole evaluation (with per-image results) as JSON. (formatMetricsTable in metrics.h is the
// plain-text table.) Torch-free.
//
// CSV and JSON hold the metrics as fractions in [0, 1] at full precision, undefined ones
// empty / null; Markdown shows them x100 with two decimals and "-", like the text table.
// Every table has one row per class, then a "mean" row (meanOverClasses) when there is
// more than one class.
#include <string>
#include <vector>

#include "mdd/evaluate.h"
#include "mdd/metrics.h"

namespace mdd {

std::string metricsCsv(const std::vector<ClassMetrics>& classes);
std::string metricsMarkdown(const std::vector<ClassMetrics>& classes);
// {"classes": [{"class": ..., "i_auroc": ..., ...}, ...], "mean": {...}}
std::string metricsJson(const std::vector<ClassMetrics>& classes);

// The metrics JSON plus "split", "class_accuracy", "seconds" and "images": one object per
// image with path, class, defect_type, anomalous, predicted_class (the memory's choice,
// null without memory), score, normalized_score, verdict. classNames: the model's.
std::string evaluationJson(const EvaluationReport& report, Split split,
                           const std::vector<std::string>& classNames);

// RFC 4180 quoting: a field with a comma, quote or line break is quoted, quotes doubled.
std::string csvField(const std::string& text);

}  // namespace mdd
