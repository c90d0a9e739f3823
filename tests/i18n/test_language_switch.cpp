// Switching the language at run time: the main window's menus, tabs, panel buttons, table
// headers and form labels follow each switch without a restart, in the words of the
// compiled translations (:/i18n/mddnet_<lang>.qm, loaded here on their own and compared
// with), and numbers follow the language's locale.
#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTranslator>
#include <QtTest>

#include "common/language.h"
#include "main/main_window.h"
#include "main/preferences_dialog.h"
#include "results/metrics_table.h"
#include "results/results_panel.h"
#include "results/results_table_model.h"

using mddui::MainWindow;

namespace {

struct Text {
  const char* context;
  const char* source;
};

// Texts that are in every shipped translation: each must be translated (not English) in
// the other languages, so a widget that keeps its English text fails.
const Text kMenus[] = {{"mddui::MainWindow", "&File"},
                       {"mddui::MainWindow", "&Run"},
                       {"mddui::MainWindow", "&View"},
                       {"mddui::MainWindow", "&Help"}};
const Text kTabs[] = {{"mddui::MainWindow", "&Project"},    {"mddui::MainWindow", "&Images"},
                      {"mddui::MainWindow", "&Training"},   {"mddui::MainWindow", "&Results"},
                      {"mddui::MainWindow", "T&hresholds"}, {"mddui::MainWindow", "Re&view"},
                      {"mddui::MainWindow", "&Memory"}};
struct Button {
  const char* objectName;
  Text text;
};
const Button kButtons[] = {
    {"addDatasetButton", {"mddui::ProjectPage", "&Add dataset..."}},
    {"startTrainingButton", {"mddui::TrainingPanel", "&Start training"}},
    {"runInferenceButton", {"mddui::RunControls", "&Run"}},
    {"exportCsvButton", {"mddui::ResultsPanel", "Export CSV…"}},
    {"saveThresholdsButton", {"mddui::ThresholdWorkbench", "Save to model"}},
    {"confirmGoodButton", {"mddui::ReviewPanel", "Good (G)"}},
    {"computeMemoryButton", {"mddui::MemoryInspector", "Compute"}},
};

// Text the way the application must show it: the translation, or the source where the
// translation has none yet (a text added since the .ts files were last updated).
QString expected(const QTranslator& qm, const Text& t) {
  const QString translated = qm.translate(t.context, t.source);
  return translated.isEmpty() ? QString::fromUtf8(t.source) : translated;
}

}  // namespace

class TestLanguageSwitch : public QObject {
  Q_OBJECT

 private:
  // The language switch the Preferences dialog's combo makes, then the events it posts.
  void choose(MainWindow& w, const QString& code) {
    w.showPreferences();
    auto* dialog = w.findChild<mddui::PreferencesDialog*>();
    QVERIFY(dialog);
    QComboBox* combo = dialog->languageCombo();
    const int index = combo->findData(code);
    QVERIFY2(index >= 0, qPrintable(code));
    combo->setCurrentIndex(index);
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    QCOMPARE(mddui::currentLanguage(), code);
    QCOMPARE(mddui::storedLanguage(), code);
  }

  // The same through Settings > Language.
  void chooseFromMenu(MainWindow& w, const QString& code) {
    auto* action = w.findChild<QAction*>(QStringLiteral("actionLanguage_") + code);
    QVERIFY2(action, qPrintable(code));
    action->trigger();
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    QCOMPARE(mddui::currentLanguage(), code);
    QVERIFY(action->isChecked());
  }

