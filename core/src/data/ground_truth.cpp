#include "mdd/ground_truth.h"

#include "mdd/image_io.h"

namespace mdd {

GroundTruth groundTruthAtModelSize(const Sample& sample, const PreprocessConfig& preprocessing) {
  GroundTruth truth;
  truth.content = resizeGeometry(readImageSize(sample.path), preprocessing).targetRect;
  if (!sample.maskPath.empty()) {
    truth.mask = preprocessMask(readMask(sample.maskPath, sample.maskRule), preprocessing);
  }
  // EVALUATION.md: a defect if the mask has any defect pixel or the folder says defect (an
  // empty mask in a defect folder, or a defect too small to survive resizing, still counts).
  if (sample.isAnomalous) truth.label = ImageLabel::Defect;
  else truth.label = truth.mask.empty() ? ImageLabel::Normal : ImageLabel::FromMask;
  return truth;
}

void addToEvaluator(ClassEvaluator& evaluator, float score, const cv::Mat& modelMap,
                    const GroundTruth& truth) {
  // A defect image without a mask (a dataset labelled per image): its pixels' truth is
  // unknown, so it takes part in the image metrics only.
  if (truth.label == ImageLabel::Defect && truth.mask.empty()) {
    evaluator.addImageOnly(score, true);
    return;
  }
  const cv::Rect all(0, 0, modelMap.cols, modelMap.rows);
  if (truth.content == all || truth.content.empty()) {
    evaluator.add(score, modelMap, truth.mask, truth.label);
    return;
  }
  evaluator.add(score, modelMap(truth.content).clone(),
                truth.mask.empty() ? cv::Mat() : truth.mask(truth.content).clone(), truth.label);
}

}  // namespace mdd
