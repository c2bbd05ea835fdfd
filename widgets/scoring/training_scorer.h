#pragma once
// Score cards, bottleneck and charts of a training design.
#include "catalog/catalog.h"
#include "model/design.h"
#include "scoring/score_result.h"

namespace cc::studio {

void scoreTraining(const Design& d, const Catalog& cat, ScoreResult& out);

} // namespace cc::studio
