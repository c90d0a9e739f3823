#pragma once
// The two kinds of inference run, as blocking functions: InferenceJob calls them on its
// thread, tests may call them directly. Errors come back in the outcome, never as throws.
#include <QString>
#include <QStringList>

#include "mdd/dataset.h"
#include "mdd/progress.h"
#include "results/inference_outcome.h"

namespace mddui {

class ModelCache;

// Image files (png, jpg, jpeg, bmp, tif, tiff, webp, any case) under `folder`, recursively,
// sorted; hidden files ("._x.png" from macOS copies) are left out.
QStringList imageFilesUnder(const QString& folder);

// mdd::evaluateModel over one split: a row per image of the model's classes and the
// metrics per class plus "mean" (dropped when cancelled: they would cover part of a class).
InferenceOutcome inferDataset(ModelCache& models, const QString& modelPath,
                              const mdd::Dataset& dataset, mdd::Split split,
                              const mdd::ProgressFn& progress, const mdd::CancelToken& cancel);

// Every image under `folder` in batches of `batchSize`. `className` picks the model's class;
// empty lets the memory predict it. Unreadable files become rows with an error.
InferenceOutcome inferFolder(ModelCache& models, const QString& modelPath, const QString& folder,
                             const QString& className, const mdd::ProgressFn& progress,
                             const mdd::CancelToken& cancel, int batchSize = 8);

}  // namespace mddui
