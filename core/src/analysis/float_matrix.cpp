// FloatMatrix construction and the argument checks the analysis functions share.
#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <string>

#include "analysis/input_checks.h"
#include "mdd/analysis.h"

namespace mdd {

FloatMatrix::FloatMatrix(std::size_t rowCount, std::size_t colCount)
    : rows(rowCount), cols(colCount), values(rowCount * colCount, 0.0f) {}

FloatMatrix FloatMatrix::fromRows(const std::vector<std::vector<float>>& rowVectors) {
  FloatMatrix matrix(rowVectors.size(), rowVectors.empty() ? 0 : rowVectors.front().size());
  for (std::size_t i = 0; i < rowVectors.size(); ++i) {
    if (rowVectors[i].size() != matrix.cols) {
      throw std::invalid_argument("FloatMatrix::fromRows: row " + std::to_string(i) + " has " +
                                  std::to_string(rowVectors[i].size()) + " values, row 0 has " +
                                  std::to_string(matrix.cols) + "; pass rows of one length");
    }
    std::copy(rowVectors[i].begin(), rowVectors[i].end(), matrix.row(i));
  }
  return matrix;
}

namespace analysis {

void requireFinite(const FloatMatrix& points, const char* where) {
  if (points.values.size() != points.rows * points.cols) {
    throw std::invalid_argument(std::string(where) + ": the matrix holds " +
                                std::to_string(points.values.size()) + " values for " +
                                std::to_string(points.rows) + " x " + std::to_string(points.cols) +
                                "; keep values = rows * cols");
  }
  for (std::size_t k = 0; k < points.values.size(); ++k) {
    if (!std::isfinite(points.values[k])) {
      throw std::invalid_argument(std::string(where) + ": point " +
                                  std::to_string(k / points.cols) + " has a non-finite value " +
                                  "(NaN or Inf); drop or repair that point");
    }
  }
}

void requireOneLabelPerPoint(const FloatMatrix& points, const std::vector<int>& labels,
                             const char* where) {
  if (labels.size() != points.rows) {
    throw std::invalid_argument(std::string(where) + ": " + std::to_string(points.rows) +
                                " points but " + std::to_string(labels.size()) +
                                " labels; pass one label per point");
  }
}

}  // namespace analysis
}  // namespace mdd
