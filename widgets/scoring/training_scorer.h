#pragma once
// Score cards, bottleneck and charts of a training evaluation (formatting only: the numbers come from core/evaluate).
#include "catalog/catalog.h"
#include "model/design.h"
#include "scoring/score_result.h"

namespace cc::studio {

void presentTraining(const Design& d, const evaluate::Evaluation& ev, ScoreResult& out);

} // namespace cc::studio
