#include "thresholds/confusion_view.h"

#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

#include "common/retranslate.h"
#include "results/results_table_model.h"

namespace mddui {
namespace {

QString percentText(double fraction) {
  return std::isnan(fraction) ? QStringLiteral("–")
                              : QLocale().toString(100.0 * fraction, 'f', 1) + QStringLiteral(" %");
}

// Right calls tinted green, wrong ones red, review amber: the matrix reads at a glance.
QColor tint(const QString& verdict, bool right) {
  QColor c = ResultsTableModel::verdictColor(verdict == QLatin1String("needs_review")
                                                 ? verdict
                                                 : QString::fromLatin1(right ? "good" : "defect"));
  c.setAlpha(55);
  return c;
}

}  // namespace

ConfusionView::ConfusionView(QWidget* parent) : QWidget(parent) {
  setObjectName(QStringLiteral("confusionView"));
  table_ = new QTableWidget(this);
  table_->setObjectName(QStringLiteral("confusionTable"));
  table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
  table_->setSelectionMode(QAbstractItemView::NoSelection);
  table_->setFocusPolicy(Qt::NoFocus);
  table_->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
  table_->verticalHeader()->setSectionResizeMode(QHeaderView::Stretch);
  table_->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
  table_->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
  table_->setMinimumSize(260, 100);

  auto label = [this](const char* name) {
    auto* l = new QLabel(this);
    l->setObjectName(QLatin1String(name));
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return l;
  };
  precision_ = label("precisionLabel");
  recall_ = label("recallLabel");
  f1_ = label("f1Label");
  fpr_ = label("fprLabel");
  auto* caption = new QLabel(this);
  caption->setObjectName(QStringLiteral("confusionCaption"));
  QFont captionFont = caption->font();
  captionFont.setPointSizeF(captionFont.pointSizeF() * 0.9);
  caption->setFont(captionFont);

  auto* rates = new QGridLayout;
  rates->addWidget(precision_, 0, 0);
  rates->addWidget(recall_, 0, 1);
  rates->addWidget(f1_, 1, 0);
  rates->addWidget(fpr_, 1, 1);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(caption);
  layout->addWidget(table_, 1);
  layout->addLayout(rates);
  retranslate(this, [this, caption] {
    precision_->setToolTip(tr("Of the images not passed as good, the share that are defects"));
    recall_->setToolTip(tr("Of the defect images, the share not passed as good"));
    fpr_->setToolTip(tr("Of the good images, the share not passed as good"));
    caption->setText(tr("Rows: ground truth · columns: verdict"));
    setCounts(counts_, bandOn_);  // headers, rates and numbers in the current language
  });
}

void ConfusionView::setCounts(const VerdictCounts& counts, bool bandOn) {
  counts_ = counts;
  bandOn_ = bandOn;
  QStringList verdicts{QStringLiteral("good")};
  if (bandOn) verdicts << QStringLiteral("needs_review");
  verdicts << QStringLiteral("defect");
  table_->setRowCount(2);
  table_->setColumnCount(static_cast<int>(verdicts.size()));
  QStringList headers;
  for (const QString& v : verdicts) headers << ResultsTableModel::verdictText(v);
  table_->setHorizontalHeaderLabels(headers);
  // Truth in the histogram's words, so rows never read like the verdict columns.
  table_->setVerticalHeaderLabels({tr("Normal"), tr("Anomalous")});
  for (int r = 0; r < 2; ++r) {
    for (int c = 0; c < verdicts.size(); ++c) {
      const int value = cell(static_cast<Row>(r), verdicts[c]);
      auto* item = new QTableWidgetItem(QLocale().toString(value));
      item->setTextAlignment(Qt::AlignCenter);
      QFont font = item->font();
      font.setBold(true);
      font.setPointSizeF(font.pointSizeF() * 1.25);
      item->setFont(font);
      const bool right = (r == TruthGood) == (verdicts[c] == QLatin1String("good"));
      item->setBackground(tint(verdicts[c], right));
      table_->setItem(r, c, item);
    }
  }
  precision_->setText(tr("Precision: %1").arg(percentText(counts.precision())));
  recall_->setText(tr("Recall: %1").arg(percentText(counts.recall())));
  f1_->setText(tr("F1: %1").arg(percentText(counts.f1())));
  fpr_->setText(tr("FPR: %1").arg(percentText(counts.falsePositiveRate())));
}

int ConfusionView::cell(Row truth, const QString& verdict) const {
  const VerdictCounts& c = counts_;
  const bool good = truth == TruthGood;
  if (verdict == QLatin1String("good")) return good ? c.tn : c.fn;
  if (verdict == QLatin1String("needs_review")) {
    if (!bandOn_) return -1;
    return good ? c.reviewNormal : c.reviewDefect;
  }
  if (verdict == QLatin1String("defect")) {
    // Without the band there is no review column: any review calls stay in "defect".
    if (good) return bandOn_ ? c.fp - c.reviewNormal : c.fp;
    return bandOn_ ? c.tp - c.reviewDefect : c.tp;
  }
  return -1;
}

}  // namespace mddui

