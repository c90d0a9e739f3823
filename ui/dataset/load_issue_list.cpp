#include "dataset/load_issue_list.h"

#include <QDir>
#include <QHeaderView>
#include <QStyle>

#include "common/retranslate.h"
#include "dataset/class_count_table.h"
#include "mdd/dataset.h"

namespace mddui {
namespace {
// Kept in the items, so a language change can re-word them.
constexpr int kErrorRole = Qt::UserRole;
constexpr int kMoreRole = Qt::UserRole + 1;
}  // namespace

LoadIssueList::LoadIssueList(QWidget* parent) : QTreeWidget(parent) {
  setObjectName(QStringLiteral("issueList"));
  setRootIsDecorated(false);
  setUniformRowHeights(true);
  setWordWrap(false);
  header()->setStretchLastSection(true);
  setColumnWidth(0, 90);
  setColumnWidth(1, 240);
  retranslate(this, [this] {
    setHeaderLabels({tr("Severity"), tr("File"), tr("Problem")});
    for (int i = 0; i < topLevelItemCount(); ++i) {
      QTreeWidgetItem* item = topLevelItem(i);
      const QVariant error = item->data(0, kErrorRole);
      if (error.isValid()) item->setText(0, error.toBool() ? tr("Error") : tr("Warning"));
      const QVariant more = item->data(2, kMoreRole);
      if (more.isValid())
        item->setText(2, tr("… and %1 more").arg(ClassCountTable::number(more.toULongLong())));
    }
  });
}

void LoadIssueList::showReport(const mdd::LoadReport& report, const QString& root) {
  clear();
  const QDir rootDir(root);
  const QIcon errorIcon = style()->standardIcon(QStyle::SP_MessageBoxCritical);
  const QIcon warningIcon = style()->standardIcon(QStyle::SP_MessageBoxWarning);
  QList<QTreeWidgetItem*> items;
  for (const mdd::LoadIssue& issue : report.issues) {
    if (items.size() == maxRows()) break;
    const bool error = issue.severity == mdd::LoadIssue::Severity::Error;
    const QString path = QString::fromStdString(issue.path);
    // Relative to the dataset root: short, and still names the file and its folder.
    QString shown = root.isEmpty() ? path : rootDir.relativeFilePath(path);
    if (shown.startsWith(QLatin1String("..")) || shown.isEmpty()) shown = path;
    // The engine's messages repeat the absolute path; the File column already has it.
    QString message = QString::fromStdString(issue.message);
    if (shown != path) message.replace(path, QDir::toNativeSeparators(shown));
    auto* item = new QTreeWidgetItem(
        {error ? tr("Error") : tr("Warning"), QDir::toNativeSeparators(shown), message});
    item->setData(0, kErrorRole, error);
    item->setIcon(0, error ? errorIcon : warningIcon);
    item->setToolTip(1, QDir::toNativeSeparators(path));
    item->setToolTip(2, QString::fromStdString(issue.message));
    items << item;
  }
  if (report.issues.size() > std::size_t(maxRows())) {
    const std::size_t more = report.issues.size() - maxRows();
    auto* item = new QTreeWidgetItem(
        {QString(), QString(), tr("… and %1 more").arg(ClassCountTable::number(more))});
    item->setData(2, kMoreRole, qulonglong(more));
    items << item;
  }
  addTopLevelItems(items);
}

}  // namespace mddui
