#pragma once
// Reading tests/fixtures/analysis/*.json (made by scripts/fixtures/make_analysis_fixtures.py).
#include <QtTest>

#include <cmath>
#include <fstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "mdd/analysis.h"
#include "test_paths.h"

namespace analysistest {

using nlohmann::json;

inline json loadFixture(const char* file) {
  const QString path = mddtest::fixtureDir() + "/analysis/" + file;
  std::ifstream in(path.toStdString());
  if (!in) qFatal("missing fixture %s: run scripts/fixtures/make_analysis_fixtures.py", file);
  return json::parse(in);
}

inline mdd::FloatMatrix matrixFrom(const json& rows) {
  return mdd::FloatMatrix::fromRows(rows.get<std::vector<std::vector<float>>>());
}

inline mdd::DistanceMetric metricFrom(const json& name) {
  return name.get<std::string>() == "cosine" ? mdd::DistanceMetric::Cosine
                                             : mdd::DistanceMetric::Euclidean;
}

// Empty when actual matches expected (null = undefined = NaN) within tolerance, else what
// went wrong. Tracks the largest error seen in *worst.
inline QString mismatch(const QString& what, double actual, const json& expected, double tolerance,
                        double* worst) {
  if (expected.is_null()) {
    return std::isnan(actual) ? QString()
                              : QString("%1: %2, expected undefined").arg(what).arg(actual);
  }
  const double error = std::abs(actual - expected.get<double>());
  *worst = std::max(*worst, error);
  if (error <= tolerance) return QString();
  return QString("%1: %2, expected %3")
      .arg(what)
      .arg(actual, 0, 'g', 17)
      .arg(expected.get<double>(), 0, 'g', 17);
}

}  // namespace analysistest

#define EXPECT_CLOSE(what, actual, expected, tolerance, worst)                                \
  do {                                                                                        \
    const QString problem = analysistest::mismatch(what, actual, expected, tolerance, worst); \
    QVERIFY2(problem.isEmpty(), qPrintable(problem));                                         \
  } while (false)
