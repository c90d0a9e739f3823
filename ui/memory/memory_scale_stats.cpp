#include "memory/memory_scale_stats.h"

#include <QFormLayout>
#include <QLabel>
#include <QLocale>

#include <cmath>

#include "common/retranslate.h"
#include "mdd/analysis.h"
#include "memory/memory_text.h"

namespace mddui {

MemoryScaleStats::MemoryScaleStats(QWidget* parent) : QGroupBox(parent) {
  setObjectName(QStringLiteral("memoryScaleStats"));
  auto* form = new QFormLayout(this);
  form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
  items_ = addRow(QStringLiteral("memoryItemCountLabel"));
  specific_ = addRow(QStringLiteral("specificCountLabel"));
  shared_ = addRow(QStringLiteral("sharedCountLabel"));
  entropy_ = addRow(QStringLiteral("entropyThresholdLabel"));
  perplexity_ = addRow(QStringLiteral("effectivePerplexityLabel"));
  silhouette_ = addRow(QStringLiteral("silhouetteLabel"));
  daviesBouldin_ = addRow(QStringLiteral("daviesBouldinLabel"));
  trustworthiness_ = addRow(QStringLiteral("trustworthinessLabel"));
  clear();
  retranslate(this, [this, form] {
    setTitle(tr("This scale"));
    const auto row = [form](QLabel* value, const QString& name, const QString& help) {
      value->setToolTip(help);
      QLabel* caption = formLabel(form, value);
      caption->setText(tr("%1:").arg(name));
      caption->setToolTip(help);
    };
    row(items_, tr("Memory items"), tr("Items in this scale's memory banks, over all classes."));
    row(specific_, tr("Class-specific"),
        tr("Items whose class probabilities favour few classes: coloured by the class whose "
           "bank they live in."));
    row(shared_, tr("Class-shared"),
        tr("The 10% of items with the highest entropy of their class probabilities: grey, "
           "joined to their two most probable classes."));
    row(entropy_, tr("Entropy threshold"),
        tr("The lowest entropy (nats) among the class-shared items."));
    row(perplexity_, tr("Perplexity used"),
        tr("The t-SNE perplexity, lowered to (items - 1) / 3 for few items."));
    row(silhouette_, tr("Silhouette"),
        tr("How well the t-SNE points cluster by owner class, from -1 to 1: higher is better."));
    row(daviesBouldin_, tr("Davies-Bouldin"),
        tr("Mean similarity of each class cluster to its closest other one: lower is better, "
           "0 is best."));
    row(trustworthiness_, tr("Trustworthiness"),
        tr("How well the 2-D neighbourhoods keep the items' own neighbours, from 0 to 1: "
           "higher is better."));
    if (summary_) showSummary();  // numbers in the new locale
  });
}

QLabel* MemoryScaleStats::addRow(const QString& objectName) {
  auto* value = new QLabel(this);
  value->setObjectName(objectName);
  value->setTextInteractionFlags(Qt::TextSelectableByMouse);
  static_cast<QFormLayout*>(layout())->addRow(new QLabel(this), value);
  return value;
}

void MemoryScaleStats::clear() {
  summary_.reset();
  const QString none = QStringLiteral("–");
  for (QLabel* l : {items_, specific_, shared_, entropy_, perplexity_, silhouette_, daviesBouldin_,
                    trustworthiness_})
    l->setText(none);
}

void MemoryScaleStats::setSummary(const mdd::MemoryScaleSummary& s, double wantedPerplexity) {
  summary_ = std::make_pair(s, wantedPerplexity);
  showSummary();
}

void MemoryScaleStats::showSummary() {
  const mdd::MemoryScaleSummary& s = summary_->first;
  const double wantedPerplexity = summary_->second;
  const QLocale locale;
  items_->setText(locale.toString(qulonglong(s.items)));
  specific_->setText(locale.toString(qulonglong(s.items - s.sharedItems)));
  shared_->setText(locale.toString(qulonglong(s.sharedItems)));
  entropy_->setText(std::isfinite(s.entropyThreshold)
                        ? tr("%1 nats").arg(locale.toString(s.entropyThreshold, 'f', 3))
                        : tr("n/a"));
  perplexity_->setText(
      s.items >= 2 ? locale.toString(mdd::suitablePerplexity(s.items, wantedPerplexity), 'g', 4)
                   : tr("n/a"));
  silhouette_->setText(MemoryText::score(s.silhouette));
  daviesBouldin_->setText(MemoryText::score(s.daviesBouldin));
  trustworthiness_->setText(MemoryText::score(s.trustworthiness));
}

}  // namespace mddui
