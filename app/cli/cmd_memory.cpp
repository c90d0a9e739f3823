#include <iostream>

#include "args.h"
#include "commands.h"
#include "exit_codes.h"
#include "interrupt.h"
#include "mdd/memory_analysis.h"
#include "memory_table.h"
#include "option_values.h"
#include "progress_bar.h"
#include "text_output.h"

namespace mdd::cli {

void helpMemory(std::ostream& out) {
  out << "usage: mddnet memory MODEL [options]\n\n"
         "Export the model's class-aware memory (METHOD.md, Fig. 5): one row per memory\n"
         "item with its teacher scale, owner class, class probabilities (softmax of its\n"
         "affinity to each class), their entropy, its role (the 10% of each scale's items\n"
         "with the highest entropy are class-shared, the rest class-specific) and its 2-D\n"
         "t-SNE position (cosine distance, one embedding per scale). A per-scale summary\n"
         "(silhouette and Davies-Bouldin of the t-SNE points by owner class, and\n"
         "trustworthiness) goes to stderr, or into the JSON.\n\n"
         "options:\n"
         "  --json               JSON instead of CSV\n"
         "  --output FILE        write there instead of stdout\n"
         "  --shared-fraction F  share of each scale's items called class-shared (0.1)\n"
         "  --no-tsne            skip the t-SNE (fast; t-SNE columns stay empty)\n"
         "  --perplexity P       t-SNE perplexity (default 30, lowered for few items)\n"
         "  --iterations N       t-SNE iterations (default 1000)\n"
         "  --seed N             t-SNE seed (default 0)\n"
         "  --vectors            with --json: include each item's vector\n\n"
         "examples:\n"
         "  mddnet memory demo.mdda > memory.csv\n"
         "  mddnet memory demo.mdda --json --output memory.json\n";
}

int runMemory(const std::vector<std::string>& argv) {
  const Args args(argv, {"output", "shared-fraction", "perplexity", "iterations", "seed"},
                  {"json", "no-tsne", "vectors"});
  if (args.positional().size() != 1)
    throw UsageError("memory needs exactly one model file, got " +
                     std::to_string(args.positional().size()) + " arguments");
  if (args.has("vectors") && !args.has("json")) throw UsageError("option --vectors needs --json");
  const std::string output = args.get("output");
  if (!output.empty()) requireParentFolder(output, "output");
  MemoryAnalysisOptions options;
  options.sharedFraction = numberIn(args, "shared-fraction", options.sharedFraction, 0.0, 1.0);
  options.embed = !args.has("no-tsne");
  options.perplexity = numberIn(args, "perplexity", options.perplexity, 1.0, 1000.0);
  options.iterations = intAtLeast(args, "iterations", options.iterations, 250);
  options.seed = static_cast<std::uint64_t>(intAtLeast(args, "seed", 0, 0));

  const Model model = Model::load(args.positional().front(), "cpu");
  CancelToken cancel;
  const InterruptHandler signal(cancel);
  MemoryAnalysis analysis;
  {
    ProgressBar bar("t-SNE", "it/s");
    analysis = analyzeMemory(model, options, [&](long done, long total) { bar.update(done, total); },
                             cancel);
  }
  if (analysis.cancelled) {
    std::cerr << "memory: interrupted" << std::endl;
    return signal.exitCode();
  }
  if (args.has("json")) {
    writeTextOutput(memoryJson(analysis, model.classNames(), args.has("vectors")), output);
  } else {
    writeTextOutput(memoryCsv(analysis, model.classNames()), output);
    std::cerr << memorySummary(analysis);
  }
  return kOk;
}

}  // namespace mdd::cli
