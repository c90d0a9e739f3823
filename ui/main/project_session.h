#pragma once
// The open project as the views see it: its database, the images of all its datasets
// combined into one multi-class dataset (loaded off the GUI thread), and the model in use.
#include <QFutureWatcher>
#include <QObject>
#include <QString>

#include <memory>

#include "mdd/dataset.h"
#include "project/project_records.h"
#include "results/inference_outcome.h"

namespace mddui {

class ProjectStore;

class ProjectSession : public QObject {
  Q_OBJECT
 public:
  explicit ProjectSession(QObject* parent = nullptr);
  ~ProjectSession() override;

  // create() refuses an existing file; open() refuses a missing one. Both close the
  // project that was open and start loading the datasets.
  bool create(const QString& path, QString* error);
  bool open(const QString& path, QString* error);
  void close();
  bool isOpen() const;
  QString path() const;
  QString name() const;  // the file's base name
  ProjectStore& store();

  // Records the dataset (its root and layout) and reloads the combined dataset.
  bool addDataset(const mdd::DatasetSource& source, const mdd::Dataset& loaded, QString* error);
  bool removeDataset(qint64 id, QString* error);
  void reloadDatasets();
  bool isLoading() const;
  // Share of each class's normal training images held out to fit thresholds (reloads).
  void setValidationFraction(double fraction);
  double validationFraction() const { return validationFraction_; }
  const mdd::Dataset& dataset() const { return dataset_; }
  const mdd::LoadReport& loadReport() const { return report_; }

  // Stores a run's results (rows without an error) under the model of `modelPath`,
  // replacing earlier rows of the same model, source and image. Returns the number stored,
  // or -1 with `error` set; 0 when the model is not one of the project's.
  int storeResults(const QString& modelPath, const QString& source,
                   const QVector<ResultRow>& rows, QString* error);

  QString activeModelPath() const { return activeModel_; }
  void setActiveModelPath(const QString& path);
  qint64 activeModelId() const;  // the models table's id of the active model, -1 when none
  // A fresh file name in the project's models folder for the next training run.
  QString newModelPath() const;

 signals:
  void opened();
  void aboutToClose();  // the store is still open: views holding it let go
  void closed();
  void datasetsLoaded();
  void activeModelChanged(const QString& path);

 private:
  bool openStore(const QString& path, QString* error);
  void finishLoading();

  std::unique_ptr<ProjectStore> store_;
  mdd::Dataset dataset_;
  mdd::LoadReport report_;
  QString activeModel_;
  double validationFraction_ = 0.1;
  struct Loaded {
    mdd::Dataset dataset;
    mdd::LoadReport report;
  };
  QFutureWatcher<Loaded> loader_;
  int generation_ = 0;         // bumped by close() and each reload
  int loadingGeneration_ = -1; // the generation the running load belongs to
};

// The layout's name as stored in the project (mdd::layoutName) and back; Auto when unknown.
QString layoutToString(mdd::DatasetLayout layout);
mdd::DatasetLayout layoutFromString(const QString& name);

}  // namespace mddui
