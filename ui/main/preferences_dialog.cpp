#include "main/preferences_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

#include "common/language.h"
#include "common/retranslate.h"

namespace mddui {

PreferencesDialog::PreferencesDialog(QWidget* parent) : QDialog(parent) {
  setObjectName(QStringLiteral("preferencesDialog"));
  language_ = new QComboBox(this);
  language_->setObjectName(QStringLiteral("languageCombo"));
  for (const LanguageChoice& choice : languageChoices())
    language_->addItem(choice.nativeName, choice.code);
  note_ = new QLabel(this);
  note_->setObjectName(QStringLiteral("languageNote"));
  note_->setWordWrap(true);

  auto* form = new QFormLayout;
  addFormRow(form, language_);
  form->addRow(QString(), note_);
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  auto* layout = new QVBoxLayout(this);
  layout->addLayout(form);
  layout->addStretch(1);
  layout->addWidget(buttons);
  setMinimumWidth(440);

  retranslate(this, [this, form] {
    setWindowTitle(tr("Preferences"));
    formLabel(form, language_)->setText(tr("&Language:"));
    note_->setText(
        tr("Menus, views, dates and numbers change at once; reports written from "
           "now on are in the new language too."));
    const QSignalBlocker block(language_);
    const int system = language_->findData(QString());
    language_->setItemText(system, tr("System default"));
    language_->setCurrentIndex(std::max(0, language_->findData(storedLanguage())));
  });
  // Applied when chosen: the LanguageChange that follows re-labels this dialog too.
  connect(language_, &QComboBox::currentIndexChanged, this,
          [this] { setLanguage(language_->currentData().toString()); });
}

}  // namespace mddui
