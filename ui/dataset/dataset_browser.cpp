#include "dataset/dataset_browser.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QVBoxLayout>

#include "common/retranslate.h"
#include "dataset/sample_filter_proxy.h"
#include "dataset/sample_grid_view.h"
#include "dataset/sample_list_model.h"
#include "dataset/sample_tile_delegate.h"
#include "dataset/thumbnail_cache.h"

namespace mddui {
namespace {

// A filter combo with one item per key; the texts are set by retranslate().
QComboBox* makeCombo(const QString& name, const QStringList& keys, QWidget* parent) {
  auto* combo = new QComboBox(parent);
  combo->setObjectName(name);
  combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
  for (const QString& key : keys) combo->addItem(QString(), key);
  return combo;
}

}  // namespace

DatasetBrowser::DatasetBrowser(QWidget* parent, ThumbnailCache* cache) : QWidget(parent) {
  setObjectName(QStringLiteral("datasetBrowser"));
  model_ = new SampleListModel(this, cache);
  proxy_ = new SampleFilterProxy(this);
  proxy_->setSourceModel(model_);
  const int thumb = model_->thumbnailCache()->thumbnailSize();
  delegate_ = new SampleTileDelegate(thumb, this);

  view_ = new SampleGridView(this);
  view_->setObjectName(QStringLiteral("browserView"));
  view_->setSelectionMode(QAbstractItemView::ExtendedSelection);
  view_->setIconSize(QSize(thumb, thumb));
  view_->setItemDelegate(delegate_);
  view_->setGridSize(delegate_->tileSize(view_->fontMetrics()) + QSize(4, 4));
  view_->setMouseTracking(true);
  view_->setModel(proxy_);

  count_ = new QLabel(this);
  count_->setObjectName(QStringLiteral("browserCount"));

  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(createFilterBar());
  layout->addWidget(view_, 1);

  connect(view_, &QListView::activated, this, [this](const QModelIndex& index) {
    emit imageActivated(index.data(SampleListModel::PathRole).toString());
  });
  connect(view_->selectionModel(), &QItemSelectionModel::currentChanged, this,
          [this](const QModelIndex& current) { onCurrentChanged(current); });
  connect(proxy_, &QAbstractItemModel::rowsInserted, this, &DatasetBrowser::updateCount);
  connect(proxy_, &QAbstractItemModel::rowsRemoved, this, &DatasetBrowser::updateCount);
  connect(proxy_, &QAbstractItemModel::modelReset, this, &DatasetBrowser::updateCount);
  connect(proxy_, &QAbstractItemModel::layoutChanged, this, &DatasetBrowser::updateCount);
  updateCount();
}

QWidget* DatasetBrowser::createFilterBar() {
  auto* bar = new QWidget(this);
  auto* row = new QHBoxLayout(bar);
  row->setContentsMargins(4, 4, 4, 0);
  classCombo_ = makeCombo(QStringLiteral("browserClassFilter"), {QString()}, bar);
  splitCombo_ = makeCombo(
      QStringLiteral("browserSplitFilter"),
      {QString(), QStringLiteral("train"), QStringLiteral("validation"), QStringLiteral("test")},
      bar);
  verdictCombo_ = makeCombo(QStringLiteral("browserVerdictFilter"),
                            {QString(), QStringLiteral("good"), QStringLiteral("defect"),
                             QStringLiteral("needs_review"), QStringLiteral("none")},
                            bar);
  reviewCombo_ = makeCombo(QStringLiteral("browserReviewFilter"),
                           {QString(), QStringLiteral("unreviewed"), QStringLiteral("reviewed"),
                            QStringLiteral("good"), QStringLiteral("defect")},
                           bar);
  search_ = new QLineEdit(bar);
  search_->setObjectName(QStringLiteral("browserSearch"));
  search_->setClearButtonEnabled(true);
  retranslate(bar, [this] {
    classCombo_->setToolTip(tr("Show one class"));
    setItemTexts(classCombo_, {tr("All classes")});  // the class names follow
    splitCombo_->setToolTip(tr("Show one split"));
    setItemTexts(splitCombo_, {tr("All splits"), tr("Train"), tr("Validation"), tr("Test")});
    verdictCombo_->setToolTip(tr("Show one verdict"));
    setItemTexts(verdictCombo_, {tr("All verdicts"), tr("Good"), tr("Defect"), tr("Needs review"),
                                 tr("Not inspected")});
    reviewCombo_->setToolTip(tr("Show by review label"));
    setItemTexts(reviewCombo_, {tr("Any review state"), tr("Unreviewed"), tr("Reviewed"),
                                tr("Reviewed good"), tr("Reviewed defect")});
    search_->setPlaceholderText(tr("Search file name"));
    updateCount();
  });
  search_->setMinimumWidth(140);

  row->addWidget(classCombo_);
  row->addWidget(splitCombo_);
  row->addWidget(verdictCombo_);
  row->addWidget(reviewCombo_);
  row->addWidget(search_, 1);
  row->addWidget(count_);

  const auto key = [](QComboBox* c) { return c->currentData().toString(); };
  connect(classCombo_, &QComboBox::currentIndexChanged, this,
          [this, key] { proxy_->setClassFilter(key(classCombo_)); });
  connect(splitCombo_, &QComboBox::currentIndexChanged, this,
          [this, key] { proxy_->setSplitFilter(key(splitCombo_)); });
  connect(verdictCombo_, &QComboBox::currentIndexChanged, this,
          [this, key] { proxy_->setVerdictFilter(key(verdictCombo_)); });
  connect(reviewCombo_, &QComboBox::currentIndexChanged, this,
          [this, key] { proxy_->setReviewFilter(key(reviewCombo_)); });
  connect(search_, &QLineEdit::textChanged, proxy_, &SampleFilterProxy::setNameFilter);
  connect(proxy_, &SampleFilterProxy::filterChanged, this, &DatasetBrowser::updateCount);
  return bar;
}

void DatasetBrowser::setSamples(QVector<BrowserSample> samples) {
  model_->setSamples(std::move(samples));
  fillClassCombo();
  updateCount();
}

void DatasetBrowser::fillClassCombo() {
  const QString keep = classCombo_->currentData().toString();
  {
    const QSignalBlocker block(classCombo_);
    while (classCombo_->count() > 1) classCombo_->removeItem(1);
    for (const QString& name : model_->classNames()) classCombo_->addItem(name, name);
    const int index = classCombo_->findData(keep);
    classCombo_->setCurrentIndex(index < 0 ? 0 : index);
  }
  proxy_->setClassFilter(classCombo_->currentData().toString());
}

void DatasetBrowser::updateCount() {
  // Group separators even in the C locale: "4,000" reads faster than "4000".
  QLocale locale;
  locale.setNumberOptions(locale.numberOptions() & ~QLocale::OmitGroupSeparator);
  count_->setText(
      tr("%1 of %2 images")
          .arg(locale.toString(proxy_->rowCount()), locale.toString(model_->rowCount())));
}

int DatasetBrowser::visibleCount() const { return proxy_->rowCount(); }

QString DatasetBrowser::currentPath() const {
  return view_->currentIndex().data(SampleListModel::PathRole).toString();
}

bool DatasetBrowser::selectPath(const QString& path) {
  for (int row : model_->rowsFor(path)) {
    const QModelIndex index = proxy_->mapFromSource(model_->index(row));
    if (!index.isValid()) continue;
    view_->setCurrentIndex(index);
    view_->scrollTo(index);
    return true;
  }
  return false;
}

void DatasetBrowser::onCurrentChanged(const QModelIndex& current) {
  emit currentImageChanged(current.data(SampleListModel::PathRole).toString());
}

}  // namespace mddui
