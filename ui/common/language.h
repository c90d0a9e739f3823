#pragma once
// The application's language: the translations it ships (translations/*.ts, compiled by
// lrelease during the build and embedded as :/i18n/mddnet_<code>.qm), the user's choice
// (QSettings "ui/language"), and switching at run time without a restart.
#include <QList>
#include <QLocale>
#include <QString>

namespace mddui {

struct LanguageChoice {
  QString code;        // "" for the system's language, else "en", "zh_CN", "de", "ja"
  QString nativeName;  // the language in its own words ("Deutsch"); empty for "" (the
                       // chooser shows "System default" in the current language)
};

// The chooser's entries: the system default first, then each shipped language.
QList<LanguageChoice> languageChoices();

// The user's stored choice ("" = system default, also when the stored one is not shipped).
QString storedLanguage();

// The shipped language `code` resolves to: itself when shipped, the system's language when
// "" and shipped, else "en".
QString resolveLanguage(const QString& code);

// The locale numbers and dates are written in for `code` ("" = the system's).
QLocale localeFor(const QString& code);

// Resource path of the compiled translation of a shipped language.
QString translationFile(const QString& code);

// Switches the application to `code` ("" = system default): replaces the translators it
// installed before with the application's and Qt's own (qtbase_<lang>.qm from Qt's
// translations folder, when installed), sets QLocale's default, and gives every window
// that locale. Widgets re-apply their texts when the LanguageChange event that follows
// reaches them (see common/retranslate.h). Returns the shipped language in effect.
QString applyLanguage(const QString& code);

// Stores `code` as the user's choice and applies it.
QString setLanguage(const QString& code);

// The shipped language applyLanguage() put in effect ("en" before any call).
QString currentLanguage();

}  // namespace mddui