  void checkTexts(MainWindow& w, const QString& code) {
    QTranslator qm;
    QVERIFY2(qm.load(mddui::translationFile(code)), qPrintable(mddui::translationFile(code)));
    const bool english = code == QLatin1String("en");

    // The menu bar: each title as the .qm has it, and translated in other languages.
    QMap<QString, QString> titles;
    for (QAction* a : w.menuBar()->actions())
      if (a->menu()) titles[a->menu()->objectName()] = a->text();
    const QMap<QString, Text> menus = {{"menuFile", kMenus[0]},
                                       {"menuRun", kMenus[1]},
                                       {"menuView", kMenus[2]},
                                       {"menuHelp", kMenus[3]},
                                       {"menuSettings", {"mddui::MainWindow", "&Settings"}}};
    QCOMPARE(titles.size(), menus.size());
    for (auto it = menus.cbegin(); it != menus.cend(); ++it)
      QCOMPARE(titles.value(it.key()), expected(qm, it.value()));
    for (const Text& t : kMenus) {
      const QString translated = qm.translate(t.context, t.source);
      QVERIFY2(!translated.isEmpty(), qPrintable(code + ": no translation of " + t.source));
      if (!english)
        QVERIFY2(translated != QLatin1String(t.source), qPrintable(code + ": " + t.source));
    }

    // The tabs and the View menu's entries for them.
    QCOMPARE(w.tabs()->count(), int(std::size(kTabs)));
    for (int i = 0; i < w.tabs()->count(); ++i) {
      QCOMPARE(w.tabs()->tabText(i), expected(qm, kTabs[i]));
      if (!english) QVERIFY(w.tabs()->tabText(i) != QLatin1String(kTabs[i].source));
      auto* show = w.findChild<QAction*>(QStringLiteral("actionShowTab%1").arg(i + 1));
      QVERIFY(show);
      QCOMPARE(show->text(), expected(qm, kTabs[i]));
    }

    // A button of every panel.
    for (const Button& b : kButtons) {
      auto* button = w.findChild<QPushButton*>(QLatin1String(b.objectName));
      QVERIFY2(button, b.objectName);
      QCOMPARE(button->text(), expected(qm, b.text));
      if (!english) QVERIFY2(button->text() != QLatin1String(b.text.source), b.objectName);
    }

    // Table headers: a model's headerData and a QTableWidget's header items.
    auto* results = w.findChild<QTableView*>(QStringLiteral("resultsTable"));
    QVERIFY(results);
    QCOMPARE(results->model()->headerData(0, Qt::Horizontal).toString(),
             expected(qm, {"mddui::ResultsTableModel", "File"}));
    auto* datasets = w.findChild<QTableWidget*>(QStringLiteral("datasetTable"));
    QVERIFY(datasets);
    QCOMPARE(datasets->horizontalHeaderItem(0)->text(),
             expected(qm, {"mddui::ProjectPage", "Dataset"}));

    // A form label (made by QFormLayout) and a dialog that is open while switching.
    auto* backbone = w.findChild<QComboBox*>(QStringLiteral("backboneCombo"));
    QVERIFY(backbone);
    QLabel* backboneLabel = nullptr;
    for (QLabel* l : w.findChildren<QLabel*>())
      if (l->buddy() == backbone) backboneLabel = l;
    QVERIFY(backboneLabel);
    QCOMPARE(backboneLabel->text(), expected(qm, {"mddui::TrainingForm", "&Backbone:"}));
    auto* dialog = w.findChild<mddui::PreferencesDialog*>();
    QVERIFY(dialog);
    QCOMPARE(dialog->windowTitle(), expected(qm, {"mddui::PreferencesDialog", "Preferences"}));
  }

  // A metric in the results' metrics table and a score in the results table, in `locale`.
  void checkNumbers(MainWindow& w, const QLocale& locale) {
    auto* metrics = w.findChild<mddui::MetricsTable*>(QStringLiteral("metricsTable"));
    QVERIFY(metrics);
    QCOMPARE(metrics->item(0, 2)->text(), locale.toString(97.3, 'f', 1));
    auto* results = w.findChild<QTableView*>(QStringLiteral("resultsTable"));
    QCOMPARE(results->model()->index(0, mddui::ResultsTableModel::ScoreColumn).data().toString(),
             locale.toString(0.1234, 'f', 4));
  }

 private slots:
  void initTestCase() {
    // Keep the user's settings out of the tests.
    QCoreApplication::setOrganizationName("MDD-Net-tests");
    QCoreApplication::setApplicationName("test_language_switch");
    QSettings().clear();
  }

  void cleanupTestCase() {
    mddui::applyLanguage(QStringLiteral("en"));
    QSettings().clear();
  }

  void translationsAreEmbedded() {
    for (const QString code : {"en", "de", "ja", "zh_CN"}) {
      const QString file = mddui::translationFile(code);
      QVERIFY2(QFile::exists(file), qPrintable(file));
      QTranslator qm;
      QVERIFY2(qm.load(file) && !qm.isEmpty(), qPrintable(file));
      QVERIFY2(qm.language().startsWith(code), qPrintable(qm.language()));  // "de_DE"
    }
    // The chooser offers the system default and each language in its own name.
    QStringList names;
    for (const mddui::LanguageChoice& c : mddui::languageChoices()) names << c.nativeName;
    QCOMPARE(names, QStringList({QString(), "English", "简体中文", "Deutsch", "日本語"}));
  }

