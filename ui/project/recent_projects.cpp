#include "project/recent_projects.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace mddui {

RecentProjects::RecentProjects(QSettings* settings, QObject* parent)
    : QObject(parent), settings_(settings) {}

QString RecentProjects::normalized(const QString& path) {
  if (path.isEmpty()) return {};
  return QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

QStringList RecentProjects::stored() const {
  const QString key = QString::fromLatin1(kSettingsKey);
  if (settings_) return settings_->value(key).toStringList();
  return QSettings().value(key).toStringList();
}

void RecentProjects::store(const QStringList& paths) {
  const QString key = QString::fromLatin1(kSettingsKey);
  if (settings_) {
    settings_->setValue(key, paths);
    settings_->sync();
  } else {
    QSettings s;
    s.setValue(key, paths);
  }
  emit changed();
}

void RecentProjects::add(const QString& path) {
  const QString p = normalized(path);
  if (p.isEmpty()) return;
  QStringList paths = stored();
  paths.removeAll(p);
  paths.prepend(p);
  while (paths.size() > kMaxEntries) paths.removeLast();
  store(paths);
}

QStringList RecentProjects::list() const {
  QStringList out;
  for (const QString& p : stored())
    if (QFileInfo(p).isFile()) out << p;
  return out;
}

void RecentProjects::remove(const QString& path) {
  QStringList paths = stored();
  if (paths.removeAll(normalized(path)) > 0) store(paths);
}

void RecentProjects::clear() {
  if (stored().isEmpty()) return;
  store({});
}

}  // namespace mddui
