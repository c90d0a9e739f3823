#include <algorithm>
#include <iostream>
#include <tuple>

#include "args.h"
#include "commands.h"
#include "dataset_loading.h"
#include "exit_codes.h"
#include "interrupt.h"
#include "mdd/fit_thresholds.h"
#include "option_values.h"
#include "progress_bar.h"
#include "thresholds_table.h"

namespace mdd::cli {

void helpThresholds(std::ostream& out) {
  out << "usage: mddnet thresholds show MODEL [--json]\n"
         "       mddnet thresholds fit MODEL DATASET... [options]\n"
         "       mddnet thresholds set MODEL --class NAME [values]\n\n"
         "Show, fit or set the per-class decision thresholds stored in a model file. The\n"
         "file is rewritten in place (atomically); the weights stay untouched. A raw score\n"
         "above the image threshold is a defect; the score range [min, max] scales the\n"
         "operator score; the optional band T1:T2 sends scores between them to review.\n\n"
         "fit options:\n"
         "  --method M            f1_optimal (needs defect images in the split),\n"
         "                        max_normal_score (default), target_fpr\n"
         "  --target-fpr F        for target_fpr: share of normal images allowed above the\n"
         "                        threshold, in [0, 1] (default 0.01)\n"
         "  --band R:D            also fit a review band: at most R of normal images leave\n"
         "                        'good', at most D become 'defect' (0 <= D <= R <= 1)\n"
         "  --split S             validation (default) or test (test makes later test\n"
         "                        metrics optimistic)\n"
         "  --class NAME          fit only this class (repeatable; default all)\n"
         "  --validation-fraction F  as given to train (default 0.1)\n"
         "  --batch N, --device D\n"
         "  --dry-run             show the fitted values without writing them\n\n"
         "set options (raw score units; values not given stay as they are):\n"
         "  --class NAME          the class to change (required)\n"
         "  --image T             image threshold\n"
         "  --pixel T             pixel threshold\n"
         "  --image-range MIN:MAX, --pixel-range MIN:MAX   score ranges\n"
         "  --band T1:T2          review band (T1 <= T2); --no-band removes it\n\n"
         "examples:\n"
         "  mddnet thresholds show demo.mdda\n"
         "  mddnet thresholds fit demo.mdda demo --method target_fpr --target-fpr 0.05\n"
         "  mddnet thresholds fit demo.mdda demo --split test --method f1_optimal --class leather\n"
         "  mddnet thresholds set demo.mdda --class leather --image 0.42 --band 0.38:0.47\n";
}

namespace {

ThresholdMethod methodOption(const Args& args) {
  const std::string name = args.get("method", toString(ThresholdMethod::MaxNormalScore));
  for (ThresholdMethod m :
       {ThresholdMethod::F1Optimal, ThresholdMethod::MaxNormalScore, ThresholdMethod::TargetFpr})
    if (name == toString(m)) return m;
  throw UsageError("option --method: unknown method '" + name +
                   "' (use f1_optimal, max_normal_score or target_fpr; 'set' sets by hand)");
}

int show(const std::string& modelPath, const std::vector<std::string>& argv) {
  const Args args(argv, {}, {"json"});
  if (!args.positional().empty())
    throw UsageError("thresholds show takes only the model file, got '" + args.positional().front() + "'");
  const ModelFileInfo info = readModelFileInfo(modelPath);
  std::cout << (args.has("json") ? thresholdsJson(info.metadata.thresholds)
                                 : thresholdsTable(info.metadata.thresholds));
  return kOk;
}

int fit(const std::string& modelPath, const std::vector<std::string>& argv) {
  const Args args(argv,
                  {"method", "target-fpr", "band", "split", "class", "validation-fraction",
                   "batch", "device"},
                  {"dry-run"});
  ThresholdFitOptions options;
  options.method.method = methodOption(args);
  options.method.targetFpr = numberIn(args, "target-fpr", options.method.targetFpr, 0.0, 1.0);
  if (args.has("band")) {
    const auto [review, defect] = numberPair(args, "band");
    if (!(0 <= defect && defect <= review && review <= 1))
      throw UsageError("option --band R:D needs 0 <= D <= R <= 1, got " + args.get("band"));
    options.method.imageBand = BandOptions{review, defect};
  }
  options.split = splitOption(args, "split", Split::Validation);
  options.classes = args.getAll("class");
  options.batchSize = intAtLeast(args, "batch", options.batchSize, 1);
  const double validationFraction =
      numberIn(args, "validation-fraction", kDefaultValidationFraction, 0.01, 0.9);

  const Model model = Model::load(modelPath, deviceOption(args));
  for (const auto& name : options.classes)
    if (model.classIndex(name) < 0)
      throw UsageError("unknown class '" + name + "' (the model's classes: " +
                       joinNames(model.classNames()) + ")");
  Dataset dataset = loadDatasetRoots(args.positional(), validationFraction, std::cerr);
  keepModelClasses(dataset, model, options.classes);

  CancelToken cancel;
  const InterruptHandler signal(cancel);
  ThresholdFitResult fitted;
  {
    ProgressBar bar("thresholds", "img/s");
    fitted = fitModelThresholds(model, dataset, options,
                                [&](long done, long total) { bar.update(done, total); }, cancel);
  }
  if (fitted.cancelled) {
    std::cerr << "thresholds: interrupted; the model file is unchanged" << std::endl;
    return signal.exitCode();
  }
  std::cout << thresholdsTable(fitted.thresholds);
  if (args.has("dry-run")) return kOk;
  writeModelThresholds(modelPath, fitted.thresholds);
  std::cout << "written to " << modelPath << '\n';
  return kOk;
}

int set(const std::string& modelPath, const std::vector<std::string>& argv) {
  const Args args(argv, {"class", "image", "pixel", "image-range", "pixel-range", "band"},
                  {"no-band"});
  if (!args.positional().empty())
    throw UsageError("thresholds set takes only the model file, got '" + args.positional().front() + "'");
  const std::string name = requiredOption(args, "class");
  if (!(args.has("image") || args.has("pixel") || args.has("image-range") ||
        args.has("pixel-range") || args.has("band") || args.has("no-band")))
    throw UsageError("thresholds set needs a value to change: --image, --pixel, --image-range, "
                     "--pixel-range, --band or --no-band");
  if (args.has("band") && args.has("no-band"))
    throw UsageError("options --band and --no-band exclude each other");

  const ModelFileInfo info = readModelFileInfo(modelPath);
  const auto& names = info.config.classNames;
  const auto it = std::find(names.begin(), names.end(), name);
  if (it == names.end())
    throw UsageError("unknown class '" + name + "' (the model's classes: " + joinNames(names) + ")");
  const auto index = static_cast<std::size_t>(it - names.begin());
  ClassThresholds t = index < info.metadata.thresholds.size() ? info.metadata.thresholds[index]
                                                              : ClassThresholds{};
  t.className = name;
  t.method = ThresholdMethod::Manual;
  t.targetFpr = 0;
  if (args.has("image")) t.imageThreshold = finiteNumber(args.get("image"), "option --image");
  if (args.has("pixel")) t.pixelThreshold = finiteNumber(args.get("pixel"), "option --pixel");
  if (args.has("image-range")) std::tie(t.imageMin, t.imageMax) = numberPair(args, "image-range");
  if (args.has("pixel-range")) std::tie(t.pixelMin, t.pixelMax) = numberPair(args, "pixel-range");
  if (args.has("band")) {
    const auto [lower, upper] = numberPair(args, "band");
    t.imageBand = UncertainBand{lower, upper};
  }
  if (args.has("no-band")) t.imageBand.reset();
  try {
    validate(t);
  } catch (const std::runtime_error& e) {
    throw UsageError(e.what());
  }
  writeModelThresholds(modelPath, {t});
  std::cout << thresholdsTable({t}) << "written to " << modelPath << '\n';
  return kOk;
}

}  // namespace

int runThresholds(const std::vector<std::string>& argv) {
  if (argv.size() < 2)
    throw UsageError("thresholds needs an action and a model file: show, fit or set MODEL");
  const std::string action = argv[0], modelPath = argv[1];
  if (modelPath.rfind("--", 0) == 0)
    throw UsageError("thresholds " + action + ": give the model file right after the action");
  const std::vector<std::string> rest(argv.begin() + 2, argv.end());
  if (action == "show") return show(modelPath, rest);
  if (action == "fit") return fit(modelPath, rest);
  if (action == "set") return set(modelPath, rest);
  throw UsageError("unknown action '" + action + "' (use show, fit or set)");
}

}  // namespace mdd::cli
