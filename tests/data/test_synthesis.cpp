// mdd/synthesis.h: Perlin masks, texture blending and the synthesiser are binary where they
// must be, follow DRAEM's formula, and give the same bytes for the same seed.
#include <QtTest>

#include <algorithm>
#include <opencv2/imgproc.hpp>

#include "dataset_tree.h"
#include "mdd/synthesis.h"
#include "pattern_files.h"
#include "test_paths.h"

namespace {

bool same(const cv::Mat& a, const cv::Mat& b) {
  return a.size() == b.size() && a.type() == b.type() && cv::norm(a, b, cv::NORM_INF) == 0;
}

bool binary(const cv::Mat& m) { return cv::countNonZero((m != 0) & (m != 255)) == 0; }

// A bright disc (the object, returned in `object`) on a dark, slightly noisy background.
cv::Mat objectScene(cv::Mat& object) {
  cv::Mat scene(96, 96, CV_8UC3, cv::Scalar(60, 60, 60));
  cv::Mat noise(scene.size(), CV_8UC3);
  cv::RNG(3).fill(noise, cv::RNG::UNIFORM, 0, 12);
  object = cv::Mat::zeros(scene.size(), CV_8U);
  cv::circle(object, {50, 44}, 22, cv::Scalar(255), cv::FILLED);
  scene.setTo(cv::Scalar(170, 150, 140), object);
  return scene + noise;
}

}  // namespace

class TestSynthesis : public QObject {
  Q_OBJECT
  QString dir_;
  cv::Mat surface_;  // a normal 64x64 image

  mdd::TextureSource folderTextures() {
    for (int i = 0; i < 3; ++i)
      datatest::writeImageFile(dir_ + "/textures/sub/t" + QString::number(i) + ".png", {40, 30}, i);
    return mdd::TextureSource::fromFolder((dir_ + "/textures").toStdString());
  }

 private Q_SLOTS:
  void initTestCase() {
    dir_ = mddtest::freshWorkDir("synthesis");
    cv::cvtColor(datatest::texturePixels(64, 3), surface_, cv::COLOR_RGB2BGR);
  }

  void perlinNoiseIsSmoothZeroAtLatticePointsAndSeeded() {
    std::mt19937 a(5), b(5), c(6);
    const cv::Mat n = mdd::perlinNoise({64, 48}, 4, 2, a);
    QCOMPARE(n.type(), CV_32FC1);
    QVERIFY(same(n, mdd::perlinNoise({64, 48}, 4, 2, b)));
    QVERIFY(!same(n, mdd::perlinNoise({64, 48}, 4, 2, c)));
    double lo, hi;
    cv::minMaxLoc(n, &lo, &hi);
    QVERIFY(lo >= -1.0 && hi <= 1.0 && hi - lo > 0.3);
    // Gradient noise vanishes at lattice points: every 16th column and 24th row.
    for (int y : {0, 24})
      for (int x : {0, 16, 32, 48}) QVERIFY(std::abs(n.at<float>(y, x)) < 1e-6f);
    cv::Mat dx;
    cv::absdiff(n.colRange(1, 64), n.colRange(0, 63), dx);
    cv::minMaxLoc(dx, nullptr, &hi);
    QVERIFY(hi < 0.25);  // smooth: 16 px per lattice cell
  }

  void blendFollowsDraemFormula() {
    const cv::Mat x(2, 2, CV_8UC3, cv::Scalar(100, 100, 100));
    const cv::Mat tex(2, 2, CV_8UC3, cv::Scalar(200, 0, 100));
    const cv::Mat m = (cv::Mat_<uchar>(2, 2) << 255, 0, 0, 255);
    const cv::Mat out = mdd::blendTexture(x, tex, m, 0.25f);
    // x (1 - m) + (1 - beta) tex m + beta x m
    QCOMPARE(out.at<cv::Vec3b>(0, 0), cv::Vec3b(175, 25, 100));
    QCOMPARE(out.at<cv::Vec3b>(0, 1), cv::Vec3b(100, 100, 100));
    QCOMPARE(mdd::blendTexture(x, tex, m, 0.f).at<cv::Vec3b>(1, 1), cv::Vec3b(200, 0, 100));
  }

