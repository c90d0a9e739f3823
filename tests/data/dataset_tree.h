#pragma once
// Writes small dataset trees for the reader tests, with OpenCV, into a test's work folder.
#include <QDir>
#include <QFileInfo>
#include <QString>

#include <fstream>
#include <map>
#include <opencv2/imgcodecs.hpp>
#include <string>

#include "mdd/dataset.h"

namespace datatest {

inline std::string s(const QString& q) { return q.toStdString(); }

inline void writeImageFile(const QString& path, cv::Size size = {24, 16}, int seed = 0) {
  QDir().mkpath(QFileInfo(path).path());
  cv::Mat img(size, CV_8UC3);
  cv::RNG rng(seed);  // cv::RNG with an explicit seed: fixed content
  rng.fill(img, cv::RNG::UNIFORM, 0, 255);
  cv::imwrite(s(path), img);
}

inline void writeMaskFile(const QString& path, cv::Size size = {24, 16}) {
  QDir().mkpath(QFileInfo(path).path());
  cv::Mat mask = cv::Mat::zeros(size, CV_8U);
  mask(cv::Rect(2, 2, 4, 4)).setTo(255);
  cv::imwrite(s(path), mask);
}

inline void writeTextFile(const QString& path, const std::string& text) {
  QDir().mkpath(QFileInfo(path).path());
  std::ofstream(s(path), std::ios::binary) << text;
}

inline QString name(int i) { return QString::asprintf("%03d", i); }

// An MVTec AD category: train/good, test/good, test/<type> with ground_truth masks.
inline void makeMvtecCategory(const QString& dir, int train, int testGood,
                              const std::map<QString, int>& defects, cv::Size size = {24, 16}) {
  for (int i = 0; i < train; ++i) writeImageFile(dir + "/train/good/" + name(i) + ".png", size, i);
  for (int i = 0; i < testGood; ++i)
    writeImageFile(dir + "/test/good/" + name(i) + ".png", size, i);
  for (const auto& [type, count] : defects) {
    for (int i = 0; i < count; ++i) {
      writeImageFile(dir + "/test/" + type + "/" + name(i) + ".png", size, 100 + i);
      writeMaskFile(dir + "/ground_truth/" + type + "/" + name(i) + "_mask.png", size);
    }
  }
}

// The report issue whose path contains `path` and whose message contains `text`.
inline const mdd::LoadIssue* findIssue(const mdd::LoadReport& r, const QString& path,
                                       const QString& text) {
  for (const auto& i : r.issues)
    if (QString::fromStdString(i.path).contains(path) &&
        QString::fromStdString(i.message).contains(text))
      return &i;
  return nullptr;
}

inline bool isError(const mdd::LoadIssue* i) {
  return i && i->severity == mdd::LoadIssue::Severity::Error;
}

inline std::size_t countIf(const mdd::Dataset& d, const std::string& cls, mdd::Split split,
                           bool anomalous) {
  std::size_t n = 0;
  for (const auto& s : d.samples)
    if (s.className == cls && s.split == split && s.isAnomalous == anomalous) ++n;
  return n;
}

inline mdd::DatasetOptions noValidation() {
  mdd::DatasetOptions o;
  o.validationFraction = 0;
  return o;
}

}  // namespace datatest
