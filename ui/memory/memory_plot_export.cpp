#include "memory/memory_plot_export.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTemporaryDir>

#include <qcustomplot.h>

namespace mddui {

template <typename Render>
bool MemoryPlotExport::save(const QString& file, const QString& suffix, Render render,
                            QString* error) {
  const auto fail = [&](const QString& why) {
    if (error)
      *error = tr("Could not write %1: %2. Choose a folder you can write to, with free space.")
                   .arg(QDir::toNativeSeparators(file), why);
    return false;
  };
  if (file.isEmpty()) return fail(tr("no file name was given"));
  if (!QFileInfo(QFileInfo(file).absolutePath()).isDir())
    return fail(tr("the folder %1 does not exist")
                    .arg(QDir::toNativeSeparators(QFileInfo(file).absolutePath())));
  QTemporaryDir scratch;
  if (!scratch.isValid()) return fail(tr("no temporary folder (%1)").arg(scratch.errorString()));
  const QString rendered = scratch.filePath(QStringLiteral("plot.") + suffix);
  if (!render(rendered)) return fail(tr("the plot could not be rendered"));
  QFile in(rendered);
  if (!in.open(QIODevice::ReadOnly)) return fail(in.errorString());
  const QByteArray bytes = in.readAll();
  QSaveFile out(file);
  if (!out.open(QIODevice::WriteOnly)) return fail(out.errorString());
  if (out.write(bytes) != bytes.size() || !out.commit()) return fail(out.errorString());
  return true;
}

bool MemoryPlotExport::savePng(QCustomPlot* plot, const QString& file, QSize size, double scale,
                               QString* error) {
  return save(
      file, QStringLiteral("png"),
      [&](const QString& path) { return plot->savePng(path, size.width(), size.height(), scale); },
      error);
}

bool MemoryPlotExport::savePdf(QCustomPlot* plot, const QString& file, QSize size, QString* error) {
  return save(
      file, QStringLiteral("pdf"),
      [&](const QString& path) {
        return plot->savePdf(path, size.width(), size.height(), QCP::epAllowCosmetic,
                             QStringLiteral("MDD-Net Inspector"), tr("CMM memory items (t-SNE)"));
      },
      error);
}

}  // namespace mddui
