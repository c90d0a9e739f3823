#include "memory/memory_text.h"

#include <QLocale>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <vector>

namespace mddui {

QString MemoryText::scaleName(int scale) {
  switch (scale) {
    case 0:
      return tr("fine");
    case 1:
      return tr("middle");
    case 2:
      return tr("coarse");
    default:
      return tr("scale %1").arg(scale);
  }
}

QString MemoryText::score(double value) {
  return std::isfinite(value) ? QLocale().toString(value, 'f', 3) : tr("n/a");
}

QString MemoryText::className(const QStringList& classNames, int index) {
  if (index >= 0 && index < classNames.size()) return classNames[index];
  return index < 0 ? tr("none") : tr("class %1").arg(index);
}

QString MemoryText::itemTooltip(const mdd::MemoryItemView& view, const QStringList& classNames) {
  const auto& probabilities = view.item.classProbabilities;
  // Highest first; equal probabilities keep the class order, so the text is stable.
  std::vector<int> order(probabilities.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(),
                   [&](int a, int b) { return probabilities[a] > probabilities[b]; });

  QString html = QStringLiteral("<b>%1</b><br>")
                     .arg(tr("Memory item of %1")
                              .arg(className(classNames, view.item.ownerClass).toHtmlEscaped()));
  html += tr("%1 scale · %2")
              .arg(scaleName(view.item.scale),
                   view.role.classShared ? tr("class-shared") : tr("class-specific"));
  html += QStringLiteral("<br>") +
          tr("entropy %1 nats").arg(QLocale().toString(view.role.entropy, 'f', 3));
  html += QStringLiteral("<br>") + tr("class probabilities:");
  html += QStringLiteral("<table cellspacing='0' cellpadding='1'>");
  const int shown = std::min<int>(static_cast<int>(order.size()), kMaxTooltipClasses);
  for (int k = 0; k < shown; ++k) {
    const int c = order[k];
    html += QStringLiteral("<tr><td>%1</td><td align='right'>&nbsp;%2</td></tr>")
                .arg(className(classNames, c).toHtmlEscaped(),
                     QLocale().toString(static_cast<double>(probabilities[c]), 'f', 3));
  }
  html += QStringLiteral("</table>");
  if (static_cast<int>(order.size()) > shown)
    html += tr("… and %n more classes", nullptr, static_cast<int>(order.size()) - shown);
  return html;
}

}  // namespace mddui
