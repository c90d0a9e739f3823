// ReviewPanel: building the widgets and the keyboard shortcuts (review_panel.cpp holds the
// behaviour).
#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

#include "common/retranslate.h"
#include "results/image_viewer.h"
#include "results/results_table_model.h"
#include "review/review_image_label.h"
#include "review/review_panel.h"
#include "review/review_queue_model.h"

namespace mddui {
namespace {

QPushButton* button(QWidget* parent, const QString& name) {
  auto* b = new QPushButton(parent);
  b->setObjectName(name);
  // Keys go to the panel's shortcuts; a focused button would swallow Space and Enter.
  b->setFocusPolicy(Qt::NoFocus);
  return b;
}

}  // namespace

QWidget* ReviewPanel::buildQueueSide() {
  auto* side = new QWidget(this);
  auto* layout = new QVBoxLayout(side);
  layout->setContentsMargins(0, 0, 0, 0);

  auto* title = new QLabel(side);
  title->setObjectName(QStringLiteral("reviewQueueTitle"));
  QFont bold = title->font();
  bold.setBold(true);
  title->setFont(bold);
  progress_ = new QLabel(side);
  progress_->setObjectName(QStringLiteral("reviewProgress"));
  progress_->setFont(bold);
  auto* head = new QHBoxLayout;
  head->addWidget(title);
  head->addStretch(1);
  head->addWidget(progress_);
  layout->addLayout(head);

  unreviewedOnly_ = new QCheckBox(side);
  unreviewedOnly_->setObjectName(QStringLiteral("unreviewedOnlyCheck"));
  unreviewedOnly_->setFocusPolicy(Qt::NoFocus);
  layout->addWidget(unreviewedOnly_);

  view_ = new QTableView(side);
  view_->setObjectName(QStringLiteral("reviewQueueView"));
  view_->setModel(model_);
  view_->setSelectionBehavior(QAbstractItemView::SelectRows);
  view_->setSelectionMode(QAbstractItemView::SingleSelection);
  view_->setEditTriggers(QAbstractItemView::NoEditTriggers);
  view_->setAlternatingRowColors(true);
  view_->setWordWrap(false);
  view_->setTextElideMode(Qt::ElideMiddle);  // long names keep their end visible
  view_->verticalHeader()->hide();
  view_->verticalHeader()->setDefaultSectionSize(view_->fontMetrics().height() + 8);
  QHeaderView* header = view_->horizontalHeader();
  header->setSectionResizeMode(QHeaderView::ResizeToContents);
  header->setSectionResizeMode(ReviewQueueModel::FileColumn, QHeaderView::Stretch);
  layout->addWidget(view_, 1);

  exportButton_ = button(side, QStringLiteral("exportReviewCsvButton"));
  addToTrainingButton_ = button(side, QStringLiteral("addReviewedToTrainingButton"));
  auto* actions = new QHBoxLayout;
  actions->addWidget(exportButton_);
  actions->addWidget(addToTrainingButton_);
  actions->addStretch(1);
  layout->addLayout(actions);

  retranslate(side, [this, title] {
    title->setText(tr("Review queue — most uncertain first"));
    unreviewedOnly_->setText(tr("Unreviewed only"));
    unreviewedOnly_->setToolTip(tr("Hide the images that already have a decision"));
    exportButton_->setText(tr("Export CSV…"));
    exportButton_->setToolTip(
        tr("Save every queued image with its verdict, decision and note as CSV"));
    addToTrainingButton_->setText(tr("Add reviewed good to training"));
    addToTrainingButton_->setToolTip(
        tr("Hand the images you confirmed as good to the next training run"));
    // The queue's headers, verdicts, decisions and scores in the new language and locale.
    if (const int columns = model_->columnCount(); columns > 0) {
      emit model_->headerDataChanged(Qt::Horizontal, 0, columns - 1);
      if (const int rows = model_->rowCount(); rows > 0)
        emit model_->dataChanged(model_->index(0, 0), model_->index(rows - 1, columns - 1));
    }
  });
  return side;
}

QWidget* ReviewPanel::buildImageSide() {
  auto* side = new QWidget(this);
  auto* layout = new QVBoxLayout(side);
  layout->setContentsMargins(0, 0, 0, 0);

  banner_ = new QLabel(side);
  banner_->setObjectName(QStringLiteral("reviewBanner"));
  banner_->setTextFormat(Qt::RichText);
  banner_->setWordWrap(true);
  banner_->setMargin(8);
  layout->addWidget(banner_);

  imageStack_ = new QStackedWidget(side);
  image_ = new ReviewImageLabel(imageStack_);
  viewer_ = new ImageViewer(imageStack_);
  viewer_->setObjectName(QStringLiteral("reviewViewer"));
  imageStack_->addWidget(image_);
  imageStack_->addWidget(viewer_);
  layout->addWidget(imageStack_, 1);

  note_ = new QLineEdit(side);
  note_->setObjectName(QStringLiteral("reviewNote"));
  note_->setClearButtonEnabled(true);
  auto* noteRow = new QHBoxLayout;
  auto* noteLabel = new QLabel(side);
  noteLabel->setBuddy(note_);
  noteRow->addWidget(noteLabel);
  noteRow->addWidget(note_, 1);
  layout->addLayout(noteRow);

  goodButton_ = button(side, QStringLiteral("confirmGoodButton"));
  defectButton_ = button(side, QStringLiteral("confirmDefectButton"));
  acceptButton_ = button(side, QStringLiteral("acceptVerdictButton"));
  undoButton_ = button(side, QStringLiteral("undoReviewButton"));
  previousButton_ = button(side, QStringLiteral("previousReviewButton"));
  nextButton_ = button(side, QStringLiteral("nextReviewButton"));
  auto* decisions = new QHBoxLayout;
  decisions->addWidget(goodButton_, 1);
  decisions->addWidget(defectButton_, 1);
  decisions->addWidget(acceptButton_, 1);
  layout->addLayout(decisions);
  auto* moves = new QHBoxLayout;
  moves->addWidget(previousButton_);
  moves->addWidget(nextButton_);
  moves->addStretch(1);
  moves->addWidget(undoButton_);
  layout->addLayout(moves);

  retranslate(side, [this, noteLabel] {
    note_->setPlaceholderText(
        tr("Optional note, stored with the decision (Esc returns to the queue)"));
    noteLabel->setText(tr("&Note:"));
    goodButton_->setText(tr("Good (G)"));
    goodButton_->setToolTip(tr("Decide: this image is good, then go to the next unreviewed one"));
    defectButton_->setText(tr("Defect (D)"));
    defectButton_->setToolTip(
        tr("Decide: this image is defective, then go to the next unreviewed one"));
    acceptButton_->setText(tr("Accept verdict (Enter)"));
    acceptButton_->setToolTip(
        tr("Take the model's verdict as the decision (not for needs review)"));
    undoButton_->setText(tr("Undo (Ctrl+Z)"));
    undoButton_->setToolTip(tr("Undo the last decision; press again to go further back"));
    previousButton_->setText(tr("Previous (K)"));
    previousButton_->setToolTip(tr("Go to the previous image in the queue (K or Up)"));
    nextButton_->setText(tr("Next (J)"));
    nextButton_->setToolTip(tr("Go to the next image in the queue (J or Down)"));
  });
  return side;
}

void ReviewPanel::buildShortcuts() {
  // WidgetWithChildrenShortcut: the keys act while the focus is anywhere in this panel, and
  // never on another page of the main window. The note field keeps letters it is typed
  // (QLineEdit claims printable keys and Ctrl+Z before shortcuts), so a note can say "good".
  auto add = [this](const QKeySequence& keys, auto&& slot) {
    auto* shortcut = new QShortcut(keys, this);
    shortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(shortcut, &QShortcut::activated, this, slot);
  };
  add(QKeySequence(Qt::Key_G), [this] { decide(QStringLiteral("good")); });
  add(QKeySequence(Qt::Key_D), [this] { decide(QStringLiteral("defect")); });
  add(QKeySequence(Qt::Key_Return), [this] { acceptVerdict(); });
  add(QKeySequence(Qt::Key_Enter), [this] { acceptVerdict(); });
  add(QKeySequence(Qt::CTRL | Qt::Key_Z), [this] { undo(); });
  add(QKeySequence(Qt::Key_J), [this] { next(); });
  add(QKeySequence(Qt::Key_Down), [this] { next(); });
  add(QKeySequence(Qt::Key_K), [this] { previous(); });
  add(QKeySequence(Qt::Key_Up), [this] { previous(); });
  add(QKeySequence(Qt::Key_Escape), [this] { view_->setFocus(Qt::ShortcutFocusReason); });
}

// ---- display -------------------------------------------------------------------------------

void ReviewPanel::updateBanner() {
  const ResultRow* row = currentRow();
  if (!row) {
    banner_->setStyleSheet(QString());
    banner_->setText(tr("No image selected"));
    return;
  }
  const QColor color = ResultsTableModel::verdictColor(row->verdict);
  banner_->setStyleSheet(QStringLiteral("QLabel#reviewBanner { background-color: %1; color: white;"
                                        " border-radius: 4px; }")
                             .arg(color.name()));
  const std::optional<ReviewLabel> label = model_->label(row->path);
  QString decision =
      label ? tr("Your decision: <b>%1</b>").arg(ReviewQueueModel::decisionText(label->decision))
            : tr("Not reviewed yet");
  if (label && !label->note.isEmpty())
    decision += QStringLiteral(" — ") + label->note.toHtmlEscaped();
  const QLocale locale;
  banner_->setText(
      QStringLiteral("<span style=\"font-size:large\"><b>%1</b> &nbsp; %2</span><br>%3<br>%4")
          .arg(ResultsTableModel::verdictText(row->verdict).toHtmlEscaped(),
               tr("score %1").arg(locale.toString(row->normalizedScore, 'f', 3)),
               tr("%1 · class %2 · raw score %3")
                   .arg(ReviewQueueModel::displayName(*row).toHtmlEscaped(),
                        row->className.toHtmlEscaped(), locale.toString(row->score, 'g', 5)),
               decision));
}

QString ReviewPanel::bannerText() const {
  const ResultRow* row = currentRow();
  if (!row) return tr("No image selected");
  const std::optional<ReviewLabel> label = model_->label(row->path);
  return tr("%1, score %2, class %3, decision: %4")
      .arg(ResultsTableModel::verdictText(row->verdict),
           QLocale().toString(row->normalizedScore, 'f', 3), row->className,
           label ? ReviewQueueModel::decisionText(label->decision) : tr("not reviewed"));
}

void ReviewPanel::updateProgress() {
  progress_->setText(progressText());
  updateButtons();
}

QString ReviewPanel::progressText() const {
  return tr("%1 of %2 reviewed")
      .arg(QLocale().toString(model_->reviewedCount()), QLocale().toString(model_->totalCount()));
}

void ReviewPanel::updateButtons() {
  const ResultRow* row = currentRow();
  const bool canDecide = row && recorder_.hasStore();
  goodButton_->setEnabled(canDecide);
  defectButton_->setEnabled(canDecide);
  acceptButton_->setEnabled(canDecide && (row->verdict == QLatin1String("good") ||
                                          row->verdict == QLatin1String("defect")));
  undoButton_->setEnabled(recorder_.canUndo());
  previousButton_->setEnabled(model_->rowCount() > 0);
  nextButton_->setEnabled(model_->rowCount() > 0);
  exportButton_->setEnabled(model_->totalCount() > 0);
  addToTrainingButton_->setEnabled(recorder_.hasStore());
}

void ReviewPanel::setStatus(const QString& text, bool error) {
  setStatus([text] { return text; }, error);
}

void ReviewPanel::setStatus(std::function<QString()> text, bool error) {
  retranslate(status_, QStringLiteral("text"), [this, text] { status_->setText(text()); });
  status_->setStyleSheet(error ? QStringLiteral("color: #c62828;") : QString());
}

QString ReviewPanel::statusText() const { return status_->text(); }

}  // namespace mddui
