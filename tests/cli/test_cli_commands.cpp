// make-demo, eval, predict, thresholds and memory end to end on the shared demo dataset and
// model (fixture shared_model), with their error cases.
#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include "cli_runner.h"
#include "mdd/demo_dataset.h"
#include "mdd/model.h"
#include "shared_model.h"
#include "test_paths.h"

using mddtest::runCli;
using mddtest::sharedDatasetDir;
using mddtest::sharedModelPath;

namespace {

QJsonObject jsonObject(const QString& text) {
  QJsonParseError error{};
  const auto doc = QJsonDocument::fromJson(text.toUtf8(), &error);
  if (error.error != QJsonParseError::NoError) qWarning("%s", qPrintable(error.errorString()));
  return doc.object();
}

QStringList csvLines(const QString& text) { return text.trimmed().split('\n'); }

bool isOneLine(const QString& err) { return !err.trimmed().isEmpty() && !err.trimmed().contains('\n'); }

}  // namespace

class TestCliCommands : public QObject {
  Q_OBJECT
  QString dir_;
  QStringList classes_;

  // A copy of the shared model that this test may rewrite.
  QString modelCopy(const QString& name) {
    const QString path = dir_ + "/" + name;
    QFile::remove(path);
    if (!QFile::copy(sharedModelPath(), path)) qFatal("cannot copy the shared model");
    return path;
  }

 private Q_SLOTS:
  void initTestCase() {
    dir_ = mddtest::freshWorkDir("cli_commands");
    QVERIFY2(QFile::exists(sharedModelPath()), "the shared model (test_training) is missing");
    for (const auto& name : mdd::readModelFileInfo(sharedModelPath().toStdString()).config.classNames)
      classes_ << QString::fromStdString(name);
    QFile garbage(dir_ + "/garbage.mdda");
    QVERIFY(garbage.open(QIODevice::WriteOnly));
    garbage.write("this is not a model file");
  }

  // --- make-demo ---
  void makeDemoWritesTheLayoutAndRefusesAFullFolder() {
    const QString demo = dir_ + "/demo";
    const auto r = runCli({"make-demo", demo, "--classes", "2", "--image-size", "48", "--train",
                           "3", "--test-good", "1", "--test-defects", "2"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.contains("wrote 12 images and 4 masks of 2 classes"));
    const QStringList classes = QDir(demo).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    QCOMPARE(classes.size(), 2);
    QCOMPARE(QDir(demo + "/" + classes[0] + "/train/good").entryList(QDir::Files).size(), 3);
    QCOMPARE(QImage(demo + "/" + classes[0] + "/train/good/000.png").width(), 48);
    const auto again = runCli({"make-demo", demo});
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.err.contains(demo) && isOneLine(again.err), qPrintable(again.err));
    const auto tooMany = runCli({"make-demo", dir_ + "/x", "--classes", "9"});
    QCOMPARE(tooMany.exitCode, 2);
    QVERIFY(tooMany.err.contains("--classes must be at most 8"));
    QCOMPARE(runCli({"make-demo"}).exitCode, 2);
  }

  // --- eval ---
  void evalPrintsTheTableInEveryFormat() {
    const QStringList base = {"eval", "--model", sharedModelPath(), sharedDatasetDir()};
    const auto text = runCli(base);
    QVERIFY2(text.exitCode == 0, qPrintable(text.err));
    QVERIFY(text.out.contains("I-AUROC"));
    for (const auto& c : classes_) QVERIFY(text.out.contains(c));
    QVERIFY(text.out.contains("test images in"));

    const auto csv = runCli(QStringList(base) << "--csv");
    QCOMPARE(csv.exitCode, 0);
    const QStringList lines = csvLines(csv.out);
    QCOMPARE(lines[0], QString("class,images,defect_images,i_auroc,i_ap,i_f1max,p_auroc,p_ap,"
                               "p_f1max,au_pro,mad"));
    QCOMPARE(lines.size(), 1 + classes_.size() + (classes_.size() > 1 ? 1 : 0));
    const double auroc = lines[1].split(',')[3].toDouble();
    QVERIFY(auroc >= 0 && auroc <= 1);  // fractions, not percent

    const auto md = runCli(QStringList(base) << "--markdown");
    QVERIFY(md.out.startsWith("| class | I-AUROC |"));
    QVERIFY(md.out.contains("|---|---:|"));

    const QString jsonFile = dir_ + "/eval.json";
    const auto json = runCli(QStringList(base) << "--json" << "--output" << jsonFile);
    QCOMPARE(json.exitCode, 0);
    QVERIFY(json.out.isEmpty());
    QFile file(jsonFile);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject o = jsonObject(file.readAll());
    QCOMPARE(o["classes"].toArray().size(), classes_.size());
    QVERIFY(o.contains("mean"));
    QVERIFY(!o["images"].toArray().isEmpty());
    QVERIFY(o["images"].toArray()[0].toObject().contains("verdict"));
  }

