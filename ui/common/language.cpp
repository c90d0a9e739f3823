#include "common/language.h"

#include <QApplication>
#include <QEvent>
#include <QFile>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>
#include <QWidget>

#include <memory>

namespace mddui {
namespace {

const char* const kSettingsKey = "ui/language";

struct Installed {
  std::unique_ptr<QTranslator> app;
  std::unique_ptr<QTranslator> qt;
  QString code = QStringLiteral("en");
};

Installed& installed() {
  static Installed state;
  return state;
}

bool shipped(const QString& code) {
  for (const LanguageChoice& c : languageChoices())
    if (!c.code.isEmpty() && c.code == code) return true;
  return false;
}

}  // namespace

QList<LanguageChoice> languageChoices() {
  return {{QString(), QString()},
          {QStringLiteral("en"), QStringLiteral("English")},
          {QStringLiteral("zh_CN"), QStringLiteral("简体中文")},
          {QStringLiteral("de"), QStringLiteral("Deutsch")},
          {QStringLiteral("ja"), QStringLiteral("日本語")}};
}

QString storedLanguage() {
  const QString code = QSettings().value(kSettingsKey).toString();
  return shipped(code) ? code : QString();
}

QString resolveLanguage(const QString& code) {
  if (shipped(code)) return code;
  // The system's preferred languages in order ("de-CH", "zh-Hans-CN", ...): the first
  // one shipped, matched on language (and script for Chinese).
  for (const QString& name : QLocale::system().uiLanguages()) {
    const QLocale locale(name);
    switch (locale.language()) {
      case QLocale::English:
        return QStringLiteral("en");
      case QLocale::German:
        return QStringLiteral("de");
      case QLocale::Japanese:
        return QStringLiteral("ja");
      case QLocale::Chinese:
        if (locale.script() == QLocale::SimplifiedHanScript) return QStringLiteral("zh_CN");
        break;
      default:
        break;
    }
  }
  return QStringLiteral("en");
}

QLocale localeFor(const QString& code) {
  if (!shipped(code)) return QLocale::system();
  if (code == QLatin1String("en")) return QLocale(QLocale::English, QLocale::UnitedStates);
  return QLocale(code);
}

QString translationFile(const QString& code) {
  return QStringLiteral(":/i18n/mddnet_%1.qm").arg(code);
}

QString applyLanguage(const QString& code) {
  Installed& state = installed();
  const QString language = resolveLanguage(code);
  const QLocale locale = localeFor(code);

  auto app = std::make_unique<QTranslator>();
  if (!app->load(translationFile(language))) app.reset();
  auto qt = std::make_unique<QTranslator>();
  if (!qt->load(QStringLiteral("qtbase_") + language,
                QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
    qt.reset();  // Debian ships them in qt6-translations-l10n; optional

  QLocale::setDefault(locale);
  // Installing and removing translators sends QEvent::LanguageChange, after which every
  // widget re-applies its texts (in the new default locale, set above).
  const bool touched = state.app || state.qt || app || qt;
  if (state.app) QCoreApplication::removeTranslator(state.app.get());
  if (state.qt) QCoreApplication::removeTranslator(state.qt.get());
  state.app = std::move(app);
  state.qt = std::move(qt);
  if (state.qt) QCoreApplication::installTranslator(state.qt.get());
  if (state.app) QCoreApplication::installTranslator(state.app.get());
  state.code = language;
  if (!touched) {  // no translations at all: the locale may still have changed
    QEvent change(QEvent::LanguageChange);
    QCoreApplication::sendEvent(QCoreApplication::instance(), &change);
  }

  // A widget's locale is resolved from its parent's, and a window's from the default,
  // when it is made: give the open windows the new one (their children follow), so
  // spin boxes and plots write numbers the new way.
  if (qobject_cast<QApplication*>(QCoreApplication::instance()))
    for (QWidget* window : QApplication::topLevelWidgets()) window->setLocale(locale);
  return language;
}

QString setLanguage(const QString& code) {
  QSettings().setValue(kSettingsKey, code);
  return applyLanguage(code);
}

QString currentLanguage() { return installed().code; }

}  // namespace mddui
