// Batch inference over a folder: how much of the wall time is the network. Writes N
// camera-like images (JPEG, larger than the model input, so decoding and resizing cost
// something) into a temporary folder, then runs the model over them three ways, in one run:
//   network only   - images decoded beforehand, Model::infer per batch;
//   sequential     - decode a batch, then infer it (decoding waits for the network);
//   prefetched     - ImagePrefetcher decodes batch k+1 while the network runs batch k
//                    (what `mddnet predict`, evaluation and the Inspector use).
//
//   bench_folder_inference [--images 64] [--batch 8] [--size 256] [--image-size 900]
//                          [--backbone inception_v3]
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include "mdd/backbones.h"
#include "mdd/image_io.h"
#include "mdd/image_prefetch.h"
#include "mdd/runtime.h"
#include "model/model_impl.h"
#include "nn/backbones/backbone.h"

namespace {

double since(std::chrono::steady_clock::time_point t) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t).count();
}

}  // namespace

int main(int argc, char** argv) {
  int images = 64, batch = 8, size = 256, imageSize = 900;
  std::string backbone = "inception_v3";
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string key = argv[i], value = argv[i + 1];
    if (key == "--images") images = std::atoi(value.c_str());
    else if (key == "--batch") batch = std::atoi(value.c_str());
    else if (key == "--size") size = std::atoi(value.c_str());
    else if (key == "--image-size") imageSize = std::atoi(value.c_str());
    else if (key == "--backbone") backbone = value;
    else {
      std::fprintf(stderr, "usage: %s [--images 64] [--batch 8] [--size 256] [--image-size 900] "
                           "[--backbone ID]\n", argv[0]);
      return 2;
    }
  }
  mdd::initRuntime();
  namespace fs = std::filesystem;
  const fs::path dir = fs::temp_directory_path() / ("mdd-bench-folder-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  std::vector<std::string> paths;
  cv::RNG rng(3);
  for (int i = 0; i < images; ++i) {
    cv::Mat img(imageSize, imageSize, CV_8UC3);
    rng.fill(img, cv::RNG::NORMAL, 128, 40);
    cv::GaussianBlur(img, img, cv::Size(0, 0), 2.0);  // camera-like, so JPEG is not pathological
    paths.push_back((dir / ("img" + std::to_string(i) + ".jpg")).string());
    cv::imwrite(paths.back(), img);
  }

  mdd::ModelConfig config;
  config.network.backbone = backbone;
  config.network.inputWidth = config.network.inputHeight = size;
  config.classNames = {"a"};
  const bool pretrained = !mdd::findBackboneWeights(backbone).empty();
  auto teacher = pretrained ? mdd::nn::createTeacher(backbone, torch::kCPU, {})
                            : mdd::nn::createBackbone(backbone);
  if (!pretrained) teacher->foldBatchNorm();
  const mdd::Model model = mdd::Model::fromImpl(mdd::makeModelImpl(config, torch::kCPU, teacher));

  std::vector<cv::Mat> decoded;
  const auto d0 = std::chrono::steady_clock::now();
  for (const auto& p : paths) decoded.push_back(mdd::readImage(p));
  const double decodeSeconds = since(d0);
  model.infer({decoded.begin(), decoded.begin() + std::min(batch, images)});  // warm-up

  const auto n0 = std::chrono::steady_clock::now();
  for (int s = 0; s < images; s += batch)
    model.infer({decoded.begin() + s, decoded.begin() + std::min(images, s + batch)});
  const double network = since(n0);

  const auto s0 = std::chrono::steady_clock::now();
  for (int s = 0; s < images; s += batch) {
    std::vector<cv::Mat> part;
    for (int i = s; i < std::min(images, s + batch); ++i) part.push_back(mdd::readImage(paths[i]));
    model.infer(part);
  }
  const double sequential = since(s0);

  const auto p0 = std::chrono::steady_clock::now();
  mdd::ImagePrefetcher batches(paths, batch);
  while (auto part = batches.next()) {
    std::vector<cv::Mat> ready;
    for (auto& item : *part) ready.push_back(std::move(item.image));
    model.infer(ready);
  }
  const double prefetched = since(p0);
  fs::remove_all(dir);

  std::printf("%d JPEG images %dx%d, model %s at %dx%d, batch %d, %d threads\n", images, imageSize,
              imageSize, backbone.c_str(), size, size, batch, mdd::runtimeInfo().intraOpThreads);
  std::printf("decode alone:  %7.2f s (%.1f ms per image, one thread)\n", decodeSeconds,
              1000 * decodeSeconds / images);
  std::printf("network only:  %7.2f s  %6.2f img/s  1.00x\n", network, images / network);
  std::printf("sequential:    %7.2f s  %6.2f img/s  %.2fx of network time\n", sequential,
              images / sequential, sequential / network);
  std::printf("prefetched:    %7.2f s  %6.2f img/s  %.2fx of network time\n", prefetched,
              images / prefetched, prefetched / network);
  return 0;
}