  void evalOneClass() {
    const auto r = runCli({"eval", "--model", sharedModelPath(), sharedDatasetDir(), "--class",
                           classes_[0], "--csv"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(csvLines(r.out).size(), 2);
    QVERIFY(csvLines(r.out)[1].startsWith(classes_[0] + ","));
  }

  void evalErrors_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const QString model = sharedModelPath(), data = sharedDatasetDir();
    QTest::newRow("missing model") << QStringList{"eval", "--model", dir_ + "/none.mdda", data}
                                   << 1 << dir_ + "/none.mdda";
    QTest::newRow("unreadable model")
        << QStringList{"eval", "--model", dir_ + "/garbage.mdda", data} << 1 << "garbage.mdda";
    QTest::newRow("missing dataset") << QStringList{"eval", "--model", model, dir_ + "/nodata"}
                                     << 1 << dir_ + "/nodata";
    QTest::newRow("unknown class") << QStringList{"eval", "--model", model, data, "--class", "nope"}
                                   << 2 << "unknown class 'nope'";
    QTest::newRow("two formats") << QStringList{"eval", "--model", model, data, "--csv", "--json"}
                                 << 2 << "exclude each other";
    QTest::newRow("bad split") << QStringList{"eval", "--model", model, data, "--split", "dev"}
                               << 2 << "unknown split 'dev'";
    QTest::newRow("no model") << QStringList{"eval", data} << 2 << "--model is required";
  }
  void evalErrors() {
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const auto r = runCli(args);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(r.err.contains(message) && isOneLine(r.err), qPrintable(r.err));
  }

  // --- predict ---
  void predictWritesResultsOverlaysAndMasks() {
    const QString out = dir_ + "/predicted";
    const auto r = runCli({"predict", "--model", sharedModelPath(), "--dataset", sharedDatasetDir(),
                           "--class", classes_[0], "--out", out, "--overlays", "--masks"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QFile results(out + "/results.csv");
    QVERIFY(results.open(QIODevice::ReadOnly));
    const QStringList lines = csvLines(results.readAll());
    QVERIFY(lines[0].startsWith("path,class,class_given,predicted_class"));
    QVERIFY(lines.size() > 2);
    int defects = 0;
    for (int i = 1; i < lines.size(); ++i) {
      const QStringList f = lines[i].split(',');
      QCOMPARE(f[1], classes_[0]);
      QVERIFY(f[7] == "good" || f[7] == "defect" || f[7] == "needs_review");
      defects += f[7] == "defect";
      // Exports stay inside the output folder, under sanitised names.
      QVERIFY(f[8].startsWith("overlays/") && !f[8].contains(".."));
      const QImage overlay(out + "/" + f[8]);
      const QImage mask(out + "/" + f[9]);
      const QImage source(f[0]);
      QCOMPARE(overlay.width(), source.width());
      QVERIFY(overlay.height() > source.height());  // the banner on top
      QCOMPARE(mask.size(), source.size());
      QVERIFY(mask.allGray());
    }
    QVERIFY(r.err.contains(QString("%1 defect").arg(defects)));
  }

  void predictFolderAsJsonOnStdout() {
    const QString folder = sharedDatasetDir() + "/" + classes_.last() + "/test";
    const auto r = runCli({"predict", "--model", sharedModelPath(), folder, "--json"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonArray results = jsonObject(r.out)["results"].toArray();
    QVERIFY(!results.isEmpty());
    for (const auto& v : results) {
      const QJsonObject o = v.toObject();
      QVERIFY(!o["class_given"].toBool());  // the memory chose the class
      QVERIFY(classes_.contains(o["class"].toString()));
      QVERIFY(o["normalized_score"].toDouble() >= 0 && o["normalized_score"].toDouble() <= 1);
    }
  }

  void predictReportsUnreadableImagesAndGoesOn() {
    const QString folder = dir_ + "/mixed";
    QDir().mkpath(folder);
    QFile::copy(sharedDatasetDir() + "/" + classes_[0] + "/test/good/000.png", folder + "/a.png");
    QFile broken(folder + "/b.png");
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("not a png");
    broken.close();
    const auto r = runCli({"predict", "--model", sharedModelPath(), folder, "--class", classes_[0]});
    QCOMPARE(r.exitCode, 1);
    const QStringList lines = csvLines(r.out);
    QCOMPARE(lines.size(), 3);
    QVERIFY(lines[1].contains(",good,") || lines[1].contains(",defect,") ||
            lines[1].contains(",needs_review,"));
    QVERIFY(lines[2].contains(",error,"));
    QVERIFY(lines[2].contains("b.png"));
    QVERIFY(r.err.contains("1 unreadable"));
  }

  void predictErrors_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const QString model = sharedModelPath();
    const QString image = sharedDatasetDir() + "/" + classes_[0] + "/test/good/000.png";
    QTest::newRow("missing input") << QStringList{"predict", "--model", model, dir_ + "/no.png"}
                                   << 1 << "input '" + dir_ + "/no.png' does not exist";
    QTest::newRow("unreadable model")
        << QStringList{"predict", "--model", dir_ + "/garbage.mdda", image} << 1 << "garbage.mdda";
    QTest::newRow("unknown class") << QStringList{"predict", "--model", model, image, "--class", "x"}
                                   << 2 << "unknown class 'x'";
    QTest::newRow("overlays need --out") << QStringList{"predict", "--model", model, image,
                                                        "--overlays"}
                                         << 2 << "--overlays needs --out";
    QTest::newRow("bad sensitivity") << QStringList{"predict", "--model", model, image,
                                                    "--sensitivity", "2"}
                                     << 2 << "--sensitivity must be in [0, 1], got 2";
    QTest::newRow("nothing to predict") << QStringList{"predict", "--model", model} << 2
                                        << "give image files or folders";
  }
  void predictErrors() {
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const auto r = runCli(args);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(r.err.contains(message) && isOneLine(r.err), qPrintable(r.err));
  }

  // --- a dataset labelled per image (no ground_truth/ folders) ---
  void evalPredictAndFitWithoutMasks() {
    const QString root = dir_ + "/nomask";
    QDir(root).removeRecursively();
    mdd::DemoDatasetOptions demo;  // the shared model's classes (tests/common/tiny_training.h)
    demo.classes = classes_.size();
    demo.imageSize = 64;
    demo.trainGood = 8;
    demo.testGood = 3;
    demo.testDefects = 5;
    mdd::makeDemoDataset(root.toStdString(), demo);
    for (const auto& c : classes_) QVERIFY(QDir(root + "/" + c + "/ground_truth").removeRecursively());
    const QString warning = "no pixel masks: image-level metrics only";

    const auto eval = runCli({"eval", "--model", sharedModelPath(), root, "--csv"});
    QVERIFY2(eval.exitCode == 0, qPrintable(eval.err));
    QVERIFY2(eval.err.count(warning) == 1 && eval.err.count("warning:") == 1 &&
                 !eval.err.contains("skipped:") && !eval.err.contains("error"),
             qPrintable(eval.err));
    const QStringList lines = csvLines(eval.out);
    QCOMPARE(lines.size(), 1 + classes_.size() + (classes_.size() > 1 ? 1 : 0));
    for (int i = 1; i < lines.size(); ++i) {
      const QStringList f = lines[i].split(',');
      QCOMPARE(f[2].toInt(), i <= classes_.size() ? 5 : 5 * classes_.size());  // defect images
      const double auroc = f[3].toDouble();
      QVERIFY2(!f[3].isEmpty() && auroc >= 0 && auroc <= 1, qPrintable(lines[i]));
      QVERIFY2(f[6].isEmpty() && f[9].isEmpty() && f[10].isEmpty(), qPrintable(lines[i]));
    }
    const auto table = runCli({"eval", "--model", sharedModelPath(), root});
    QCOMPARE(table.exitCode, 0);
    QVERIFY2(table.out.contains(" -"), qPrintable(table.out));  // pixel metrics shown as "-"

    const auto predict = runCli({"predict", "--model", sharedModelPath(), "--dataset", root,
                                 "--class", classes_[0], "--json"});
    QVERIFY2(predict.exitCode == 0, qPrintable(predict.err));
    QCOMPARE(predict.err.count(warning), 1);
    QCOMPARE(jsonObject(predict.out)["results"].toArray().size(), 8);  // 3 good, 5 defects

    const QString model = modelCopy("nomask.mdda");
    const auto fit = runCli({"thresholds", "fit", model, root, "--split", "test", "--method",
                             "f1_optimal"});
    QVERIFY2(fit.exitCode == 0, qPrintable(fit.err));
    QCOMPARE(fit.err.count(warning), 1);
  }

  // --- thresholds ---
  void thresholdsShowFitAndSet() {
    const QString model = modelCopy("thresholds.mdda");
    const auto shown = runCli({"thresholds", "show", model, "--json"});
    QCOMPARE(shown.exitCode, 0);
    QCOMPARE(jsonObject(shown.out)["classes"].toArray().size(), classes_.size());

    const auto fit = runCli({"thresholds", "fit", model, sharedDatasetDir(), "--method",
                             "target_fpr", "--target-fpr", "0.2", "--class", classes_[0],
                             "--band", "0.3:0.1"});
    QVERIFY2(fit.exitCode == 0, qPrintable(fit.err));
    auto info = mdd::readModelFileInfo(model.toStdString());
    QCOMPARE(info.metadata.thresholds[0].method, mdd::ThresholdMethod::TargetFpr);
    QCOMPARE(info.metadata.thresholds[0].targetFpr, 0.2);
    QVERIFY(info.metadata.thresholds[0].imageBand.has_value());
    if (classes_.size() > 1)  // the other classes stay as trained
      QCOMPARE(info.metadata.thresholds[1].method,
               mdd::readModelFileInfo(sharedModelPath().toStdString()).metadata.thresholds[1].method);

    const auto set = runCli({"thresholds", "set", model, "--class", classes_[0], "--image",
                             "0.25", "--pixel", "0.125", "--no-band"});
    QVERIFY2(set.exitCode == 0, qPrintable(set.err));
    info = mdd::readModelFileInfo(model.toStdString());
    QCOMPARE(info.metadata.thresholds[0].method, mdd::ThresholdMethod::Manual);
    QCOMPARE(info.metadata.thresholds[0].imageThreshold, 0.25);
    QCOMPARE(info.metadata.thresholds[0].pixelThreshold, 0.125);
    QVERIFY(!info.metadata.thresholds[0].imageBand.has_value());
    const auto text = runCli({"thresholds", "show", model});
    QVERIFY(text.out.contains("manual"));
    QVERIFY(text.out.contains("0.25"));
  }

  void thresholdsDryRunLeavesTheFile() {
    const QString model = modelCopy("dry.mdda");
    const QByteArray before = [&] {
      QFile f(model);
      f.open(QIODevice::ReadOnly);
      return f.readAll();
    }();
    const auto r = runCli({"thresholds", "fit", model, sharedDatasetDir(), "--dry-run"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.contains("max_normal_score"));
    QFile after(model);
    QVERIFY(after.open(QIODevice::ReadOnly));
    QVERIFY(after.readAll() == before);
  }

  void thresholdsErrors_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const QString model = dir_ + "/errors.mdda";
    const QString c = classes_.value(0);
    QTest::newRow("not a number") << QStringList{"thresholds", "set", model, "--class", c,
                                                 "--image", "abc"}
                                  << 2 << "option --image needs a finite number, got 'abc'";
    QTest::newRow("nan") << QStringList{"thresholds", "set", model, "--class", c, "--image", "nan"}
                         << 2 << "got 'nan'";
    QTest::newRow("band reversed") << QStringList{"thresholds", "set", model, "--class", c,
                                                  "--band", "5:3"}
                                   << 2 << "exceeds T2";
    QTest::newRow("range reversed") << QStringList{"thresholds", "set", model, "--class", c,
                                                   "--image-range", "2:1"}
                                    << 2 << "below its min";
    QTest::newRow("unknown class") << QStringList{"thresholds", "set", model, "--class", "nope",
                                                  "--image", "1"}
                                   << 2 << "unknown class 'nope'";
    QTest::newRow("nothing to set") << QStringList{"thresholds", "set", model, "--class", c} << 2
                                    << "needs a value to change";
    QTest::newRow("unknown method") << QStringList{"thresholds", "fit", model, sharedDatasetDir(),
                                                   "--method", "best"}
                                    << 2 << "unknown method 'best'";
    QTest::newRow("bad fpr") << QStringList{"thresholds", "fit", model, sharedDatasetDir(),
                                            "--method", "target_fpr", "--target-fpr", "-0.1"}
                             << 2 << "--target-fpr must be in [0, 1]";
    QTest::newRow("f1 without defects") << QStringList{"thresholds", "fit", model,
                                                       sharedDatasetDir(), "--method",
                                                       "f1_optimal"}
                                        << 1 << "on the validation split: F1-optimal fitting needs defect images";
    QTest::newRow("unreadable model") << QStringList{"thresholds", "show", dir_ + "/garbage.mdda"}
                                      << 1 << "garbage.mdda";
    QTest::newRow("unknown action") << QStringList{"thresholds", "tune", model} << 2
                                    << "unknown action 'tune'";
  }
  void thresholdsErrors() {
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const QString model = modelCopy("errors.mdda");
    const QByteArray before = [&] {
      QFile f(model);
      f.open(QIODevice::ReadOnly);
      return f.readAll();
    }();
    const auto r = runCli(args);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(r.err.contains(message) && isOneLine(r.err), qPrintable(r.err));
    QFile after(model);
    QVERIFY(after.open(QIODevice::ReadOnly));
    QVERIFY(after.readAll() == before);  // a failed command leaves the model file alone
  }

  // --- memory ---
  void memoryExportsItemsRolesAndTsne() {
    const auto r = runCli({"memory", sharedModelPath(), "--iterations", "300"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QStringList lines = csvLines(r.out);
    QString header = "item,scale,owner_class,most_probable_class,second_class,entropy,role";
    for (const auto& c : classes_) header += ",p_" + c;
    QCOMPARE(lines[0], header + ",tsne_x,tsne_y");
    QMap<QString, int> items, shared;
    for (int i = 1; i < lines.size(); ++i) {
      const QStringList f = lines[i].split(',');
      QCOMPARE(f.size(), 9 + classes_.size());
      double sum = 0;
      for (int k = 0; k < classes_.size(); ++k) sum += f[7 + k].toDouble();
      QVERIFY(qAbs(sum - 1) < 1e-4);
      QVERIFY(!f[7 + classes_.size()].isEmpty());  // t-SNE coordinates
      ++items[f[1]];
      shared[f[1]] += f[6] == "shared";
    }
    for (const auto& scale : items.keys())  // round(10%) of each scale's items
      QCOMPARE(shared[scale], static_cast<int>(std::floor(items[scale] * 0.1 + 0.5)));
    QVERIFY(r.err.contains("silhouette"));
  }

  void memoryJsonWithoutTsne() {
    const auto r = runCli({"memory", sharedModelPath(), "--json", "--no-tsne"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonObject o = jsonObject(r.out);
    QCOMPARE(o["classes"].toArray().size(), classes_.size());
    QVERIFY(!o["scales"].toArray().isEmpty());
    const QJsonObject item = o["items"].toArray()[0].toObject();
    QVERIFY(item["tsne"].isNull());
    QCOMPARE(item["probabilities"].toArray().size(), classes_.size());
    QVERIFY(!item.contains("vector"));
  }

  void memoryErrors() {
    const auto missing = runCli({"memory", dir_ + "/none.mdda"});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY2(missing.err.contains("none.mdda") && isOneLine(missing.err), qPrintable(missing.err));
    const auto garbage = runCli({"memory", dir_ + "/garbage.mdda"});
    QCOMPARE(garbage.exitCode, 1);
    QVERIFY(garbage.err.contains("garbage.mdda"));
    const auto two = runCli({"memory", sharedModelPath(), sharedModelPath()});
    QCOMPARE(two.exitCode, 2);
    const auto vectors = runCli({"memory", sharedModelPath(), "--vectors"});
    QCOMPARE(vectors.exitCode, 2);
    QVERIFY(vectors.err.contains("--vectors needs --json"));
  }
};

QTEST_GUILESS_MAIN(TestCliCommands)
#include "test_cli_commands.moc"
