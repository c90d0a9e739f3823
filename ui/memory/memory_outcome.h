#pragma once
// What a memory analysis gives the inspector: a plain value that crosses threads through
// a queued signal (a registered Qt meta type), so no engine model leaves the worker.
#include <QMetaType>
#include <QString>
#include <QStringList>

#include "mdd/memory_analysis.h"

namespace mddui {

struct MemoryOutcome {
  bool ok = false;         // false: cancelled, or `error` says why it could not be done
  bool cancelled = false;  // stopped by the user; `analysis` is incomplete and not shown
  bool noMemory = false;   // the model was trained without the class-aware memory
  QString error;           // names the model file and the fix
  QString modelPath;
  mdd::MemoryAnalysisOptions options;  // as asked (the engine lowers perplexity per scale)
  mdd::MemoryAnalysis analysis;
  QStringList classNames;  // the model's, by class index
  double seconds = 0;
};

}  // namespace mddui

Q_DECLARE_METATYPE(mddui::MemoryOutcome)
