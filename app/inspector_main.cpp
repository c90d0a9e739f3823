// mddnet-inspector: the desktop application.
#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QTimer>

#include <cstdio>

#include "common/language.h"
#include "main/demo_project.h"
#include "main/main_window.h"
#include "main/screenshot_tour.h"
#include "mdd/runtime.h"
#include "report/report_writer.h"
#include "training/training_panel.h"
#include "training/training_update.h"

namespace {
struct Text {
  Q_DECLARE_TR_FUNCTIONS(InspectorMain)
};
}  // namespace

int main(int argc, char** argv) {
  QApplication app(argc, argv);
  QApplication::setOrganizationName("MDD-Net");
  QApplication::setApplicationName("MDD-Net Inspector");
  QApplication::setApplicationVersion(QString::fromStdString(mdd::runtimeInfo().mddnetVersion));

  // The language chosen in Settings > Preferences (or the system's), before any text.
  mddui::applyLanguage(mddui::storedLanguage());

  QCommandLineParser parser;
  parser.setApplicationDescription(
      Text::tr("MDD-Net Inspector: train one anomaly-detection model for many product "
               "classes, inspect heatmaps, tune thresholds and review verdicts."));
  parser.addHelpOption();
  parser.addVersionOption();
  parser.addPositionalArgument("project", Text::tr("An Inspector project (.mddproj) to open."),
                               Text::tr("[project]"));
  QCommandLineOption demo("demo", Text::tr("Open the demo project, preparing it first when "
                                           "needed (generated dataset, trained model, results)."));
  QCommandLineOption demoDir("demo-dir",
                             Text::tr("Where the demo project lives (default: the "
                                      "application's data folder)."),
                             Text::tr("folder"));
  QCommandLineOption shots("screenshots",
                           Text::tr("When the demo is ready, save a screenshot of each view "
                                    "into this folder."),
                           Text::tr("folder"));
  QCommandLineOption quit("quit-when-ready",
                          Text::tr("Quit once the demo is ready (and the screenshots are "
                                   "saved): for machines without a display."));
  parser.addOptions({demo, demoDir, shots, quit});
  parser.process(app);

  mdd::initRuntime();
  mddui::MainWindow window;
  window.show();

  if (!parser.isSet(demo)) {
    if (!parser.positionalArguments().isEmpty())
      window.openProject(QDir::current().absoluteFilePath(parser.positionalArguments().front()));
    return app.exec();
  }
  const QString folder = parser.isSet(demoDir) ? parser.value(demoDir)
                                               : mddui::DemoProject::defaultFolder();
  mddui::DemoProject project(window, folder);
  QObject::connect(&project, &mddui::DemoProject::stage, [](const QString& text) {
    std::printf("demo: %s\n", qPrintable(text));
    std::fflush(stdout);
  });
  // Headless runs (setup.sh run without a display) show how far the training is.
  int lastReported = 0;
  QObject::connect(window.trainingPanel(), &mddui::TrainingPanel::progressed,
                   [&lastReported](const mddui::TrainingUpdate& u) {
                     if (u.step < lastReported + 25 && u.step != u.totalSteps) return;
                     lastReported = u.step;
                     std::printf("demo: %s\n",
                                 qPrintable(Text::tr("training step %1 / %2, ETA %3 s")
                                                .arg(u.step)
                                                .arg(u.totalSteps)
                                                .arg(u.etaSeconds, 0, 'f', 0)));
                     std::fflush(stdout);
                   });
  QObject::connect(&project, &mddui::DemoProject::failed, [&](const QString& message) {
    std::fprintf(stderr, "demo: failed: %s\n", qPrintable(message));
    if (parser.isSet(quit)) QApplication::exit(1);
  });
  QObject::connect(&project, &mddui::DemoProject::ready, [&] {
    std::printf("demo: ready (%s)\n", qPrintable(project.projectPath()));
    if (parser.isSet(shots)) {
      // Let the overlay that just arrived be painted before the tour.
      QTimer::singleShot(300, &window, [&] {
        try {
          for (const QString& file : mddui::saveScreenshotTour(window, parser.value(shots)))
            std::printf("screenshot: %s\n", qPrintable(file));
          if (!project.reportHtml().isEmpty()) {  // the first page of the model report
            const QString file = QDir(parser.value(shots)).filePath("report.png");
            if (mddui::renderReportPage(project.reportHtml(), 0, QSize(900, 1273)).save(file))
              std::printf("screenshot: %s\n", qPrintable(file));
          }
        } catch (const std::exception& e) {
          std::fprintf(stderr, "demo: %s\n", e.what());
        }
        std::fflush(stdout);
        if (parser.isSet(quit)) QApplication::quit();
      });
    } else if (parser.isSet(quit)) {
      QApplication::quit();
    }
    std::fflush(stdout);
  });
  QTimer::singleShot(0, &project, &mddui::DemoProject::start);
  return app.exec();
}