  void switchesAtRunTime() {
    mddui::applyLanguage(QStringLiteral("en"));
    MainWindow w;
    w.resize(1200, 800);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    // Something to show in numbers: one metrics row and one result row.
    mddui::MetricsRow m;
    m.className = QStringLiteral("bottle");
    m.imageAuroc = 0.973;
    m.images = 1234;
    w.findChild<mddui::MetricsTable*>(QStringLiteral("metricsTable"))->setMetrics({m});
    mddui::ResultRow row;
    row.path = QStringLiteral("/data/bottle/test/good/000.png");
    row.className = QStringLiteral("bottle");
    row.score = 0.1234;
    row.normalizedScore = 0.25;
    row.verdict = QStringLiteral("good");
    w.resultsPanel()->tableModel()->setRows({row});
    checkNumbers(w, QLocale(QLocale::English, QLocale::UnitedStates));

    QDir().mkpath(MDD_TEST_WORK_DIR);
    const auto shoot = [&w](const QString& code) {
      for (MainWindow::Tab tab : {MainWindow::ProjectTab, MainWindow::TrainingTab}) {
        w.showTab(tab);
        QCoreApplication::processEvents();
        const QString file = QStringLiteral("%1/main_window_%2_tab%3.png")
                                 .arg(MDD_TEST_WORK_DIR, code)
                                 .arg(int(tab) + 1);
        QVERIFY2(w.grab().save(file), qPrintable(file));
      }
      auto* dialog = w.findChild<mddui::PreferencesDialog*>();
      const QString file = QStringLiteral("%1/preferences_%2.png").arg(MDD_TEST_WORK_DIR, code);
      QVERIFY2(dialog && dialog->grab().save(file), qPrintable(file));
    };

    choose(w, QStringLiteral("de"));
    checkTexts(w, QStringLiteral("de"));
    QCOMPARE(QLocale().decimalPoint(), QStringLiteral(","));
    checkNumbers(w, QLocale(QLocale::German, QLocale::Germany));
    QCOMPARE(w.findChild<mddui::MetricsTable*>()->item(0, 2)->text(), QStringLiteral("97,3"));
    shoot(QStringLiteral("de"));

    chooseFromMenu(w, QStringLiteral("ja"));
    checkTexts(w, QStringLiteral("ja"));
    checkNumbers(w, QLocale(QLocale::Japanese, QLocale::Japan));
    shoot(QStringLiteral("ja"));

    choose(w, QStringLiteral("zh_CN"));
    checkTexts(w, QStringLiteral("zh_CN"));
    shoot(QStringLiteral("zh_CN"));

    chooseFromMenu(w, QStringLiteral("en"));
    checkTexts(w, QStringLiteral("en"));
    QCOMPARE(w.menuBar()->actions().first()->text(), QStringLiteral("&File"));
    checkNumbers(w, QLocale(QLocale::English, QLocale::UnitedStates));
    QCOMPARE(w.findChild<mddui::MetricsTable*>()->item(0, 2)->text(), QStringLiteral("97.3"));
  }

  void newWindowsStartInTheChosenLanguage() {
    mddui::setLanguage(QStringLiteral("de"));
    QCoreApplication::processEvents();
    MainWindow w;
    QTranslator qm;
    QVERIFY(qm.load(mddui::translationFile(QStringLiteral("de"))));
    QCOMPARE(w.menuBar()->actions().first()->text(), qm.translate("mddui::MainWindow", "&File"));
    QCOMPARE(w.tabs()->tabText(MainWindow::ResultsTab),
             qm.translate("mddui::MainWindow", "&Results"));
    mddui::setLanguage(QStringLiteral("en"));
    QCoreApplication::processEvents();
    QCOMPARE(w.menuBar()->actions().first()->text(), QStringLiteral("&File"));
  }

  void systemDefaultFollowsTheSystem() {
    // "" resolves to the system's language when shipped, else English; the test machine's
    // locale decides which, and either way a shipped translation is in effect.
    const QString code = mddui::setLanguage(QString());
    QVERIFY2(QStringList({"en", "de", "ja", "zh_CN"}).contains(code), qPrintable(code));
    QCOMPARE(mddui::storedLanguage(), QString());
    QCOMPARE(mddui::resolveLanguage(QStringLiteral("de")), QStringLiteral("de"));
    QCOMPARE(mddui::resolveLanguage(QStringLiteral("xx")), mddui::resolveLanguage(QString()));
    mddui::applyLanguage(QStringLiteral("en"));
  }
};

QTEST_MAIN(TestLanguageSwitch)
#include "test_language_switch.moc"
