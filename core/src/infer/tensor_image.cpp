#include "infer/tensor_image.h"

namespace mdd::infer {

torch::Tensor imagesToTensor(const std::vector<cv::Mat>& images, const torch::Device& device) {
  if (images.empty()) throw std::invalid_argument("no images");
  const int h = images[0].rows, w = images[0].cols;
  auto batch = torch::empty({static_cast<int64_t>(images.size()), h, w, 3}, torch::kFloat32);
  for (size_t i = 0; i < images.size(); ++i) {
    const cv::Mat& m = images[i];
    if (m.type() != CV_32FC3 || m.rows != h || m.cols != w)
      throw std::invalid_argument("preprocessed images must be CV_32FC3 of one size");
    const cv::Mat c = m.isContinuous() ? m : m.clone();
    std::memcpy(batch[static_cast<int64_t>(i)].data_ptr<float>(), c.ptr<float>(),
                sizeof(float) * static_cast<size_t>(h * w * 3));
  }
  return batch.permute({0, 3, 1, 2}).contiguous().to(device);
}

torch::Tensor masksToTensor(const std::vector<cv::Mat>& masks, const torch::Device& device) {
  const int h = masks[0].rows, w = masks[0].cols;
  auto batch = torch::empty({static_cast<int64_t>(masks.size()), 1, h, w}, torch::kUInt8);
  for (size_t i = 0; i < masks.size(); ++i) {
    const cv::Mat c = masks[i].isContinuous() ? masks[i] : masks[i].clone();
    if (c.type() != CV_8UC1 || c.rows != h || c.cols != w)
      throw std::invalid_argument("masks must be CV_8UC1 of one size");
    std::memcpy(batch[static_cast<int64_t>(i)].data_ptr<uint8_t>(), c.data,
                static_cast<size_t>(h * w));
  }
  return (batch > 127).to(torch::kFloat32).to(device);
}

cv::Mat tensorToMat(const torch::Tensor& map) {
  const auto cpu = map.detach().to(torch::kCPU, torch::kFloat32).contiguous();
  cv::Mat view(static_cast<int>(cpu.size(0)), static_cast<int>(cpu.size(1)), CV_32FC1,
               cpu.data_ptr<float>());
  return view.clone();
}

}  // namespace mdd::infer
