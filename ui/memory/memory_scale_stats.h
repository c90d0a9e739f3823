#pragma once
// The numbers of one scale of the memory view: item counts by role, the entropy that
// makes an item class-shared, the perplexity the t-SNE used, and the cluster quality of
// the embedding (silhouette, Davies-Bouldin, trustworthiness).
#include <QGroupBox>

#include <optional>
#include <utility>

#include "mdd/memory_analysis.h"

class QLabel;

namespace mddui {

class MemoryScaleStats : public QGroupBox {
  Q_OBJECT
 public:
  explicit MemoryScaleStats(QWidget* parent = nullptr);

  // `wantedPerplexity`: as asked; the label shows what the engine used for the item count.
  void setSummary(const mdd::MemoryScaleSummary& summary, double wantedPerplexity);
  void clear();  // every value "–"

 private:
  QLabel* addRow(const QString& objectName);  // captions and help set by retranslate()
  void showSummary();                         // summary_'s numbers, in the current language

  std::optional<std::pair<mdd::MemoryScaleSummary, double>> summary_;

  QLabel* items_ = nullptr;
  QLabel* specific_ = nullptr;
  QLabel* shared_ = nullptr;
  QLabel* entropy_ = nullptr;
  QLabel* perplexity_ = nullptr;
  QLabel* silhouette_ = nullptr;
  QLabel* daviesBouldin_ = nullptr;
  QLabel* trustworthiness_ = nullptr;
};

}  // namespace mddui
