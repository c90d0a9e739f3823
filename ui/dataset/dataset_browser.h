#pragma once
// The dataset browser: a filter bar over a grid of thumbnails. Shows a dataset right after
// import and, once inference has run, the verdicts and review labels of every image.
#include <QVector>
#include <QWidget>

#include "dataset/browser_sample.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QModelIndex;

namespace mddui {

class SampleFilterProxy;
class SampleListModel;
class SampleTileDelegate;
class ThumbnailCache;

class DatasetBrowser : public QWidget {
  Q_OBJECT
 public:
  // Uses `cache` for thumbnails (not owned) or one of its own when null.
  explicit DatasetBrowser(QWidget* parent = nullptr, ThumbnailCache* cache = nullptr);

  // Replaces the images shown; the class filter is refilled and kept when the class remains.
  void setSamples(QVector<BrowserSample> samples);
  SampleListModel* model() const { return model_; }
  SampleFilterProxy* proxy() const { return proxy_; }
  QListView* view() const { return view_; }

  QString currentPath() const;
  // Makes the image at `path` current and scrolls to it; false when it is filtered out or
  // not in the list.
  bool selectPath(const QString& path);
  int visibleCount() const;

 signals:
  void imageActivated(const QString& path);  // double-click or Enter
  void currentImageChanged(const QString& path);

 private:
  QWidget* createFilterBar();
  void fillClassCombo();
  void updateCount();
  void onCurrentChanged(const QModelIndex& current);

  SampleListModel* model_ = nullptr;
  SampleFilterProxy* proxy_ = nullptr;
  SampleTileDelegate* delegate_ = nullptr;
  QComboBox* classCombo_ = nullptr;
  QComboBox* splitCombo_ = nullptr;
  QComboBox* verdictCombo_ = nullptr;
  QComboBox* reviewCombo_ = nullptr;
  QLineEdit* search_ = nullptr;
  QListView* view_ = nullptr;
  QLabel* count_ = nullptr;
};

}  // namespace mddui
