#include <filesystem>
#include <iostream>
#include <map>

#include <opencv2/imgproc.hpp>

#include "args.h"
#include "commands.h"
#include "dataset_loading.h"
#include "exit_codes.h"
#include "interrupt.h"
#include "mdd/export_names.h"
#include "mdd/image_io.h"
#include "mdd/image_prefetch.h"
#include "mdd/out_of_memory.h"
#include "mdd/overlay.h"
#include "option_values.h"
#include "predict_inputs.h"
#include "predict_results.h"
#include "progress_bar.h"
#include "text_output.h"

namespace mdd::cli {

void helpPredict(std::ostream& out) {
  out << "usage: mddnet predict --model FILE [INPUT...] [--dataset DIR...] [options]\n\n"
         "Run a model on images and report each one's verdict (good, defect, needs_review)\n"
         "and scores, using the per-class thresholds stored in the model file. INPUTs are\n"
         "image files or folders (searched recursively); --dataset takes a split of a\n"
         "dataset instead, whose classes and ground-truth masks are known. Results are CSV\n"
         "(default) or JSON, on stdout or in the --out folder, with heatmap overlays (jet of\n"
         "the normalised map, predicted defects outlined in red, ground truth in white, a\n"
         "verdict banner) and predicted masks as PNG files.\n\n"
         "options:\n"
         "  --model FILE        the model file (required)\n"
         "  --class NAME        the images' class (default: the model's memory chooses)\n"
         "  --dataset DIR       predict a dataset's images (repeatable)\n"
         "  --split S           with --dataset: test (default), validation or train\n"
         "  --out DIR           write DIR/results.csv (or .json) there\n"
         "  --json              results as JSON instead of CSV\n"
         "  --overlays          write DIR/overlays/<name>.png (needs --out)\n"
         "  --masks             write the predicted masks DIR/masks/<name>.png (needs --out)\n"
         "  --opacity X         heatmap opacity in [0, 1] (default 0.5)\n"
         "  --sensitivity S     in [0, 1]; 0.5 decides at the fitted thresholds (default)\n"
         "  --batch N           images per network pass (default 8)\n"
         "  --device D          auto (default), cpu, cuda, cuda:N\n"
         "  --precision P       auto (default: bf16 on GPUs and AMX/AVX512-BF16 CPUs), fp32, bf16\n\n"
         "Exit code 1 when some image could not be read (its row says why).\n\n"
         "examples:\n"
         "  mddnet predict --model demo.mdda new_images/ > verdicts.csv\n"
         "  mddnet predict --model demo.mdda part.png --class leather --json\n"
         "  mddnet predict --model demo.mdda --dataset demo --out results --overlays --masks\n";
}

namespace {

struct PredictJob {
  std::string modelPath, outDir;
  bool json = false, overlays = false, masks = false;
  int batchSize = 8;
  OverlayOptions overlay;
};

void requireThresholds(const Model& model, int classIndex) {
  const auto& all = model.metadata().thresholds;
  for (int k = 0; k < static_cast<int>(all.size()); ++k) {
    if (classIndex >= 0 && k != classIndex) continue;
    try {
      validate(all[k]);
    } catch (const std::runtime_error&) {
      throw std::runtime_error("the model has no usable thresholds for class '" +
                               all[k].className + "': fit them with mddnet thresholds fit");
    }
  }
}

cv::Mat groundTruthFor(const PredictInput& input, cv::Size size) {
  if (input.maskPath.empty()) return {};
  cv::Mat mask = readMask(input.maskPath, input.maskRule);
  if (mask.size() != size) cv::resize(mask, mask, size, 0, 0, cv::INTER_NEAREST);
  return mask;
}

// Fills `row` from one result and writes its exports into the output folder.
void finishRow(const PredictJob& job, const Model& model, const PredictInput& input,
               const cv::Mat& image, const InferenceResult& r, UniqueFileNames& names,
               PredictionRow& row) {
  if (r.classIndex < 0)
    throw std::runtime_error("the model cannot tell the class of '" + input.path +
                             "' (it has no memory): give --class");
  const ClassThresholds& t = model.metadata().thresholds.at(r.classIndex);
  row.className = model.classNames()[r.classIndex];
  row.classGiven = r.classGiven;
  if (r.predictedClass >= 0) {
    row.predictedClass = model.classNames()[r.predictedClass];
    row.classProbability = r.classProbabilities.at(r.predictedClass);
  }
  row.score = r.score;
  row.normalizedScore = normalizedImageScore(r.score, t);
  const Verdict verdict = imageVerdict(r.score, t, job.overlay.sensitivity);
  row.verdict = toString(verdict);
  if (!job.overlays && !job.masks) return;
  const std::string name = names.claim(input.exportName, ".png");
  const std::filesystem::path dir(job.outDir);
  if (job.overlays) {
    row.overlay = "overlays/" + name;
    writeImage((dir / row.overlay).string(),
               renderOverlay(image, r.mapOriginal, t, {row.className, verdict, row.normalizedScore},
                             groundTruthFor(input, image.size()), job.overlay));
  }
  if (job.masks) {
    row.mask = "masks/" + name;
    writeImage((dir / row.mask).string(),
               predictedDefectMask(r.mapOriginal, t, job.overlay.sensitivity));
  }
}

void prepareOutputFolder(const PredictJob& job) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (fs::exists(job.outDir, ec) && !fs::is_directory(job.outDir, ec))
    throw UsageError("option --out: '" + job.outDir + "' is a file, give a folder");
  for (const char* sub : {"", "overlays", "masks"}) {
    if ((sub == std::string("overlays") && !job.overlays) || (sub == std::string("masks") && !job.masks))
      continue;
    fs::create_directories(fs::path(job.outDir) / sub, ec);
    if (ec) throw std::runtime_error("cannot create folder '" + (fs::path(job.outDir) / sub).string() +
                                     "': " + ec.message());
  }
}

}  // namespace

