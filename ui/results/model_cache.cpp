#include "results/model_cache.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>

#include <stdexcept>

namespace mddui {
namespace {

QString cacheKey(const QString& path) {
  const QFileInfo info(path);
  return info.absoluteFilePath() + QLatin1Char('|') +
         QString::number(info.lastModified().toMSecsSinceEpoch()) + QLatin1Char('|') +
         QString::number(info.size());
}

}  // namespace

ModelCache::ModelCache(int capacity, QString device)
    : capacity_(std::max(1, capacity)), device_(std::move(device)) {}

mdd::Model ModelCache::get(const QString& path) {
  if (path.trimmed().isEmpty())
    throw std::runtime_error(
        QCoreApplication::translate("mddui::ModelCache", "no model file given: choose a model file")
            .toStdString());
  if (!QFileInfo(path).isFile())
    throw std::runtime_error(
        QCoreApplication::translate("mddui::ModelCache",
                                    "the model file '%1' does not exist: choose another model file")
            .arg(path)
            .toStdString());
  const QString key = cacheKey(path);
  auto find = [&]() -> const mdd::Model* {
    for (auto it = entries_.begin(); it != entries_.end(); ++it)
      if (it->key == key) {
        entries_.splice(entries_.begin(), entries_, it);
        return &entries_.front().model;
      }
    return nullptr;
  };
  {
    std::lock_guard<std::mutex> lock(mutex_);
    if (const mdd::Model* found = find()) return *found;
  }
  std::lock_guard<std::mutex> loading(loadMutex_);
  {
    std::lock_guard<std::mutex> lock(mutex_);
    if (const mdd::Model* found = find()) return *found;  // loaded while this caller waited
  }
  mdd::Model model = mdd::Model::load(path.toStdString(), device_.toStdString());
  std::lock_guard<std::mutex> lock(mutex_);
  const QString absolute = QFileInfo(path).absoluteFilePath() + QLatin1Char('|');
  entries_.remove_if([&](const Entry& e) { return e.key.startsWith(absolute); });  // stale
  entries_.push_front({key, model});
  while (static_cast<int>(entries_.size()) > capacity_) entries_.pop_back();
  return model;
}

void ModelCache::clear() {
  std::lock_guard<std::mutex> lock(mutex_);
  entries_.clear();
}

int ModelCache::size() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return static_cast<int>(entries_.size());
}

}  // namespace mddui
