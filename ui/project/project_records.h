#pragma once
// Plain value records stored in a project (.mddproj). They carry no behaviour so they can
// cross threads in queued signals and be built by any area without touching SQL.
#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QtGlobal>

namespace mddui {

// A dataset folder added to the project. `root` is unique within a project.
struct DatasetRecord {
  qint64 id = -1;
  QString root;         // dataset folder (normalised with QDir::cleanPath on add)
  QString layout;       // "mvtec", "visa", "folders", ...
  QString displayName;
  QStringList classNames;
  int imageCount = 0;
  QDateTime addedAt;
};

// One training run; written when it starts and updated as it progresses or ends.
struct TrainingRunRecord {
  qint64 id = -1;
  QString configJson;
  QStringList datasetRoots;
  QString status;  // "running", "finished", "cancelled" or "failed"
  int stepsDone = 0;
  int totalSteps = 0;
  QString checkpointPath;
  QString modelPath;
  QDateTime startedAt;
  QDateTime finishedAt;
  QString message;
};

// A model file known to the project (usually under ProjectStore::modelsDir()).
struct ModelRecord {
  qint64 id = -1;
  QString path;
  QString name;
  QString backbone;
  QStringList classNames;
  qint64 trainingRunId = -1;  // -1: imported, not trained in this project
  QDateTime createdAt;
};

// The verdict of one model on one image. (modelId, source, imagePath) is unique:
// storing a newer result replaces the older one.
struct InferenceRecord {
  qint64 id = -1;
  qint64 modelId = -1;
  QString source;     // where the image came from: a dataset root, a folder, "single", ...
  QString imagePath;  // must not be empty
  QString className;
  double score = 0;
  double normalizedScore = 0;
  QString verdict;  // "good", "defect", "review"
  int groundTruth = -1;  // -1 unknown, 0 good, 1 defect
  QDateTime createdAt;
};

// An operator's correction of a verdict, kept for the next retraining. One per image.
struct ReviewLabel {
  QString imagePath;
  QString decision;  // "good" or "defect"
  QString note;
  QDateTime decidedAt;
};

}  // namespace mddui

Q_DECLARE_METATYPE(mddui::DatasetRecord)
Q_DECLARE_METATYPE(mddui::TrainingRunRecord)
Q_DECLARE_METATYPE(mddui::ModelRecord)
Q_DECLARE_METATYPE(mddui::InferenceRecord)
Q_DECLARE_METATYPE(mddui::ReviewLabel)
