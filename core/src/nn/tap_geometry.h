#pragma once
// Between a teacher tap's feature cells and the input's pixels, by where each cell really
// sits (FeatureTap::offset and stride), not by stretching the grid over the input: with
// InceptionV3's valid padding a plain bilinear stretch puts mixed4's edge cells up to 17 px
// away from the pixels they see.
#include <torch/torch.h>

#include "mdd/backbones.h"

namespace mdd::nn {

// A regular grid of cells on the input: cell j is centred on pixel stride * j + offset.
struct CellGrid {
  double stride = 1;
  double offset = 0;
};
// Where a tap's cells sit (FeatureTap::stride and offset).
CellGrid cellGrid(const FeatureTap& tap);
// What a bilinear stretch of `cells` cells over `pixels` pixels (align_corners = false)
// assumes: stride pixels / cells, cell 0 centred on (stride - 1) / 2. For comparisons.
CellGrid stretchedGrid(int64_t cells, int64_t pixels);

// [pixels, cells]: row p interpolates linearly between the two cells whose centres
// (stride * j + offset) bracket pixel p; beyond the first and last centres, the edge cell
// (replicate). Each row sums to 1.
torch::Tensor cellToPixelWeights(int64_t cells, int64_t pixels, const CellGrid& grid);

// [cells, pixels]: row j averages the pixels of cell j's own stride-wide window centred on
// stride * j + offset, clipped to the input (a cell wholly outside keeps its nearest pixel).
torch::Tensor pixelToCellWeights(int64_t pixels, int64_t cells, const CellGrid& grid);

// [B, h, w] maps of a tap's cells -> [B, size[0], size[1]] on the input's pixels.
torch::Tensor cellsToPixels(const torch::Tensor& maps, const CellGrid& rows,
                            const CellGrid& cols, at::IntArrayRef size);
torch::Tensor cellsToPixels(const torch::Tensor& maps, const FeatureTap& tap,
                            at::IntArrayRef size);

// [B, H, W] input-resolution maps (e.g. masks) -> [B, cells[0], cells[1]]: each cell's
// share of its window.
torch::Tensor pixelsToCells(const torch::Tensor& maps, const FeatureTap& tap,
                            at::IntArrayRef cells);
torch::Tensor pixelsToCells(const torch::Tensor& maps, const CellGrid& rows,
                            const CellGrid& cols, at::IntArrayRef cells);

}  // namespace mdd::nn
