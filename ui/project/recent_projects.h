#pragma once
// The "recent projects" list kept in QSettings under "projects/recent", newest first.
#include <QObject>
#include <QString>
#include <QStringList>

class QSettings;

namespace mddui {

class RecentProjects : public QObject {
  Q_OBJECT

 public:
  static constexpr int kMaxEntries = 10;
  static constexpr const char* kSettingsKey = "projects/recent";

  // `settings` (not owned) lets tests use their own file; nullptr uses the application's
  // default QSettings (organisation and application name set in main()).
  explicit RecentProjects(QSettings* settings = nullptr, QObject* parent = nullptr);

  // Moves `path` to the top (absolute, cleaned); keeps at most kMaxEntries.
  void add(const QString& path);
  // Newest first; entries whose file no longer exists are skipped but kept in the
  // settings, so a project on an unplugged drive comes back when the drive does.
  QStringList list() const;
  void remove(const QString& path);
  void clear();

 signals:
  void changed();

 private:
  QStringList stored() const;
  void store(const QStringList& paths);
  static QString normalized(const QString& path);

  QSettings* settings_;
};

}  // namespace mddui
