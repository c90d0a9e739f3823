#pragma once
// The one place where images cross between OpenCV and LibTorch.
#include <vector>

#include <opencv2/core.hpp>
#include <torch/torch.h>

namespace mdd::infer {

// Preprocessed CV_32FC3 images (all the same size) -> [B, 3, H, W] float on `device`.
torch::Tensor imagesToTensor(const std::vector<cv::Mat>& images, const torch::Device& device);
// CV_8U 0/255 masks -> [B, 1, H, W] float in {0, 1} on `device`.
torch::Tensor masksToTensor(const std::vector<cv::Mat>& masks, const torch::Device& device);
// [H, W] float tensor (any device) -> CV_32FC1 owning its data.
cv::Mat tensorToMat(const torch::Tensor& map);

}  // namespace mdd::infer
