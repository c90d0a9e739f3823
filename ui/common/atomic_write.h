#pragma once
// Writing a whole file so that a crash, a full disk or a failed write never leaves a
// half-written file under the final name (QSaveFile: a temporary file, then a rename).
#include <QByteArray>
#include <QString>

namespace mddui {

// Writes `bytes` to `file`. On failure returns false, leaves an existing file as it was,
// and sets `error` to a sentence naming the file, the reason and the fix.
bool writeFileAtomically(const QString& file, const QByteArray& bytes, QString* error);

}  // namespace mddui
