// Writes the seeds that need our own code or OpenCV to make (fuzz/make_seeds.sh runs it):
// - <corpus>/project_store/project.mddproj: a real project (ProjectStore's schema) holding
//   one record of each kind, rewritten with 512-byte pages and no WAL so that it stays small;
// - <corpus>/image/*: small images in every format and depth readImage handles, each with
//   the leading selector byte fuzz_image expects.
// Usage: make_seeds <corpus dir>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <cstdio>
#include <fstream>
#include <opencv2/imgcodecs.hpp>
#include <string>
#include <vector>

#include "project/project_store.h"

namespace {

// fuzz_image's input: a selector byte (bit 7 clear: decode from a file) and the file.
bool writeImageSeed(const std::string& dir, const std::string& name, unsigned char selector,
                    const std::string& ext, const cv::Mat& image) {
  std::vector<unsigned char> bytes;
  if (!cv::imencode(ext, image, bytes)) return false;
  std::ofstream out(dir + "/" + name, std::ios::binary | std::ios::trunc);
  out.put(static_cast<char>(selector));
  out.write(reinterpret_cast<const char*>(bytes.data()), std::streamsize(bytes.size()));
  return bool(out);
}

bool writeImageSeeds(const std::string& dir) {
  cv::Mat grey(12, 10, CV_8UC1), bgr(12, 10, CV_8UC3), bgra(12, 10, CV_8UC4);
  cv::randu(grey, 0, 255);
  cv::randu(bgr, 0, 255);
  cv::randu(bgra, 0, 255);
  cv::Mat deep(12, 10, CV_16UC3), real(12, 10, CV_32FC1), mask(12, 10, CV_8UC1, cv::Scalar(0));
  cv::randu(deep, 0, 65535);
  cv::randu(real, 0, 1);
  mask(cv::Rect(3, 4, 4, 4)).setTo(255);
  cv::Mat labels(12, 10, CV_8UC1, cv::Scalar(0));
  labels(cv::Rect(1, 1, 3, 3)).setTo(1);
  labels(cv::Rect(5, 6, 3, 3)).setTo(2);
  // Selector byte: extension index of the scratch file (.png .jpg .bmp .tif .pgm .webp).
  return writeImageSeed(dir, "grey.png", 0, ".png", grey) &&
         writeImageSeed(dir, "bgra.png", 0, ".png", bgra) &&
         writeImageSeed(dir, "deep16.png", 0, ".png", deep) &&
         writeImageSeed(dir, "mask.png", 0, ".png", mask) &&
         writeImageSeed(dir, "visa_labels.png", 0, ".png", labels) &&
         writeImageSeed(dir, "colour.jpg", 1, ".jpg", bgr) &&
         writeImageSeed(dir, "grey.jpg", 1, ".jpg", grey) &&
         writeImageSeed(dir, "colour.bmp", 2, ".bmp", bgr) &&
         writeImageSeed(dir, "float.tif", 3, ".tiff", real) &&
         writeImageSeed(dir, "deep16.tif", 3, ".tiff", deep) &&
         writeImageSeed(dir, "grey.pgm", 4, ".pgm", grey) &&
         writeImageSeed(dir, "colour.webp", 5, ".webp", bgr);
}

}  // namespace

int main(int argc, char** argv) {
  QCoreApplication app(argc, argv);
  if (argc != 2) {
    std::fprintf(stderr, "usage: make_seeds <corpus dir>\n");
    return 2;
  }
  const std::string corpus = argv[1];
  if (!writeImageSeeds(corpus + "/image")) {
    std::fprintf(stderr, "cannot write the image seeds under %s/image\n", corpus.c_str());
    return 1;
  }
  const QString path = QString::fromStdString(corpus + "/project_store/project.mddproj");
  for (const char* suffix : {"", "-wal", "-shm"}) QFile::remove(path + suffix);
  const QDateTime t = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);
  {
    mddui::ProjectStore store;
    QString error;
    if (!store.open(path, &error)) {
      std::fprintf(stderr, "%s\n", qPrintable(error));
      return 1;
    }
    mddui::DatasetRecord ds{-1, "/data/mvtec", "mvtec", "MVTec AD", {"bottle", "carpet"}, 12, t};
    mddui::TrainingRunRecord run;
    run.configJson = R"({"classNames":["bottle","carpet"]})";
    run.datasetRoots = {"/data/mvtec"};
    run.status = "finished";
    run.stepsDone = run.totalSteps = 10;
    run.modelPath = "/p/m.mdda";
    run.startedAt = run.finishedAt = t;
    bool ok = store.addDataset(ds) && store.addTrainingRun(run);
    mddui::ModelRecord model{-1, "/p/m.mdda", "m", "mobilenet_v2", {"bottle", "carpet"}, run.id, t};
    ok = ok && store.addModel(model);
    QVector<mddui::InferenceRecord> results(2);
    for (int i = 0; i < results.size(); ++i) {
      results[i].modelId = model.id;
      results[i].source = "/data/mvtec";
      results[i].imagePath = QString("/data/mvtec/bottle/test/crack/00%1.png").arg(i);
      results[i].className = "bottle";
      results[i].score = 0.5 + i;
      results[i].normalizedScore = 0.25 * i;
      results[i].verdict = i ? "defect" : "good";
      results[i].groundTruth = i;
      results[i].createdAt = t;
    }
    ok = ok && store.addInferenceResults(results);
    ok = ok && store.setReviewLabel({"/data/mvtec/bottle/test/crack/000.png", "defect", "n", t});
    if (!ok) {
      std::fprintf(stderr, "%s\n", qPrintable(store.lastError()));
      return 1;
    }
  }
  {
    QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "compact");
    db.setDatabaseName(path);
    if (!db.open()) return 1;
    QSqlQuery q(db);
    for (const char* sql : {"PRAGMA journal_mode=DELETE", "PRAGMA page_size=512", "VACUUM"})
      if (!q.exec(sql)) {
        std::fprintf(stderr, "%s failed\n", sql);
        return 1;
      }
    db.close();
  }
  QSqlDatabase::removeDatabase("compact");
  return 0;
}
