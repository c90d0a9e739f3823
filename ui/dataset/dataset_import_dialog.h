#pragma once
// "New dataset": the user picks a folder, the dialog detects its layout and reads it in the
// background, then shows per-class counts and every problem found, so a bad layout or a
// corrupt file is fixed before training rather than discovered during it.
#include <QDialog>
#include <QString>

#include <functional>

#include "mdd/dataset.h"

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace mddui {

class ClassCountTable;
class LoadIssueList;

class DatasetImportDialog : public QDialog {
  Q_OBJECT
 public:
  explicit DatasetImportDialog(QWidget* parent = nullptr);
  ~DatasetImportDialog() override;

  // Shows `folder` in the folder field and starts reading it in the background. A load that
  // is still running is superseded: its result is dropped when it arrives.
  void setFolder(const QString& folder);
  QString folder() const;
  // The layout the user chose (Auto = detect); changing it reloads the folder.
  void setLayoutChoice(mdd::DatasetLayout layout);
  mdd::DatasetLayout layoutChoice() const;

  // The loaded source, its layout resolved (never Auto once loaded).
  mdd::DatasetSource source() const { return source_; }
  const mdd::Dataset& dataset() const { return dataset_; }
  const mdd::LoadReport& report() const { return report_; }
  bool isLoaded() const { return loaded_; }
  bool isLoading() const;
  // The error that stopped the last load ("" when it loaded).
  QString errorText() const { return error_; }

  void accept() override;

 signals:
  // After each load that was not superseded; ok = the folder was read (problems in it are
  // in report()).
  void loadFinished(bool ok);

 private:
  struct LoadResult;
  static LoadResult load(const QString& folder, mdd::DatasetLayout layout);
  static QString expectedLayoutsText();

  void browse();
  void reload();
  void onLoaded(LoadResult result);
  // `text` words the status in the current language (again after a language change).
  void showStatus(std::function<QString()> text, const QString& colour);
  void updateOkButton();

  QLineEdit* folderEdit_ = nullptr;
  QPushButton* browseButton_ = nullptr;
  QComboBox* layoutCombo_ = nullptr;
  QLabel* layoutLabel_ = nullptr;
  ClassCountTable* classTable_ = nullptr;
  LoadIssueList* issueList_ = nullptr;
  QLabel* status_ = nullptr;
  QProgressBar* progress_ = nullptr;
  QDialogButtonBox* buttons_ = nullptr;

  int generation_ = 0;    // bumped per load; a result of an older generation is stale
  bool loading_ = false;  // the current generation has not finished
  QString loadedFolder_;
  bool loaded_ = false;
  QString error_;
  mdd::DatasetSource source_;
  mdd::Dataset dataset_;
  mdd::LoadReport report_;
};

}  // namespace mddui
