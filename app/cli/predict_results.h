#pragma once
// predict's per-image results, as CSV or JSON.
#include <string>

#include "text_output.h"

namespace mdd::cli {

struct PredictionRow {
  std::string path;
  std::string className;       // the class whose memory and thresholds were used
  bool classGiven = false;     // false: the memory chose it
  std::string predictedClass;  // the memory's own choice (empty without memory)
  double classProbability = 0; // of predictedClass
  double score = 0;            // raw image score
  double normalizedScore = 0;  // operator score in [0, 1]
  std::string verdict;         // good, defect, needs_review; "error" when unreadable
  std::string overlay;         // written file, relative to the output folder, or empty
  std::string mask;            // likewise
  std::string error;           // why the image gave no result
};

// Writes the rows as they come, so that memory does not grow with the number of images:
// CSV (path,class,class_given,predicted_class,class_probability,score,normalized_score,
// verdict,overlay,mask,error) or JSON ({"model": ..., "results": [{...}, ...],
// "sensitivity": ...}, indented by two), to `out`. finish() closes the table or document.
class PredictionWriter {
 public:
  PredictionWriter(TextOutputStream& out, bool json, const std::string& modelPath,
                   double sensitivity);
  void add(const PredictionRow& row);
  void finish();

 private:
  TextOutputStream& out_;
  bool json_;
  std::string sensitivity_;
  bool empty_ = true;
};

}  // namespace mdd::cli
