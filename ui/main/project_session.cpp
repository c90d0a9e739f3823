#include "main/project_session.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QtConcurrent>

#include "project/project_store.h"

namespace mddui {

QString layoutToString(mdd::DatasetLayout layout) {
  return QString::fromUtf8(mdd::layoutName(layout));
}

mdd::DatasetLayout layoutFromString(const QString& name) {
  for (auto layout : {mdd::DatasetLayout::MvtecMulti, mdd::DatasetLayout::MvtecCategory,
                      mdd::DatasetLayout::Visa, mdd::DatasetLayout::Folder}) {
    if (name == layoutToString(layout)) return layout;
  }
  return mdd::DatasetLayout::Auto;
}

ProjectSession::ProjectSession(QObject* parent) : QObject(parent) {
  connect(&loader_, &QFutureWatcher<Loaded>::finished, this, &ProjectSession::finishLoading);
}

ProjectSession::~ProjectSession() { loader_.waitForFinished(); }

bool ProjectSession::create(const QString& path, QString* error) {
  if (QFileInfo::exists(path)) {
    if (error) *error = tr("%1 already exists: open it, or choose a new file name.").arg(path);
    return false;
  }
  return openStore(path, error);
}

bool ProjectSession::open(const QString& path, QString* error) {
  if (!QFileInfo(path).isFile()) {
    if (error) *error = tr("%1 does not exist or is not a project file.").arg(path);
    return false;
  }
  return openStore(path, error);
}

bool ProjectSession::openStore(const QString& path, QString* error) {
  auto store = std::make_unique<ProjectStore>();
  if (!store->open(path, error)) return false;
  close();
  store_ = std::move(store);
  const QVector<ModelRecord> models = store_->models();
  activeModel_.clear();
  for (auto it = models.crbegin(); it != models.crend(); ++it) {
    if (QFileInfo::exists(it->path)) {
      activeModel_ = it->path;  // the newest model whose file is still there
      break;
    }
  }
  emit opened();
  emit activeModelChanged(activeModel_);
  reloadDatasets();
  return true;
}

void ProjectSession::close() {
  if (!store_) return;
  emit aboutToClose();
  ++generation_;
  store_->close();
  store_.reset();
  dataset_ = {};
  report_ = {};
  activeModel_.clear();
  emit closed();
}

bool ProjectSession::isOpen() const { return store_ && store_->isOpen(); }
QString ProjectSession::path() const { return store_ ? store_->path() : QString(); }
QString ProjectSession::name() const { return QFileInfo(path()).completeBaseName(); }
ProjectStore& ProjectSession::store() { return *store_; }

bool ProjectSession::addDataset(const mdd::DatasetSource& source, const mdd::Dataset& loaded,
                                QString* error) {
  if (!isOpen()) {
    if (error) *error = tr("No project is open: create or open a project first.");
    return false;
  }
  DatasetRecord record;
  record.root = QDir::cleanPath(QString::fromStdString(source.root));
  const mdd::DatasetLayout layout = source.layout == mdd::DatasetLayout::Auto
                                        ? mdd::detectLayout(source.root)
                                        : source.layout;
  record.layout = layoutToString(layout);
  record.displayName = QFileInfo(record.root).fileName();
  for (const auto& name : loaded.classNames) record.classNames << QString::fromStdString(name);
  record.imageCount = static_cast<int>(loaded.samples.size());
  record.addedAt = QDateTime::currentDateTimeUtc();
  if (!store_->addDataset(record)) {
    if (error) *error = store_->lastError();
    return false;
  }
  reloadDatasets();
  return true;
}

bool ProjectSession::removeDataset(qint64 id, QString* error) {
  if (!isOpen() || !store_->removeDataset(id)) {
    if (error) *error = isOpen() ? store_->lastError() : tr("No project is open.");
    return false;
  }
  reloadDatasets();
  return true;
}

void ProjectSession::reloadDatasets() {
  if (!isOpen()) return;
  std::vector<mdd::DatasetSource> sources;
  for (const DatasetRecord& record : store_->datasets()) {
    mdd::DatasetSource source;
    source.root = record.root.toStdString();
    source.layout = layoutFromString(record.layout);
    sources.push_back(source);
  }
  ++generation_;
  const double fraction = validationFraction_;
  loader_.setFuture(QtConcurrent::run([sources, fraction]() {
    Loaded loaded;
    if (sources.empty()) return loaded;
    mdd::DatasetOptions options;
    options.validationFraction = fraction;
    options.duplicates = mdd::DuplicateClasses::Rename;
    try {
      loaded.dataset = mdd::loadDataset(sources, options, loaded.report);
    } catch (const std::exception& e) {
      loaded.report.error(sources.front().root, e.what());
    }
    return loaded;
  }));
  loadingGeneration_ = generation_;
}

void ProjectSession::setValidationFraction(double fraction) {
  if (fraction == validationFraction_) return;
  validationFraction_ = fraction;
  reloadDatasets();
}

bool ProjectSession::isLoading() const { return loader_.isRunning(); }

void ProjectSession::finishLoading() {
  if (loadingGeneration_ != generation_ || !isOpen()) return;  // closed meanwhile
  Loaded loaded = loader_.result();
  dataset_ = std::move(loaded.dataset);
  report_ = std::move(loaded.report);
  emit datasetsLoaded();
}

int ProjectSession::storeResults(const QString& modelPath, const QString& source,
                                 const QVector<ResultRow>& rows, QString* error) {
  if (!isOpen()) return 0;
  qint64 modelId = -1;
  for (const ModelRecord& m : store_->models())
    if (m.path == modelPath) modelId = m.id;
  if (modelId < 0) return 0;
  QVector<InferenceRecord> records;
  records.reserve(rows.size());
  const QDateTime now = QDateTime::currentDateTimeUtc();
  for (const ResultRow& row : rows) {
    if (!row.error.isEmpty()) continue;
    InferenceRecord r;
    r.modelId = modelId;
    r.source = source;
    r.imagePath = row.path;
    r.className = row.className;
    r.score = row.score;
    r.normalizedScore = row.normalizedScore;
    r.verdict = row.verdict;
    r.groundTruth = row.groundTruth;
    r.createdAt = now;
    records.push_back(r);
  }
  if (!store_->addInferenceResults(records)) {
    if (error) *error = store_->lastError();
    return -1;
  }
  return records.size();
}

void ProjectSession::setActiveModelPath(const QString& path) {
  if (path == activeModel_) return;
  activeModel_ = path;
  emit activeModelChanged(path);
}

qint64 ProjectSession::activeModelId() const {
  if (!store_ || activeModel_.isEmpty()) return -1;
  for (const ModelRecord& model : store_->models())
    if (model.path == activeModel_) return model.id;
  return -1;
}

QString ProjectSession::newModelPath() const {
  if (!store_) return {};
  const QString stamp = QDateTime::currentDateTime().toString("yyyyMMdd-HHmmss");
  QString path = QDir(store_->modelsDir()).filePath(QString("model-%1.mdda").arg(stamp));
  for (int n = 2; QFileInfo::exists(path) || QFileInfo::exists(path + ".ckpt"); ++n)
    path = QDir(store_->modelsDir()).filePath(QString("model-%1-%2.mdda").arg(stamp).arg(n));
  return path;
}

}  // namespace mddui