  void synthesisIsBinaryDeterministicAndSane() {
    const mdd::AnomalySynthesizer synth(folderTextures());
    int anomalous = 0;
    std::vector<double> fractions;
    for (std::uint64_t seed = 0; seed < 200; ++seed) {
      const auto r = synth.synthesize(surface_, mdd::mixSeed(42, seed));
      QVERIFY(binary(r.mask));
      QCOMPARE(r.image.type(), CV_8UC3);
      // Outside the mask the image is untouched, exactly.
      cv::Mat outside = r.image.clone(), original = surface_.clone();
      QVERIFY(same(outside.setTo(0, r.mask), original.setTo(0, r.mask)));
      if (!r.anomalous) {
        QCOMPARE(cv::countNonZero(r.mask), 0);
        continue;
      }
      ++anomalous;
      QVERIFY(r.beta >= 0.f && r.beta <= 0.8f);
      fractions.push_back(cv::countNonZero(r.mask) / double(r.mask.total()));
    }
    std::sort(fractions.begin(), fractions.end());
    const auto quantile = [&](double q) {
      return fractions[std::size_t(q * (fractions.size() - 1))];
    };
    qInfo("anomalous %d / 200; mask area fraction min %.4f p10 %.3f median %.3f p90 %.3f max %.3f",
          anomalous, fractions.front(), quantile(0.1), quantile(0.5), quantile(0.9),
          fractions.back());
    QVERIFY(anomalous >= 70 && anomalous <= 130);  // p = 0.5, n = 200: +-4 sd
    QVERIFY(fractions.front() > 0.0);
    QVERIFY(quantile(0.5) > 0.02 && quantile(0.5) < 0.5);
    QVERIFY(fractions.back() < 0.95);
  }

  // Grey images get grey anomalies: with colour follow_data (the default), a grey surface
  // stays grey wherever the texture (coloured crops and colour operations included) is
  // painted, and a colour surface may get colour.
  void greyDataGetsGreyAnomalies() {
    cv::Mat grey;
    cv::cvtColor(surface_, grey, cv::COLOR_BGR2GRAY);
    cv::cvtColor(grey, grey, cv::COLOR_GRAY2BGR);
    QVERIFY(mdd::looksGrey(grey));
    QVERIFY(!mdd::looksGrey(surface_));
    using mdd::SynthesisColour;
    QCOMPARE(mdd::SynthesisConfig().colour, SynthesisColour::FollowData);

    mdd::SynthesisConfig config;
    config.anomalyProbability = 1;
    const mdd::AnomalySynthesizer following(folderTextures(), config);
    config.colour = SynthesisColour::Grey;
    const mdd::AnomalySynthesizer greySynth(folderTextures(), config);
    config.colour = SynthesisColour::Colour;
    const mdd::AnomalySynthesizer colourSynth(folderTextures(), config);
    const auto exactlyGrey = [](const cv::Mat& image) {
      std::vector<cv::Mat> c;
      cv::split(image, c);
      return cv::norm(c[0], c[1], cv::NORM_INF) == 0 && cv::norm(c[1], c[2], cv::NORM_INF) == 0;
    };
    int colourOnGrey = 0, colourOnColour = 0;
    for (std::uint64_t seed = 0; seed < 20; ++seed) {
      const auto f = following.synthesize(grey, seed);
      QVERIFY(f.anomalous);
      QVERIFY(exactlyGrey(f.image));  // grey to the last pixel
      QVERIFY(exactlyGrey(greySynth.synthesize(grey, seed).image));
      QVERIFY(!exactlyGrey(greySynth.synthesize(surface_, seed).image));  // only the paint
      colourOnGrey += !exactlyGrey(colourSynth.synthesize(grey, seed).image);
      const auto onColour = following.synthesize(surface_, seed);
      cv::Mat painted;
      cv::absdiff(onColour.image, surface_, painted);
      colourOnColour += cv::countNonZero(painted.reshape(1)) > 0;
    }
    QVERIFY(colourOnGrey > 0);     // the colour mode does paint colour on grey
    QCOMPARE(colourOnColour, 20);  // follow_data paints colour images as before
  }

