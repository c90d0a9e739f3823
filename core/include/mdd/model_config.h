#pragma once
// MDD-Net's configuration: every [choice] of docs/METHOD.md is a field here, so each can
// be ablated. Plain data, serialised whole into the model file's JSON header.
#include <array>
#include <string>
#include <vector>

namespace mdd {

struct MemoryConfig {
  bool enabled = true;          // the Class-aware Memory Module on the restoration path
  int itemsPerClass = 50;       // N items per class bank (paper range 16..100)
  float temperature = 0.1f;     // tau in softmax(cos / tau) and in the class logits
  float shrinkThreshold = -1;   // MemAE hard-shrink lambda; < 0 means 1 / N
  std::array<bool, 3> scales{true, true, true};  // which teacher scales pass through memory
};

enum class UpsampleMode { TransposedConv, Bilinear };
// How an image of any aspect becomes the square network input (mdd/preprocess.h).
enum class InputResize { Squash, Letterbox, ShortSideCentreCrop };
// What a letterboxed input shows around the image: the mean colour (0 after
// normalisation), or the image mirrored outwards, so that the teacher's cells at the
// image's edge see texture rather than a flat band.
enum class LetterboxFill { Mean, Reflect };
enum class CosineMode { Flattened, PerPixel };  // L_restoration / L_identity / L_rec
enum class MapFusion { Sum, Product, NormalisedSum };
enum class ScoreRule { Max, TopPercentMean, PooledMax };
enum class MapSource { Fused, TeacherRestoration, RestorationIdentity };
enum class ClassSource { Given, Predicted };
// Where the maps put each feature cell: on the input pixels its receptive field is centred
// on (the backbone's padding, mdd/backbones.h FeatureTap::offset), or stretched bilinearly
// over the whole input, as the first versions did (kept to measure the difference).
enum class CellPlacement { ReceptiveField, Stretched };
// How two features at one position are compared in the maps. Cosine: 1 - cos, blind to a
// change of the features' length. RelativeSquared: |a - b|^2 / (|a|^2 + |b|^2), equal to
// 1 - cos where the lengths agree and rising where they differ (a brighter or darker
// region changes the teacher's activations mostly in length).
enum class MapDistance { Cosine, RelativeSquared };

struct NetworkConfig {
  std::string backbone = "inception_v3";
  int inputWidth = 256, inputHeight = 256;
  // Letterbox: keeps each image's aspect; on Magnetic Tile's crops (aspect 0.36..2.68) it
  // beats squashing by 7 points of I-AUROC (docs/RESULTS.md). Square images: no difference.
  InputResize resize = InputResize::Letterbox;
  // Reflect: on Magnetic Tile it gains 4.9 points of I-AUROC (A_TR) and 3.9 of AU-PRO
  // over the mean colour (docs/RESULTS.md). Model files without the field keep Mean.
  LetterboxFill letterboxFill = LetterboxFill::Reflect;
  bool perImageStandardise = false;  // remove exposure differences before the teacher
  int neckChannels = 256;        // per-scale projection width in the neck
  int codeChannels = 512;        // the compact code z
  int neckBlocks = 2;            // residual bottleneck blocks in the neck
  std::array<int, 3> decoderWidths{128, 256, 512};  // internal widths, finest first
  int decoderBlocks = 1;         // residual blocks per decoder stage
  UpsampleMode upsample = UpsampleMode::TransposedConv;
  // Each path (restoration: memory read-outs; identity: raw teacher features) has a neck of
  // its own, so each neck's BatchNorm statistics describe the one input it normalises at
  // inference. A shared neck (false; model files without the field) normalises both with
  // running statistics blended from two distributions neither path sees alone.
  bool neckPerPath = true;
  MemoryConfig memory;
};

struct LossConfig {
  float restoration = 1, identity = 1, distillation = 1;  // the three DRD terms [paper]
  float memoryClass = 1, memoryReconstruction = 1;       // lambda_cls, lambda_rec [choice]
  CosineMode cosine = CosineMode::Flattened;
};

struct MapConfig {
  MapFusion fusion = MapFusion::Sum;
  // Which map the score and verdict use. Fused: since the fixes of issue 21 (cells on their
  // receptive fields, borders out of the losses, reflected letterbox, grey synthesis on
  // grey data, a neck per path) it beats A_TR on Magnetic Tile by 3.5 points of I-AUROC and
  // 2.0 of mAD, and ties it on the demo classes (docs/RESULTS.md).
  MapSource source = MapSource::Fused;
  float fusionWeight = 0.5f;            // weight of A_TR in NormalisedSum
  // NormalisedSum divides each map by its mean on normal validation images (fitted
  // after training; 1 until then).
  float teacherRestorationScale = 1.0f, restorationIdentityScale = 1.0f;
  float gaussianSigma = 4.0f;           // at the model's input resolution; 0 disables
  ScoreRule scoreRule = ScoreRule::Max;
  float topPercent = 1.0f;              // for TopPercentMean
  int poolSize = 16;                    // for PooledMax
  ClassSource classSource = ClassSource::Given;  // falls back to Predicted when unknown
  CellPlacement cellPlacement = CellPlacement::ReceptiveField;
  // Weight of each feature scale (finest first) in A_TR and A_RI; empty = 1 for every scale.
  std::vector<float> scaleWeights;
  MapDistance distance = MapDistance::Cosine;
  // Odd window, in feature cells, over which both features are averaged before they are
  // compared (1: each cell alone). Wider windows see regional changes, such as Magnetic
  // Tile's large "uneven" areas, and blur small defects (docs/RESULTS.md).
  int featurePooling = 1;
};

struct ModelConfig {
  NetworkConfig network;
  LossConfig loss;
  MapConfig maps;
  std::vector<std::string> classNames;
};

// JSON round trip (the model file header and the CLI's --config files use it).
std::string toJson(const ModelConfig& config);
ModelConfig modelConfigFromJson(const std::string& json);  // throws std::invalid_argument

}  // namespace mdd
