#include "review/review_recorder.h"

#include <QDir>

#include "project/project_store.h"

namespace mddui {

void ReviewRecorder::setStore(ProjectStore* store) {
  store_ = store;
  history_.clear();
  lastError_.clear();
}

bool ReviewRecorder::hasStore() const { return store_ && store_->isOpen(); }

bool ReviewRecorder::fail(const QString& message) {
  lastError_ = message;
  return false;
}

bool ReviewRecorder::record(const ReviewLabel& label, const std::optional<ReviewLabel>& previous) {
  if (!hasStore())
    return fail(tr("No project is open, so the decision on %1 cannot be stored. Open or create "
                   "a project first.")
                    .arg(QDir::toNativeSeparators(label.imagePath)));
  if (!store_->setReviewLabel(label)) return fail(store_->lastError());
  history_.push_back({label, previous});
  lastError_.clear();
  return true;
}

bool ReviewRecorder::undo(Step* undone) {
  if (history_.isEmpty()) return fail(tr("There is no review decision to undo."));
  if (!hasStore())
    return fail(tr("No project is open, so the decision cannot be undone. Reopen the project."));
  const Step& step = history_.back();
  const bool ok = step.previous ? store_->setReviewLabel(*step.previous)
                                : store_->removeReviewLabel(step.applied.imagePath);
  if (!ok) return fail(store_->lastError());
  if (undone) *undone = step;
  history_.pop_back();
  lastError_.clear();
  return true;
}

}  // namespace mddui
