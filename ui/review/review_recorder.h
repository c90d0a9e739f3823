#pragma once
// Commits review decisions to the project and undoes them. Each decision is one
// ProjectStore::setReviewLabel call, i.e. one committed transaction, before the caller
// moves on: a crash never loses a decision the operator saw taken. Undo is multi-level and
// exact: it writes back the label the image had before (decision, note and time as they
// were), or removes the label when there was none.
#include <QCoreApplication>
#include <QString>
#include <QVector>

#include <optional>

#include "project/project_records.h"

namespace mddui {

class ProjectStore;

class ReviewRecorder {
  Q_DECLARE_TR_FUNCTIONS(ReviewRecorder)

 public:
  struct Step {
    ReviewLabel applied;
    std::optional<ReviewLabel> previous;  // what undo restores; none: undo removes the label
  };

  // The history belongs to one project: a new store starts an empty one.
  void setStore(ProjectStore* store);
  ProjectStore* store() const { return store_; }
  bool hasStore() const;

  // Stores `label`; `previous` is the label the image has now (none when unreviewed).
  // On failure nothing is recorded and lastError() says why.
  bool record(const ReviewLabel& label, const std::optional<ReviewLabel>& previous);

  bool canUndo() const { return !history_.isEmpty(); }
  int undoDepth() const { return static_cast<int>(history_.size()); }
  // Reverts the latest decision in the store and reports it in `undone`. On failure the
  // step stays on the history (so undo can be tried again) and lastError() says why.
  bool undo(Step* undone = nullptr);
  void clear() { history_.clear(); }

  QString lastError() const { return lastError_; }

 private:
  bool fail(const QString& message);

  ProjectStore* store_ = nullptr;
  QVector<Step> history_;
  QString lastError_;
};

}  // namespace mddui
