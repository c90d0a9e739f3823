#pragma once
// Writes a QCustomPlot to PNG or PDF atomically: QCustomPlot renders into a temporary file,
// whose bytes then replace the target through QSaveFile, so a failed export never leaves a
// half-written file where an old one was.
#include <QCoreApplication>
#include <QSize>
#include <QString>

class QCustomPlot;

namespace mddui {

class MemoryPlotExport {
  Q_DECLARE_TR_FUNCTIONS(mddui::MemoryPlotExport)
 public:
  // `size`: logical pixels (PNG: times `scale` in the file) or PDF points.
  static bool savePng(QCustomPlot* plot, const QString& file, QSize size, double scale,
                      QString* error);
  static bool savePdf(QCustomPlot* plot, const QString& file, QSize size, QString* error);

 private:
  template <typename Render>
  static bool save(const QString& file, const QString& suffix, Render render, QString* error);
};

}  // namespace mddui
