#pragma once
// Loaded models shared by the results panel's background work (a run, the viewer's one-image
// inference, the overlay export), so a model file is read once and not once per click.
// Thread-safe; get() blocks while a model loads, so call it off the GUI thread.
#include <QString>

#include <list>
#include <mutex>

#include "mdd/model.h"

namespace mddui {

class ModelCache {
 public:
  explicit ModelCache(int capacity = 2, QString device = QStringLiteral("auto"));

  // The model in `path`, loaded on first use and again when the file changed (a retrained
  // model saved over the old one). Throws std::exception with a message naming the file.
  // Copies share the network; Model::infer serialises its own forward passes, so several
  // threads may use one model.
  mdd::Model get(const QString& path);
  void clear();
  int size() const;

 private:
  struct Entry {
    QString key;  // absolute path, modification time and size
    mdd::Model model;
  };

  const int capacity_;
  const QString device_;
  mutable std::mutex mutex_;  // guards entries_
  std::mutex loadMutex_;      // one load at a time: a second caller waits, then finds it
  std::list<Entry> entries_;  // most recently used first
};

}  // namespace mddui
