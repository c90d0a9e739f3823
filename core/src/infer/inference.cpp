// Model::infer: preprocessing in parallel, one network pass per batch, maps and scores.
#include <future>

#include "infer/anomaly_maps.h"
#include "infer/tensor_image.h"
#include "mdd/out_of_memory.h"
#include "model/model_impl.h"
#include "runtime/autocast_scope.h"

namespace mdd {
namespace {

// Letterbox borders are no part of the image: their map values are set to 0 (the lowest
// possible distance), so they never decide a score or light up in an overlay.
void clearBorders(infer::MapTensors& maps, const torch::Tensor& inside) {
  if (!inside.defined()) return;
  // `selected` is one of the three tensors, so it is cleared with them.
  for (torch::Tensor* m : {&maps.fused, &maps.teacherRestoration, &maps.restorationIdentity})
    m->mul_(inside);
}

// [B, H, W]: 1 where the letterboxed input shows the image, 0 on its borders; undefined
// when the input has no borders.
torch::Tensor contentMask(const std::vector<cv::Mat>& images, const PreprocessConfig& pre,
                          const torch::Device& device) {
  if (pre.resize != ResizeMode::Letterbox) return {};
  auto inside = torch::zeros({static_cast<int64_t>(images.size()), pre.height, pre.width});
  for (size_t i = 0; i < images.size(); ++i) {
    const cv::Rect r = resizeGeometry(images[i].size(), pre).targetRect;
    inside[static_cast<int64_t>(i)].narrow(0, r.y, r.height).narrow(1, r.x, r.width).fill_(1);
  }
  return inside.to(device);
}

}  // namespace

std::vector<InferenceResult> Model::infer(const std::vector<cv::Mat>& images,
                                          const std::vector<int>& classes) const {
  try {
    return inferUnguarded(images, classes);
  } catch (const std::exception& e) {
    rethrowIfOutOfMemory(e, "inference", static_cast<int>(images.size()));
    throw;
  }
}

std::vector<InferenceResult> Model::inferUnguarded(const std::vector<cv::Mat>& images,
                                                   const std::vector<int>& classes) const {
  if (images.empty()) return {};
  if (!classes.empty() && classes.size() != images.size())
    throw std::invalid_argument("infer: one class per image, or none");
  const auto& cfg = impl_->config;
  const int numClasses = static_cast<int>(cfg.classNames.size());
  const PreprocessConfig pre = preprocessing();

  std::vector<std::future<cv::Mat>> jobs;
  for (const auto& img : images)
    jobs.push_back(std::async(std::launch::async, [&img, &pre] { return preprocess(img, pre); }));
  std::vector<cv::Mat> inputs;
  for (auto& j : jobs) inputs.push_back(j.get());

  std::vector<int64_t> given(images.size(), -1);
  for (size_t i = 0; i < classes.size(); ++i) {
    if (classes[i] >= numClasses)
      throw std::invalid_argument("infer: class index " + std::to_string(classes[i]) +
                                  " out of range (the model has " + std::to_string(numClasses) +
                                  " classes)");
    if (cfg.maps.classSource == ClassSource::Given) given[i] = classes[i];
  }

  std::lock_guard<std::mutex> lock(impl_->inferMutex);
  // Inference mode: no autograd records and no version counting on any tensor made here.
  c10::InferenceMode inferenceMode;
  auto& net = impl_->net;
  net->eval();
  const auto x = infer::imagesToTensor(inputs, impl_->device);
  const auto classTensor = torch::tensor(given, torch::kLong).to(impl_->device);
  const auto f = [&] {
    AutocastScope autocast(impl_->device, usesBf16());
    return net->forward(x, classTensor);
  }();
  const auto inside = contentMask(images, pre, impl_->device);
  auto maps = infer::anomalyMaps(f.teacher, f.restored, f.identity, net->teacher->info().taps,
                                 cfg.maps, {pre.height, pre.width}, inside);
  clearBorders(maps, inside);
  const auto scores = infer::imageScores(maps.selected, cfg.maps).to(torch::kCPU);
  torch::Tensor probs, predicted, used;
  if (f.classLogits.defined()) {
    probs = torch::softmax(f.classLogits.to(torch::kFloat32), 1).to(torch::kCPU);
    predicted = f.classLogits.argmax(1).to(torch::kCPU);
    used = f.classes.to(torch::kCPU);
  }

  std::vector<InferenceResult> out(images.size());
  for (size_t i = 0; i < images.size(); ++i) {
    const auto b = static_cast<int64_t>(i);
    auto& r = out[i];
    r.score = scores[b].item<float>();
    r.classGiven = given[i] >= 0 || !f.classLogits.defined();
    if (f.classLogits.defined()) {
      r.predictedClass = static_cast<int>(predicted[b].item<int64_t>());
      r.classIndex = static_cast<int>(used[b].item<int64_t>());
      const auto p = probs[b].contiguous();
      r.classProbabilities.assign(p.data_ptr<float>(), p.data_ptr<float>() + p.numel());
    } else {
      // Without memory there is no class prediction: the given class, or the only one.
      r.classIndex = given[i] >= 0 ? static_cast<int>(given[i]) : (numClasses == 1 ? 0 : -1);
    }
    r.fused = infer::tensorToMat(maps.fused[b]);
    r.teacherRestoration = infer::tensorToMat(maps.teacherRestoration[b]);
    r.restorationIdentity = infer::tensorToMat(maps.restorationIdentity[b]);
    r.map = infer::tensorToMat(maps.selected[b]);
    r.mapOriginal = mapToOriginal(r.map, images[i].size(), pre);
  }
  return out;
}

}  // namespace mdd
