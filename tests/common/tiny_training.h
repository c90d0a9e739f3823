#pragma once
// A dataset and a model small enough that a GUI test trains in seconds on two cores.
#include <QString>

#include "mdd/dataset.h"
#include "mdd/demo_dataset.h"
#include "mdd/train.h"

namespace mddtest {

// Two classes of 64 px images, 8 normal training images each (at least one of them goes
// to the validation split, so thresholds can be fitted), 3 normal and 5 defective test
// images each, written into dir/demo.
inline mdd::Dataset tinyDataset(const QString& dir, double validationFraction = 0.1) {
  mdd::DemoDatasetOptions demo;
  demo.classes = 2;
  demo.imageSize = 64;
  demo.trainGood = 8;
  demo.testGood = 3;
  demo.testDefects = 5;
  mdd::makeDemoDataset((dir + "/demo").toStdString(), demo);
  mdd::DatasetOptions options;
  options.validationFraction = validationFraction;
  mdd::LoadReport report;
  return mdd::loadDataset((dir + "/demo").toStdString(), options, report);
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

// Trains, fits the thresholds (as `mddnet train` does) and saves the model to `path`.
inline void trainTinyModel(const mdd::Dataset& dataset, const mdd::TrainConfig& config,
                           const QString& path) {
  mdd::CancelToken cancel;
  mdd::Model model = mdd::trainModel(dataset, config, nullptr, cancel).model;
  mdd::calibrateModel(model, dataset, nullptr, cancel);
  model.save(path.toStdString());
}

}  // namespace mddtest
