#include "nn/tap_geometry.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <vector>

#include "runtime/autocast_scope.h"

namespace mdd::nn {
namespace {

void requireStride(const CellGrid& grid) {
  if (!(grid.stride > 0)) throw std::invalid_argument("a cell grid needs a positive stride");
}

}  // namespace

CellGrid cellGrid(const FeatureTap& tap) {
  if (tap.stride <= 0) throw std::invalid_argument("feature tap '" + tap.layer + "' has no stride");
  return {static_cast<double>(tap.stride), tap.offset};
}

CellGrid stretchedGrid(int64_t cells, int64_t pixels) {
  const double stride = static_cast<double>(pixels) / static_cast<double>(cells);
  return {stride, (stride - 1) / 2};
}

torch::Tensor cellToPixelWeights(int64_t cells, int64_t pixels, const CellGrid& grid) {
  requireStride(grid);
  std::vector<float> w(static_cast<size_t>(pixels * cells), 0.f);
  for (int64_t p = 0; p < pixels; ++p) {
    const double u = std::clamp((static_cast<double>(p) - grid.offset) / grid.stride, 0.0,
                                static_cast<double>(cells - 1));
    const auto j = std::min(static_cast<int64_t>(std::floor(u)), cells - 1);
    const double t = u - static_cast<double>(j);
    w[static_cast<size_t>(p * cells + j)] += static_cast<float>(1 - t);
    if (t > 0) w[static_cast<size_t>(p * cells + j + 1)] += static_cast<float>(t);
  }
  return torch::tensor(w).view({pixels, cells});
}

torch::Tensor pixelToCellWeights(int64_t pixels, int64_t cells, const CellGrid& grid) {
  requireStride(grid);
  std::vector<float> w(static_cast<size_t>(cells * pixels), 0.f);
  const double half = grid.stride / 2.0;
  for (int64_t j = 0; j < cells; ++j) {
    const double centre = grid.stride * static_cast<double>(j) + grid.offset;
    // Pixels whose centre lies in [centre - half, centre + half).
    auto first = static_cast<int64_t>(std::ceil(centre - half));
    auto last = static_cast<int64_t>(std::ceil(centre + half)) - 1;
    first = std::clamp<int64_t>(first, 0, pixels - 1);
    last = std::clamp<int64_t>(last, first, pixels - 1);
    const float share = 1.f / static_cast<float>(last - first + 1);
    for (int64_t p = first; p <= last; ++p) w[static_cast<size_t>(j * pixels + p)] = share;
  }
  return torch::tensor(w).view({cells, pixels});
}

namespace {

// rows [R, h] @ maps [B, h, w] @ cols^T [w, C] in the maps' dtype and device; geometry,
// so never rounded to bf16 by an enclosing autocast.
torch::Tensor applyBothAxes(const torch::Tensor& maps, const torch::Tensor& rows,
                            const torch::Tensor& cols) {
  AutocastOff exact;
  const auto options = maps.options();
  return torch::matmul(torch::matmul(rows.to(options), maps), cols.to(options).t());
}

}  // namespace

torch::Tensor cellsToPixels(const torch::Tensor& maps, const CellGrid& rows,
                            const CellGrid& cols, at::IntArrayRef size) {
  return applyBothAxes(maps, cellToPixelWeights(maps.size(-2), size[0], rows),
                       cellToPixelWeights(maps.size(-1), size[1], cols));
}

torch::Tensor cellsToPixels(const torch::Tensor& maps, const FeatureTap& tap,
                            at::IntArrayRef size) {
  const CellGrid grid = cellGrid(tap);
  return cellsToPixels(maps, grid, grid, size);
}

torch::Tensor pixelsToCells(const torch::Tensor& maps, const CellGrid& rows,
                            const CellGrid& cols, at::IntArrayRef cells) {
  return applyBothAxes(maps, pixelToCellWeights(maps.size(-2), cells[0], rows),
                       pixelToCellWeights(maps.size(-1), cells[1], cols));
}

torch::Tensor pixelsToCells(const torch::Tensor& maps, const FeatureTap& tap,
                            at::IntArrayRef cells) {
  const CellGrid grid = cellGrid(tap);
  return pixelsToCells(maps, grid, grid, cells);
}

}  // namespace mdd::nn
