#pragma once
// Normal demo images: a seamless GIMP pattern laid out as an endless surface and
// photographed with small differences each time (position, scale, angle, flips, lighting,
// sensor noise), so that no two normal images are alike yet all show the same material.
#include <opencv2/core.hpp>
#include <random>

namespace mdd::data {

// `pattern` CV_8UC3; returns a CV_8UC3 image of size x size.
cv::Mat renderSurface(const cv::Mat& pattern, int size, std::mt19937& rng);

// The same surface without lighting or noise, at a given scale: foreign material for the
// foreign-patch defect.
cv::Mat renderPlainSurface(const cv::Mat& pattern, int size, double period, std::mt19937& rng);

}  // namespace mdd::data
