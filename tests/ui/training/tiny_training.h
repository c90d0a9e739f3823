#pragma once
// A dataset and a model small enough that a GUI test trains in seconds on two cores.
#include <QString>

#include "mdd/dataset.h"
#include "mdd/demo_dataset.h"
#include "mdd/train.h"

namespace mddtest {

// Two classes of 64 px images, 8 normal training images each (one of them goes to the
// validation split, so thresholds can be fitted).
inline mdd::Dataset tinyDataset(const QString& dir) {
  mdd::DemoDatasetOptions demo;
  demo.classes = 2;
  demo.imageSize = 64;
  demo.trainGood = 8;
  demo.testGood = 3;
  demo.testDefects = 5;
  mdd::makeDemoDataset((dir + "/demo").toStdString(), demo);
  mdd::LoadReport report;
  return mdd::loadDataset((dir + "/demo").toStdString(), mdd::DatasetOptions(), report);
}

// The smallest teacher and narrow student parts: a step takes a fraction of a second.
inline mdd::TrainConfig tinyConfig(int iterations) {
  mdd::TrainConfig c;
  c.model.network.backbone = "mobilenet_v2";
  c.model.network.inputWidth = c.model.network.inputHeight = 64;
  c.model.network.neckChannels = 32;
  c.model.network.codeChannels = 64;
  c.model.network.decoderWidths = {16, 32, 64};
  c.model.network.memory.itemsPerClass = 8;
  c.batchSize = 2;
  c.iterations = iterations;
  c.seed = 3;
  c.device = "cpu";
  c.loaderThreads = 1;
  return c;
}

}  // namespace mddtest
