#pragma once
// Texts that follow the application's language. A widget registers, once, a function that
// sets its texts; the function runs at once and again after every language change
// (QEvent::LanguageChange, which Qt sends to every window, each widget in it and their
// QObject children when a QTranslator is installed or removed). So a widget's texts are
// written in one place, and switching the language needs no restart.
#include <QLabel>  // formLabel(...)->setText(...)
#include <QString>

#include <functional>

class QComboBox;
class QFormLayout;
class QWidget;

namespace mddui {

// Runs `apply` now and after every language change while `owner` lives.
void retranslate(QWidget* owner, std::function<void()> apply);

// The same for a text that depends on state (a status line, a progress text): registering
// again under the same `key` on the same owner replaces the function registered before, so
// setting a status through this each time it changes re-renders the latest one only.
void retranslate(QWidget* owner, const QString& key, std::function<void()> apply);

// Adds `field` to `form` with a label of its own (buddy: `field`), still without text, for
// a retranslate() function to word through formLabel(). (addRow() with an empty text
// makes no label at all.)
void addFormRow(QFormLayout* form, QWidget* field);

// The label of `field` in `form` (addRow(text, field) or addFormRow()), or null.
QLabel* formLabel(QFormLayout* form, QWidget* field);

// Gives a plot (QCustomPlot sets its own locale when made, so it does not follow its
// window's) the default locale, without group separators, for its tick labels.
void usePlotLocale(QWidget* plot);

// Sets the texts of the combo box's first items, in order (the items keep their data).
void setItemTexts(QComboBox* combo, const QStringList& texts);

}  // namespace mddui