  // The "synthesis" section of a --config file, every field, and its bad values.
  void synthesisSettingsFromJson() {
    mdd::SynthesisConfig want;
    want.anomalyProbability = 0.25;
    want.betaMax = 0.5f;
    want.minScaleLog2 = 1;
    want.maxScaleLog2 = 4;
    want.threshold = 0.6f;
    want.randomRotation = false;
    want.augmentTexture = false;
    want.maxMaskAttempts = 7;
    want.restrictToEstimatedForeground = true;
    want.colour = mdd::SynthesisColour::Grey;
    const std::string json = "{\"network\": {}, \"synthesis\": " + mdd::toJson(want) + "}";
    const mdd::SynthesisConfig got = mdd::synthesisConfigFromJson(json);
    QCOMPARE(got.anomalyProbability, 0.25);
    QCOMPARE(got.betaMax, 0.5f);
    QCOMPARE(got.minScaleLog2, 1);
    QCOMPARE(got.maxScaleLog2, 4);
    QCOMPARE(got.threshold, 0.6f);
    QVERIFY(!got.randomRotation && !got.augmentTexture && got.restrictToEstimatedForeground);
    QCOMPARE(got.maxMaskAttempts, 7);
    QCOMPARE(got.colour, mdd::SynthesisColour::Grey);
    QVERIFY(mdd::toJson(want).find("\"grey\"") != std::string::npos);
    // No section, or a partial one: defaults for the rest.
    QCOMPARE(mdd::synthesisConfigFromJson("{\"maps\": {}}").colour,
             mdd::SynthesisColour::FollowData);
    QCOMPARE(mdd::synthesisConfigFromJson("{\"synthesis\": {\"betaMax\": 0.3}}").maxScaleLog2, 5);
    for (const char* bad : {"{\"synthesis\": {\"colour\": \"blue\"}}",
                            "{\"synthesis\": {\"betaMax\": 2}}",
                            "{\"synthesis\": {\"minScaleLog2\": 5, \"maxScaleLog2\": 2}}",
                            "{\"synthesis\": {\"anomalyProbability\": \"half\"}}",
                            "{\"synthesis\": 3}", "{not json"})
      QVERIFY_THROWS_EXCEPTION(std::invalid_argument, mdd::synthesisConfigFromJson(bad));
  }

  void sameSeedSameBytesOtherSeedOtherBytes() {
    const mdd::AnomalySynthesizer synth(folderTextures(), {1.0});
    const auto a = synth.synthesize(surface_, 1234), b = synth.synthesize(surface_, 1234);
    QVERIFY(a.anomalous);
    QVERIFY(same(a.image, b.image) && same(a.mask, b.mask));
    int differing = 0;
    for (std::uint64_t seed = 1; seed <= 5; ++seed) {
      const auto c = synth.synthesize(surface_, 1234 + seed);
      differing += !same(a.mask, c.mask) && !same(a.image, c.image);
    }
    QCOMPARE(differing, 5);
    QVERIFY(mdd::mixSeed(1, 2, 3) == mdd::mixSeed(1, 2, 3));
    QVERIFY(mdd::mixSeed(1, 2, 3) != mdd::mixSeed(1, 3, 2));
  }

  void probabilityAndForegroundAreRespected() {
    mdd::SynthesisConfig never;
    never.anomalyProbability = 0;
    const mdd::AnomalySynthesizer none(folderTextures(), never);
    for (std::uint64_t s = 0; s < 20; ++s) QVERIFY(!none.synthesize(surface_, s).anomalous);

    const mdd::AnomalySynthesizer always(folderTextures(), {1.0});
    cv::Mat leftHalf = cv::Mat::zeros(surface_.size(), CV_8U);
    leftHalf.colRange(0, 32).setTo(255);
    int anomalous = 0;
    for (std::uint64_t s = 0; s < 40; ++s) {
      const auto r = always.synthesize(surface_, s, leftHalf);
      anomalous += r.anomalous;
      QCOMPARE(cv::countNonZero(r.mask.colRange(32, 64)), 0);
    }
    QVERIFY(anomalous >= 30);

    // Estimated foreground: anomalies land on the object, never on the background.
    mdd::SynthesisConfig onObject{1.0};
    onObject.restrictToEstimatedForeground = true;
    const mdd::AnomalySynthesizer objects(folderTextures(), onObject);
    cv::Mat object;
    const cv::Mat scene = objectScene(object);
    cv::dilate(object, object, cv::Mat(), {-1, -1}, 2);  // the estimate's edge may wander
    for (std::uint64_t s = 0; s < 20; ++s)
      QCOMPARE(cv::countNonZero(objects.synthesize(scene, s).mask & ~object), 0);
  }

