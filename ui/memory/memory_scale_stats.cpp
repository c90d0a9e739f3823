#include "memory/memory_scale_stats.h"

#include <QFormLayout>
#include <QLabel>

#include <cmath>

#include "mdd/analysis.h"
#include "memory/memory_text.h"

namespace mddui {

MemoryScaleStats::MemoryScaleStats(QWidget* parent) : QGroupBox(tr("This scale"), parent) {
  setObjectName(QStringLiteral("memoryScaleStats"));
  auto* form = new QFormLayout(this);
  form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
  items_ = addRow(tr("Memory items"), QStringLiteral("memoryItemCountLabel"),
                  tr("Items in this scale's memory banks, over all classes."));
  specific_ = addRow(tr("Class-specific"), QStringLiteral("specificCountLabel"),
                     tr("Items whose class probabilities favour few classes: coloured by the "
                        "class whose bank they live in."));
  shared_ = addRow(tr("Class-shared"), QStringLiteral("sharedCountLabel"),
                   tr("The 10% of items with the highest entropy of their class probabilities: "
                      "grey, joined to their two most probable classes."));
  entropy_ = addRow(tr("Entropy threshold"), QStringLiteral("entropyThresholdLabel"),
                    tr("The lowest entropy (nats) among the class-shared items."));
  perplexity_ = addRow(tr("Perplexity used"), QStringLiteral("effectivePerplexityLabel"),
                       tr("The t-SNE perplexity, lowered to (items - 1) / 3 for few items."));
  silhouette_ = addRow(tr("Silhouette"), QStringLiteral("silhouetteLabel"),
                       tr("How well the t-SNE points cluster by owner class, from -1 to 1: "
                          "higher is better."));
  daviesBouldin_ = addRow(tr("Davies-Bouldin"), QStringLiteral("daviesBouldinLabel"),
                          tr("Mean similarity of each class cluster to its closest other one: "
                             "lower is better, 0 is best."));
  trustworthiness_ = addRow(tr("Trustworthiness"), QStringLiteral("trustworthinessLabel"),
                            tr("How well the 2-D neighbourhoods keep the items' own neighbours, "
                               "from 0 to 1: higher is better."));
  clear();
}

QLabel* MemoryScaleStats::addRow(const QString& name, const QString& objectName,
                                 const QString& help) {
  auto* value = new QLabel(this);
  value->setObjectName(objectName);
  value->setTextInteractionFlags(Qt::TextSelectableByMouse);
  value->setToolTip(help);
  auto* caption = new QLabel(name + QLatin1Char(':'), this);
  caption->setToolTip(help);
  static_cast<QFormLayout*>(layout())->addRow(caption, value);
  return value;
}

void MemoryScaleStats::clear() {
  const QString none = QStringLiteral("–");
  for (QLabel* l : {items_, specific_, shared_, entropy_, perplexity_, silhouette_, daviesBouldin_,
                    trustworthiness_})
    l->setText(none);
}

void MemoryScaleStats::setSummary(const mdd::MemoryScaleSummary& s, double wantedPerplexity) {
  items_->setText(QString::number(s.items));
  specific_->setText(QString::number(s.items - s.sharedItems));
  shared_->setText(QString::number(s.sharedItems));
  entropy_->setText(std::isfinite(s.entropyThreshold)
                        ? tr("%1 nats").arg(QString::number(s.entropyThreshold, 'f', 3))
                        : tr("n/a"));
  perplexity_->setText(
      s.items >= 2 ? QString::number(mdd::suitablePerplexity(s.items, wantedPerplexity), 'g', 4)
                   : tr("n/a"));
  silhouette_->setText(MemoryText::score(s.silhouette));
  daviesBouldin_->setText(MemoryText::score(s.daviesBouldin));
  trustworthiness_->setText(MemoryText::score(s.trustworthiness));
}

}  // namespace mddui
