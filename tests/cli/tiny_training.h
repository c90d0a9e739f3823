#pragma once
// A tiny demo dataset and network configuration, so the CLI's training tests run in
// seconds on two cores: 2 classes of 64 px images, MobileNetV2 teacher, narrow student.
#include <QFile>
#include <QString>
#include <QStringList>
#include <QtTest>

#include "cli_runner.h"

namespace mddtest {

inline const char* kTinyConfigJson = R"({
  "network": {
    "backbone": "mobilenet_v2", "inputWidth": 64, "inputHeight": 64,
    "neckChannels": 32, "codeChannels": 64, "neckBlocks": 1,
    "decoderWidths": [16, 32, 64], "decoderBlocks": 1,
    "memory": {"enabled": true, "itemsPerClass": 8}
  },
  "maps": {"gaussianSigma": 1.0}
})";

// Writes <dir>/demo (2 classes, 64 px, 10 training images each) and <dir>/tiny.json.
inline void makeTinyDemo(const QString& dir) {
  const auto r = runCli({"make-demo", dir + "/demo", "--classes", "2", "--image-size", "64",
                         "--train", "10", "--test-good", "2", "--test-defects", "3"});
  QVERIFY2(r.exitCode == 0, qPrintable(r.err));
  QFile config(dir + "/tiny.json");
  QVERIFY(config.open(QIODevice::WriteOnly));
  config.write(kTinyConfigJson);
}

// train arguments for the tiny setup; add --out, --iterations and the like.
inline QStringList tinyTrainArgs(const QString& dir) {
  return {"train", dir + "/demo", "--config", dir + "/tiny.json", "--batch", "4",
          "--loader-threads", "1", "--seed", "3"};
}

}  // namespace mddtest
