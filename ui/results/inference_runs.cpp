#include "results/inference_runs.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>

#include <algorithm>
#include <map>
#include <set>
#include <stdexcept>

#include "mdd/evaluate.h"
#include "mdd/image_io.h"
#include "mdd/image_prefetch.h"
#include "results/model_cache.h"

namespace mddui {
namespace {

QString qs(const std::string& text) { return QString::fromStdString(text); }

// The translation context of this file's messages.
struct Text {
  Q_DECLARE_TR_FUNCTIONS(InferenceRuns)
};

// A reason the run cannot go on, already worded for the user.
struct RunFailure {
  QString message;
};

QString joinNames(const std::vector<std::string>& names) {
  QStringList list;
  for (const auto& n : names) list << qs(n);
  return list.join(QStringLiteral(", "));
}

// A run without fitted thresholds would label everything "good": refuse it up front.
void requireThresholds(const mdd::Model& model, const QString& modelPath,
                       const std::set<int>& classIndices) {
  const auto& all = model.metadata().thresholds;
  for (int k : classIndices) {
    const std::string name = model.classNames().at(static_cast<size_t>(k));
    try {
      if (k >= static_cast<int>(all.size())) throw std::runtime_error("missing");
      mdd::validate(all[static_cast<size_t>(k)]);
    } catch (const std::runtime_error&) {
      throw RunFailure{
          Text::tr("The model file '%1' has no fitted thresholds for class '%2': fit them "
                   "(mddnet thresholds fit) or train the model to the end.")
              .arg(modelPath, qs(name))};
    }
  }
}

MetricsRow toMetricsRow(const mdd::ClassMetrics& m, const QString& name) {
  MetricsRow row;
  row.className = name;
  row.imageAuroc = m.iAuroc;
  row.imageAp = m.iAp;
  row.imageF1max = m.iF1max;
  row.pixelAuroc = m.pAuroc;
  row.pixelAp = m.pAp;
  row.pixelF1max = m.pF1max;
  row.auPro = m.auPro;
  row.images = static_cast<int>(m.images);
  row.defectImages = static_cast<int>(m.defectImages);
  return row;
}

ResultRow errorRow(const QString& path, const QString& error) {
  ResultRow row;
  row.path = path;
  row.score = row.normalizedScore = mdd::kUndefinedMetric;
  row.error = error;
  return row;
}

}  // namespace

QStringList imageFilesUnder(const QString& folder) {
  static const QStringList patterns = {"*.png", "*.jpg",  "*.jpeg", "*.bmp",
                                       "*.tif", "*.tiff", "*.webp"};
  QStringList files;
  QDirIterator it(folder, patterns, QDir::Files | QDir::Readable, QDirIterator::Subdirectories);
  while (it.hasNext()) files << it.next();
  std::sort(files.begin(), files.end());
  return files;
}

InferenceOutcome inferDataset(ModelCache& models, const QString& modelPath,
                              const mdd::Dataset& dataset, mdd::Split split,
                              const mdd::ProgressFn& progress, const mdd::CancelToken& cancel) {
  QElapsedTimer timer;
  timer.start();
  InferenceOutcome out;
  out.modelPath = modelPath;
  out.source = QString::fromLatin1(mdd::splitName(split));
  try {
    const mdd::Model model = models.get(modelPath);
    std::set<int> used;
    std::map<std::string, const mdd::Sample*> samples;
    for (const auto& s : dataset.samples) {
      const int k = model.classIndex(s.className);
      if (s.split != split || k < 0) continue;
      used.insert(k);
      samples[s.path] = &s;
    }
    if (used.empty())
      throw RunFailure{
          Text::tr("The dataset's %1 split has no images of the model's classes (%2): "
                   "load a dataset of those classes or choose another model.")
              .arg(QString::fromLatin1(mdd::splitName(split)), joinNames(model.classNames()))};
    requireThresholds(model, modelPath, used);
    mdd::EvaluationOptions options;
    options.split = split;
    const mdd::EvaluationReport report =
        mdd::evaluateModel(model, dataset, options, progress, cancel);
    for (const auto& r : report.images) {
      ResultRow row;
      row.path = qs(r.path);
      row.className = r.usedClass >= 0 ? qs(model.classNames()[static_cast<size_t>(r.usedClass)])
                                       : qs(r.className);
      row.defectType = qs(r.defectType);
      row.groundTruth = r.anomalous ? 1 : 0;
      const auto it = samples.find(r.path);
      if (it != samples.end()) {
        row.maskPath = qs(it->second->maskPath);
        row.maskRule = it->second->maskRule;
      }
      row.score = r.score;
      row.normalizedScore = r.normalizedScore;
      row.verdict = QString::fromLatin1(mdd::toString(r.verdict));
      out.rows.push_back(row);
    }
    out.cancelled = report.cancelled;
    if (!report.cancelled && !report.classes.empty()) {
      for (const auto& m : report.classes) out.metrics.push_back(toMetricsRow(m, qs(m.className)));
      out.metrics.push_back(toMetricsRow(report.mean, QStringLiteral("mean")));
    }
    out.ok = true;
  } catch (const RunFailure& e) {
    out.error = e.message;
  } catch (const std::exception& e) {
    out.error = Text::tr("Inference with '%1' failed: %2").arg(modelPath, qs(e.what()));
  }
  out.seconds = static_cast<double>(timer.elapsed()) / 1000.0;
  return out;
}

InferenceOutcome inferFolder(ModelCache& models, const QString& modelPath, const QString& folder,
                             const QString& className, const mdd::ProgressFn& progress,
                             const mdd::CancelToken& cancel, int batchSize) {
  QElapsedTimer timer;
  timer.start();
  InferenceOutcome out;
  out.modelPath = modelPath;
  out.source = folder;
  batchSize = std::max(1, batchSize);
  try {
    if (!QFileInfo(folder).isDir())
      throw RunFailure{
          Text::tr("The folder '%1' does not exist: choose a folder of images.").arg(folder)};
    const QStringList files = imageFilesUnder(folder);
    if (files.isEmpty())
      throw RunFailure{
          Text::tr("The folder '%1' holds no images (png, jpg, bmp, tif, webp): choose "
                   "another folder.")
              .arg(folder)};
    const mdd::Model model = models.get(modelPath);
    int classIndex = -1;
    std::set<int> used;
    if (!className.isEmpty()) {
      classIndex = model.classIndex(className.toStdString());
      if (classIndex < 0)
        throw RunFailure{
            Text::tr("The model has no class '%1' (its classes: %2): choose one of those.")
                .arg(className, joinNames(model.classNames()))};
      used.insert(classIndex);
    } else {
      for (int k = 0; k < static_cast<int>(model.classNames().size()); ++k) used.insert(k);
    }
    requireThresholds(model, modelPath, used);
    const auto& thresholds = model.metadata().thresholds;
    const int total = static_cast<int>(files.size());
    std::vector<std::string> paths;
    for (const QString& f : files) paths.push_back(f.toStdString());
    mdd::ImagePrefetcher batches(std::move(paths), batchSize);  // decoding overlaps the network
    for (int start = 0; start < total; start += batchSize) {
      if (cancel.cancelled()) {
        out.cancelled = true;
        break;
      }
      const int end = std::min(total, start + batchSize);
      std::vector<cv::Mat> images;
      std::vector<int> rowOf;  // the row each image read fills
      auto batch = batches.next();
      for (auto& item : *batch) {
        const QString& file = files[static_cast<int>(item.index)];
        if (item.error.empty()) {
          images.push_back(std::move(item.image));
          rowOf.push_back(static_cast<int>(out.rows.size()));
          out.rows.push_back(errorRow(file, {}));
        } else {
          out.rows.push_back(errorRow(file, qs(item.error)));
        }
      }
      const auto results = model.infer(images, std::vector<int>(images.size(), classIndex));
      for (size_t j = 0; j < results.size(); ++j) {
        const mdd::InferenceResult& r = results[j];
        ResultRow& row = out.rows[rowOf[j]];
        if (r.classIndex < 0) {
          row.error = Text::tr("The model cannot tell this image's class: choose a class.");
          continue;
        }
        const mdd::ClassThresholds& t = thresholds.at(static_cast<size_t>(r.classIndex));
        row.className = qs(model.classNames()[static_cast<size_t>(r.classIndex)]);
        row.score = r.score;
        row.normalizedScore = mdd::normalizedImageScore(r.score, t);
        row.verdict = QString::fromLatin1(mdd::toString(mdd::imageVerdict(r.score, t)));
      }
      if (progress) progress(end, total);
    }
    out.ok = true;
  } catch (const RunFailure& e) {
    out.error = e.message;
  } catch (const std::exception& e) {
    out.error = Text::tr("Inference with '%1' failed: %2").arg(modelPath, qs(e.what()));
  }
  out.seconds = static_cast<double>(timer.elapsed()) / 1000.0;
  return out;
}

}  // namespace mddui
