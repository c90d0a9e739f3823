#include "dataset/sample_filter_proxy.h"

#include <QFileInfo>

#include "dataset/sample_list_model.h"

namespace mddui {

SampleFilterProxy::SampleFilterProxy(QObject* parent) : QSortFilterProxyModel(parent) {
  // Verdicts and reviews change while the user looks: rows must leave / join the view.
  setDynamicSortFilter(true);
}

void SampleFilterProxy::setSourceModel(QAbstractItemModel* model) {
  samples_ = qobject_cast<const SampleListModel*>(model);
  QSortFilterProxyModel::setSourceModel(model);
}

bool SampleFilterProxy::update(QString& field, const QString& value) {
  if (field == value) return false;
  field = value;
  invalidateFilter();
  emit filterChanged(rowCount());
  return true;
}

void SampleFilterProxy::setClassFilter(const QString& className) { update(class_, className); }
void SampleFilterProxy::setSplitFilter(const QString& split) { update(split_, split); }
void SampleFilterProxy::setVerdictFilter(const QString& verdict) { update(verdict_, verdict); }
void SampleFilterProxy::setReviewFilter(const QString& review) { update(review_, review); }
void SampleFilterProxy::setNameFilter(const QString& text) { update(name_, text.trimmed()); }

bool SampleFilterProxy::accepts(const QString& className, const QString& split,
                                const QString& verdict, const QString& review,
                                const QString& fileName) const {
  if (!class_.isEmpty() && className != class_) return false;
  if (!split_.isEmpty() && split != split_) return false;
  if (!verdict_.isEmpty()) {
    if (verdict_ == QLatin1String("none") ? !verdict.isEmpty() : verdict != verdict_) return false;
  }
  if (!review_.isEmpty()) {
    if (review_ == QLatin1String("unreviewed")) {
      if (!review.isEmpty()) return false;
    } else if (review_ == QLatin1String("reviewed")) {
      if (review.isEmpty()) return false;
    } else if (review != review_) {
      return false;
    }
  }
  return name_.isEmpty() || fileName.contains(name_, Qt::CaseInsensitive);
}

bool SampleFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
  if (samples_) {
    const BrowserSample& s = samples_->sample(sourceRow);
    return accepts(s.className, s.split, s.verdict, s.review, samples_->fileName(sourceRow));
  }
  const QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent);
  return accepts(i.data(SampleListModel::ClassRole).toString(),
                 i.data(SampleListModel::SplitRole).toString(),
                 i.data(SampleListModel::VerdictRole).toString(),
                 i.data(SampleListModel::ReviewRole).toString(),
                 QFileInfo(i.data(SampleListModel::PathRole).toString()).fileName());
}

}  // namespace mddui
