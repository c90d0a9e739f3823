#pragma once
// What a report run is asked to do and what it gives back: plain values that cross threads
// through queued signals.
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace mddui {

struct ReportOptions {
  QString htmlPath;         // where to write the HTML report; empty: no HTML
  QString pdfPath;          // where to write the PDF report; empty: no PDF
  int examplesPerKind = 3;  // overlays per class and kind (detections, false alarms, misses)
  double opacity = 0.5;     // of the heatmap in the overlays
};

struct ReportOutcome {
  bool ok = false;
  bool cancelled = false;  // stopped by the user; nothing was written
  QString error;           // why nothing was written, naming the file and the fix
  QString htmlPath;        // the files written (empty when not asked for or not written)
  QString pdfPath;
  int pages = 0;         // A4 pages of the report as laid out for the PDF
  int overlays = 0;      // example overlays in the report
  QStringList warnings;  // examples that could not be rendered (the report has a note)
  double seconds = 0;
};

}  // namespace mddui

Q_DECLARE_METATYPE(mddui::ReportOutcome)
