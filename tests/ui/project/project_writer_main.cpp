// Child program of test_project_crash: writes to a project until it is killed.
// Usage: project_writer <project.mddproj> [rows per batch]
// After each committed batch of inference rows it prints "committed <total rows>", after
// each committed review label "labels <total labels>" (flushed at once), so the test knows
// exactly what must survive a SIGKILL.
#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

#include <cstdio>

#include "project/project_store.h"

int main(int argc, char** argv) {
  QCoreApplication app(argc, argv);
  const QStringList args = app.arguments();
  if (args.size() < 2) {
    std::fprintf(stderr, "usage: project_writer <project.mddproj> [rows per batch]\n");
    return 2;
  }
  const int batchSize = args.size() > 2 ? args[2].toInt() : 40;
  mddui::ProjectStore store;
  QString error;
  if (!store.open(args[1], &error)) {
    std::fprintf(stderr, "%s\n", qPrintable(error));
    return 1;
  }
  // One model for every run, so the rows of all runs share one id sequence.
  qint64 modelId = -1;
  const auto models = store.models();
  if (!models.isEmpty()) {
    modelId = models.front().id;
  } else {
    mddui::ModelRecord m{-1, store.modelsDir() + "/crash.mddnet", "crash", "resnet18", {"a"}, -1, {}};
    if (!store.addModel(m)) {
      std::fprintf(stderr, "%s\n", qPrintable(store.lastError()));
      return 1;
    }
    modelId = m.id;
  }
  qint64 rows = store.inferenceResults(modelId).size();
  qint64 labels = store.reviewLabels().size();
  const QString tag = QString::number(QCoreApplication::applicationPid());
  for (qint64 batch = 0;; ++batch) {
    QVector<mddui::InferenceRecord> records;
    for (int i = 0; i < batchSize; ++i) {
      mddui::InferenceRecord r;
      r.modelId = modelId;
      r.source = "crash";
      r.imagePath = QString("/crash/%1/%2_%3.png").arg(tag).arg(batch).arg(i);
      r.className = "a";
      r.score = double(i);
      r.verdict = "good";
      records << r;
    }
    if (!store.addInferenceResults(records)) {
      std::fprintf(stderr, "%s\n", qPrintable(store.lastError()));
      return 1;
    }
    rows += batchSize;
    std::printf("committed %lld\n", static_cast<long long>(rows));
    std::fflush(stdout);
    if (!store.setReviewLabel({QString("/crash/%1/label_%2.png").arg(tag).arg(batch), "defect",
                               "written by project_writer", QDateTime::currentDateTimeUtc()})) {
      std::fprintf(stderr, "%s\n", qPrintable(store.lastError()));
      return 1;
    }
    ++labels;
    std::printf("labels %lld\n", static_cast<long long>(labels));
    std::fflush(stdout);
  }
}
