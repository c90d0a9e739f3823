#pragma once
// "Export report...": a small dialog that writes the model report of the current results.
// The user picks the output file, the format (HTML, PDF or both: the same name with .html
// and .pdf) and how many examples per class and kind; Generate runs a ReportJob with
// progress and cancel. Errors show in the dialog's status line, naming the file and the fix.
#include <QDialog>

#include <memory>

#include "report/report_data.h"
#include "report/report_outcome.h"

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace mddui {

class ModelCache;
class ReportJob;

class ReportDialog : public QDialog {
  Q_OBJECT
 public:
  enum Format { HtmlAndPdf = 0, HtmlOnly = 1, PdfOnly = 2 };  // the format combo's rows

  explicit ReportDialog(QWidget* parent = nullptr);
  ~ReportDialog() override;

  void setReportData(const ReportData& data);
  void setModelCache(std::shared_ptr<ModelCache> cache);
  // A file name; its .html / .pdf suffix is replaced to suit the format.
  void setOutputPath(const QString& path);
  QString outputPath() const;
  // The files the current choices write.
  ReportOptions options() const;

  bool isBusy() const;
  ReportJob* job() const { return job_; }
  ReportOutcome lastOutcome() const { return lastOutcome_; }

 public slots:
  void generate();

 signals:
  void reportFinished(const mddui::ReportOutcome& outcome);

 protected:
  void reject() override;  // while busy: cancels the report, then closes

 private:
  void browse();
  void onFinished(const ReportOutcome& outcome);
  void showSummary();  // what data_ holds, in the current language
  void updateState();

  ReportData data_;
  bool hasData_ = false;
  bool closeWhenDone_ = false;  // Close or Esc while busy: cancel, then close
  ReportJob* job_ = nullptr;
  ReportOutcome lastOutcome_;

  QLabel* summary_ = nullptr;
  QLineEdit* pathEdit_ = nullptr;
  QPushButton* browseButton_ = nullptr;
  QComboBox* formatCombo_ = nullptr;
  QSpinBox* examplesSpin_ = nullptr;
  QProgressBar* progress_ = nullptr;
  QLabel* status_ = nullptr;
  QPushButton* generateButton_ = nullptr;
  QPushButton* cancelButton_ = nullptr;
  QPushButton* closeButton_ = nullptr;
};

}  // namespace mddui
