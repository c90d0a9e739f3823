#include <cstdio>
#include <iostream>

#include "args.h"
#include "commands.h"
#include "dataset_loading.h"
#include "exit_codes.h"
#include "interrupt.h"
#include "mdd/evaluate.h"
#include "mdd/out_of_memory.h"
#include "mdd/report_format.h"
#include "option_values.h"
#include "progress_bar.h"
#include "text_output.h"

namespace mdd::cli {

void helpEval(std::ostream& out) {
  out << "usage: mddnet eval --model FILE DATASET... [options]\n\n"
         "Run a model over a dataset split and print the benchmark metrics per class and\n"
         "their mean (docs: EVALUATION.md): I-AUROC, I-AP, I-F1max, P-AUROC, P-AP, P-F1max,\n"
         "AU-PRO and mAD. Text and Markdown show percentages; CSV and JSON hold fractions\n"
         "in [0, 1] at full precision (undefined metrics empty / null); JSON adds every\n"
         "image's score and verdict.\n\n"
         "options:\n"
         "  --model FILE             the model file (required)\n"
         "  --split S                test (default), validation or train\n"
         "  --class NAME             evaluate only this class (repeatable)\n"
         "  --json | --csv | --markdown   output format (default: a text table)\n"
         "  --output FILE            write the result there instead of stdout\n"
         "  --predict-class          let the memory choose each image's class (default: the\n"
         "                           dataset's class is given to the model)\n"
         "  --sensitivity S          verdict sensitivity in [0, 1] (default 0.5)\n"
         "  --validation-fraction F  as given to train (default 0.1), for --split validation\n"
         "  --batch N                images per network pass (default 8)\n"
         "  --device D               auto (default), cpu, cuda, cuda:N\n"
         "  --precision P            auto (default: bf16 on GPUs and AMX/AVX512-BF16 CPUs), fp32, bf16\n\n"
         "examples:\n"
         "  mddnet eval --model demo.mdda demo\n"
         "  mddnet eval --model demo.mdda demo --markdown --output metrics.md\n"
         "  mddnet eval --model demo.mdda demo --class leather --json | jq .mean.mad\n";
}

namespace {

std::string formatted(const EvaluationReport& report, const std::string& format, Split split,
                      const Model& model) {
  if (format == "json") return evaluationJson(report, split, model.classNames());
  if (format == "csv") return metricsCsv(report.classes);
  if (format == "markdown") return metricsMarkdown(report.classes);
  std::string text = formatMetricsTable(report.classes);
  char footer[128];
  std::snprintf(footer, sizeof footer, "\n%zu %s images in %.1f s", report.images.size(),
                splitName(split), report.seconds);
  text += footer;
  if (isDefined(report.classAccuracy)) {
    std::snprintf(footer, sizeof footer, "; memory class accuracy %.2f%%",
                  100.0 * report.classAccuracy);
    text += footer;
  }
  return text + "\n";
}

}  // namespace

int runEval(const std::vector<std::string>& argv) {
  const Args args(argv,
                  {"model", "split", "class", "output", "sensitivity", "validation-fraction",
                   "batch", "device", "precision"},
                  {"json", "csv", "markdown", "predict-class"});
  const std::string modelPath = requiredOption(args, "model");
  const std::string format = oneOf(args, {"json", "csv", "markdown"});
  const std::string output = args.get("output");
  if (!output.empty()) requireParentFolder(output, "output");
  EvaluationOptions options;
  options.split = splitOption(args, "split", Split::Test);
  options.batchSize = intAtLeast(args, "batch", options.batchSize, 1);
  options.sensitivity = numberIn(args, "sensitivity", options.sensitivity, 0.0, 1.0);
  options.giveClass = !args.has("predict-class");
  const double validationFraction =
      numberIn(args, "validation-fraction", kDefaultValidationFraction, 0.01, 0.9);

  Model model = Model::load(modelPath, deviceOption(args));
  model.setPrecision(precisionOption(args));
  Dataset dataset = loadDatasetRoots(args.positional(), validationFraction, std::cerr);
  keepModelClasses(dataset, model, args.getAll("class"));
  if (dataset.count(options.split) == 0)
    throw std::runtime_error(std::string("the dataset has no ") + splitName(options.split) +
                             " images of the chosen classes");

  CancelToken cancel;
  const InterruptHandler signal(cancel);
  EvaluationReport report;
  {
    ProgressBar bar("eval", "img/s");
    try {
      report = evaluateModel(model, dataset, options,
                             [&](long done, long total) { bar.update(done, total); }, cancel);
    } catch (const std::exception& e) {
      rethrowIfOutOfMemory(e, "evaluation", options.batchSize);  // says which --batch to try
      throw;
    }
  }
  if (report.cancelled) {
    std::cerr << "eval: interrupted" << std::endl;
    return signal.exitCode();
  }
  writeTextOutput(formatted(report, format, options.split, model), output);
  return kOk;
}

}  // namespace mdd::cli
