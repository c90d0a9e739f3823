#include "mdd/ground_truth.h"

#include "mdd/image_io.h"

namespace mdd {

GroundTruth groundTruthAtModelSize(const Sample& sample, const PreprocessConfig& preprocessing) {
  GroundTruth truth;
  if (!sample.maskPath.empty()) {
    truth.mask = preprocessMask(readMask(sample.maskPath, sample.maskRule), preprocessing);
    truth.label = ImageLabel::FromMask;
  } else {
    truth.label = sample.isAnomalous ? ImageLabel::Defect : ImageLabel::Normal;
  }
  return truth;
}

}  // namespace mdd