int runPredict(const std::vector<std::string>& argv) {
  const Args args(argv,
                  {"model", "class", "dataset", "split", "out", "opacity", "sensitivity", "batch",
                   "device", "precision"},
                  {"json", "overlays", "masks"});
  PredictJob job;
  job.modelPath = requiredOption(args, "model");
  job.outDir = args.get("out");
  job.json = args.has("json");
  job.overlays = args.has("overlays");
  job.masks = args.has("masks");
  if ((job.overlays || job.masks) && job.outDir.empty())
    throw UsageError(std::string("option --") + (job.overlays ? "overlays" : "masks") +
                     " needs --out DIR");
  job.batchSize = intAtLeast(args, "batch", job.batchSize, 1);
  job.overlay.opacity = numberIn(args, "opacity", job.overlay.opacity, 0.0, 1.0);
  job.overlay.sensitivity = numberIn(args, "sensitivity", job.overlay.sensitivity, 0.0, 1.0);
  const Split split = splitOption(args, "split", Split::Test);
  if (args.positional().empty() && !args.has("dataset"))
    throw UsageError("give image files or folders, or --dataset DIR (see --help)");

  Model model = Model::load(job.modelPath, deviceOption(args));
  model.setPrecision(precisionOption(args));
  int classIndex = -1;
  if (args.has("class")) {
    classIndex = model.classIndex(args.get("class"));
    if (classIndex < 0)
      throw UsageError("unknown class '" + args.get("class") + "' (the model's classes: " +
                       joinNames(model.classNames()) + ")");
  }
  requireThresholds(model, classIndex);
  auto inputs = imageInputs(args.positional(), classIndex);
  if (args.has("dataset")) {
    Dataset dataset = loadDatasetRoots(args.getAll("dataset"), kDefaultValidationFraction, std::cerr);
    keepModelClasses(dataset, model, args.has("class") ? std::vector<std::string>{args.get("class")}
                                                       : std::vector<std::string>{});
    const auto more = datasetInputs(dataset, split, model);
    inputs.insert(inputs.end(), more.begin(), more.end());
  }
  if (!job.outDir.empty()) prepareOutputFolder(job);

  // Results go out batch by batch: memory stays flat however many images stream through.
  TextOutputStream output(job.outDir.empty() ? std::string()
                                             : (std::filesystem::path(job.outDir) /
                                                (job.json ? "results.json" : "results.csv"))
                                                   .string());
  PredictionWriter writer(output, job.json, job.modelPath, job.overlay.sensitivity);
  CancelToken cancel;
  const InterruptHandler signal(cancel);
  UniqueFileNames names;
  std::map<std::string, int> verdicts;
  std::size_t done = 0;
  int unreadable = 0;
  {
    ProgressBar bar("predict", "img/s");
    std::vector<std::string> paths;
    for (const auto& input : inputs) paths.push_back(input.path);
    ImagePrefetcher batches(std::move(paths), job.batchSize);  // decoding overlaps the network
    for (std::size_t start = 0; start < inputs.size() && !cancel.cancelled();
         start += static_cast<std::size_t>(job.batchSize)) {
      const std::size_t end = std::min(inputs.size(), start + static_cast<std::size_t>(job.batchSize));
      std::vector<cv::Mat> images;
      std::vector<int> classes;
      std::vector<std::size_t> readable;  // input index of each image read
      std::vector<PredictionRow> rows;    // this batch's, in input order
      auto batch = batches.next();  // one per loop turn: the same count of batches
      for (auto& item : *batch) {
        PredictionRow row;
        row.path = item.path;
        if (item.error.empty()) {
          images.push_back(std::move(item.image));
          classes.push_back(inputs[item.index].classIndex);
          readable.push_back(item.index);
        } else {
          row.verdict = "error";
          row.error = item.error;
          ++unreadable;
        }
        rows.push_back(row);
      }
      std::vector<InferenceResult> results;
      try {
        results = model.infer(images, classes);
      } catch (const std::exception& e) {
        rethrowIfOutOfMemory(e, "inference", job.batchSize);  // says which --batch to try
        throw;
      }
      for (std::size_t j = 0; j < results.size(); ++j) {
        PredictionRow& row = rows[readable[j] - start];
        finishRow(job, model, inputs[readable[j]], images[j], results[j], names, row);
        ++verdicts[row.verdict];
      }
      for (const PredictionRow& row : rows) writer.add(row);
      done += rows.size();
      bar.update(static_cast<long>(end), static_cast<long>(inputs.size()));
    }
  }
  writer.finish();
  std::cerr << "predict: " << done << " images: " << verdicts["good"] << " good, "
            << verdicts["defect"] << " defect, " << verdicts["needs_review"] << " needs review";
  if (unreadable) std::cerr << ", " << unreadable << " unreadable";
  std::cerr << std::endl;
  if (cancel.cancelled()) {
    std::cerr << "predict: interrupted; the results above cover the images done" << std::endl;
    return signal.exitCode();
  }
  return unreadable ? kFailure : kOk;
}

}  // namespace mdd::cli