  void estimatesForegroundOfObjectsAndNotOfTextures() {
    cv::Mat object;
    const cv::Mat scene = objectScene(object);
    const cv::Mat fg = mdd::estimateForeground(scene);
    QVERIFY(binary(fg));
    const double iou = cv::countNonZero(fg & object) / double(cv::countNonZero(fg | object));
    QVERIFY2(iou > 0.9, qPrintable(QString::number(iou)));
    // A texture has no background: the whole image is foreground.
    QCOMPARE(cv::countNonZero(mdd::estimateForeground(surface_)), int(surface_.total()));
  }

  void textureSources() {
    const auto folder = folderTextures();
    QCOMPARE(int(folder.size()), 3);
    std::mt19937 a(1), b(1);
    const cv::Mat patch = folder.sample({50, 20}, a);
    QCOMPARE(patch.size(), cv::Size(50, 20));
    QCOMPARE(patch.type(), CV_8UC3);
    QVERIFY(same(patch, folder.sample({50, 20}, b)));

    const QString missing = dir_ + "/no_textures";
    QVERIFY_THROWS_EXCEPTION(mdd::DataError, mdd::TextureSource::fromFolder(missing.toStdString()));
    QDir().mkpath(dir_ + "/empty_textures");
    try {
      mdd::TextureSource::fromFolder((dir_ + "/empty_textures").toStdString());
      QFAIL("no error for a folder without images");
    } catch (const mdd::DataError& e) {
      QVERIFY(QString(e.what()).contains("empty_textures"));
    }
    // Training images as textures are shuffled and re-coloured: a uniform grey crop must
    // change colour.
    datatest::writeImageFile(dir_ + "/train.png", {32, 32}, 9);
    cv::imwrite((dir_ + "/grey.png").toStdString(), cv::Mat(32, 32, CV_8UC3, cv::Scalar::all(90)));
    const auto own = mdd::TextureSource::fromImages({(dir_ + "/grey.png").toStdString()});
    for (int seed = 0; seed < 10; ++seed) {
      std::mt19937 rng(seed);
      QVERIFY(cv::norm(own.sample({16, 16}, rng), cv::Mat(16, 16, CV_8UC3, cv::Scalar::all(90)),
                       cv::NORM_INF) > 20);
    }
  }

  void systemTexturesFromPatternFolders() {
    const QString pats = dir_ + "/patterns/Stone";
    QDir().mkpath(pats);
    for (int i = 0; i < 2; ++i)
      datatest::writeBytesTo((pats + "/p" + QString::number(i) + ".pat").toStdString(),
                             datatest::patBytes(datatest::texturePixels(24, i), "p"));
    const auto src = mdd::TextureSource::fromSystem((dir_ + "/patterns").toStdString(),
                                                    (dir_ + "/no_skimage").toStdString());
    QCOMPARE(int(src.size()), 2);
    std::mt19937 rng(2);
    QCOMPARE(src.sample({64, 64}, rng).size(), cv::Size(64, 64));  // larger than the pattern
    try {
      mdd::TextureSource::fromSystem((dir_ + "/none").toStdString(),
                                     (dir_ + "/none2").toStdString());
      QFAIL("no error without textures");
    } catch (const mdd::DataError& e) {
      QVERIFY(QString(e.what()).contains("gimp-data"));
    }
  }

  void textureAugmentationIsSeeded() {
    std::mt19937 a(8), b(8);
    const cv::Mat x = mdd::augmentTexture(surface_, a);
    QVERIFY(same(x, mdd::augmentTexture(surface_, b)));
    QVERIFY(!same(x, surface_));
  }
};

QTEST_APPLESS_MAIN(TestSynthesis)
#include "test_synthesis.moc"
