#pragma once
// The workbench's threshold arithmetic, kept out of the widget so it reads (and is tested)
// on its own: fitting by a method on a class's stored scores, when a method cannot fit,
// a starting band, and how many decimals raw scores need.
#include <QString>

#include "mdd/thresholds.h"
#include "thresholds/relabel.h"

namespace mddui {

// Why `method` cannot be fitted on these scores (for the chooser's tooltip), or empty.
// Manual always can; F1-optimal needs normal and anomalous scores; the others normal ones.
QString methodUnavailableReason(mdd::ThresholdMethod method, const ClassScores& scores);

// The engine's threshold for `method` on the labelled scores (targetFpr for TargetFpr).
// Throws std::runtime_error when the method cannot fit (see methodUnavailableReason) or
// for Manual, which is not a fit.
double fitThreshold(mdd::ThresholdMethod method, const ClassScores& scores, double targetFpr);

// Where a band starts when switched on: the engine's fit (review at 5 % of normal images,
// defect at none) when that gives a band of some width, else 10 % of the class's score
// range either side of the threshold.
mdd::UncertainBand initialBand(const mdd::ClassThresholds& t, const ClassScores& scores);

// Field-by-field equality (NaN equals NaN), for "modified" and "revert".
bool sameThresholds(const mdd::ClassThresholds& a, const mdd::ClassThresholds& b);

// Decimals that show a raw score to about six significant digits of a range this wide.
int scoreDecimals(double span);

}  // namespace mddui
