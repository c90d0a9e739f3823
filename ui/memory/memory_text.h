#pragma once
// The words the memory inspector uses: scale names, score formatting, item tooltips.
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include "mdd/memory_analysis.h"

namespace mddui {

class MemoryText {
  Q_DECLARE_TR_FUNCTIONS(mddui::MemoryText)
 public:
  // "fine", "middle", "coarse" for teacher scales 0, 1, 2; "scale N" beyond.
  static QString scaleName(int scale);
  // A cluster or embedding score with 3 decimals; "n/a" when undefined (NaN).
  static QString score(double value);
  // The class name for an index, or "class N" when the model did not name it.
  static QString className(const QStringList& classNames, int index);
  // Rich text: owner class, role, entropy, and the class probabilities sorted high to low
  // (the first kMaxTooltipClasses, then how many more).
  static QString itemTooltip(const mdd::MemoryItemView& item, const QStringList& classNames);

  static constexpr int kMaxTooltipClasses = 12;
};

}  // namespace mddui
