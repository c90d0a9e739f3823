#include <iostream>

#include "args.h"
#include "commands.h"
#include "exit_codes.h"
#include "mdd/demo_dataset.h"
#include "option_values.h"
#include "progress_bar.h"

namespace mdd::cli {

void helpMakeDemo(std::ostream& out) {
  out << "usage: mddnet make-demo DIR [options]\n\n"
         "Write a small multi-class demo dataset in the MVTec AD layout into DIR (which must\n"
         "not exist or be empty): textured surfaces made from GIMP patterns (Debian's\n"
         "gimp-data) with painted defects (scratch, crack, hole, stain, foreign patch) and\n"
         "exact masks. The same options always give the same files.\n\n"
         "options:\n"
         "  --classes N        number of classes, 1..8 (default 4)\n"
         "  --image-size N     square image size in pixels, 32..1024 (default 256)\n"
         "  --train N          normal training images per class (default 50)\n"
         "  --test-good N      normal test images per class (default 12)\n"
         "  --test-defects N   defect test images per class (default 25)\n"
         "  --seed N           random seed (default 1)\n\n"
         "examples:\n"
         "  mddnet make-demo demo\n"
         "  mddnet make-demo small --classes 2 --image-size 96 --train 12\n";
}

int runMakeDemo(const std::vector<std::string>& argv) {
  const Args args(argv, {"classes", "image-size", "train", "test-good", "test-defects", "seed"},
                  {});
  if (args.positional().size() != 1)
    throw UsageError("make-demo needs exactly one folder, got " +
                     std::to_string(args.positional().size()));
  DemoDatasetOptions options;
  options.classes = intAtLeast(args, "classes", options.classes, 1);
  if (options.classes > 8) throw UsageError("option --classes must be at most 8");
  options.imageSize = intAtLeast(args, "image-size", options.imageSize, 32);
  if (options.imageSize > 1024) throw UsageError("option --image-size must be at most 1024");
  options.trainGood = intAtLeast(args, "train", options.trainGood, 1);
  options.testGood = intAtLeast(args, "test-good", options.testGood, 0);
  options.testDefects = intAtLeast(args, "test-defects", options.testDefects, 0);
  options.seed = static_cast<std::uint64_t>(intAtLeast(args, "seed", 1, 0));

  ProgressBar bar("make-demo", "img/s");
  const DemoDatasetSummary summary = makeDemoDataset(
      args.positional().front(), options, [&](int done, int total) { bar.update(done, total); });
  bar.finish();
  std::cout << "wrote " << summary.images << " images and " << summary.masks << " masks of "
            << summary.classes.size() << " classes to " << summary.root << '\n';
  for (const auto& c : summary.classes) std::cout << "  " << c.name << '\n';
  return kOk;
}

}  // namespace mdd::cli
