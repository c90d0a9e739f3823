#pragma once
// Every problem a dataset load found, one row each: severity, the file (relative to the
// dataset root, full path in the tooltip) and the message.
#include <QTreeWidget>

namespace mdd {
struct LoadReport;
}

namespace mddui {

class LoadIssueList : public QTreeWidget {
  Q_OBJECT
 public:
  explicit LoadIssueList(QWidget* parent = nullptr);

  // Replaces the rows; paths under `root` are shown relative to it. More than maxRows()
  // issues end in a "… and N more" row.
  void showReport(const mdd::LoadReport& report, const QString& root);
  static int maxRows() { return 2000; }
};

}  // namespace mddui
