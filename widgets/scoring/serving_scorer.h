#pragma once
// Score cards, bottleneck and charts of serving (LLM and vision) and edge designs.
#include "catalog/catalog.h"
#include "model/design.h"
#include "scoring/score_result.h"

namespace cc::studio {

void scoreServing(const Design& d, const Catalog& cat, ScoreResult& out);
void scoreEdge(const Design& d, const Catalog& cat, ScoreResult& out);

} // namespace cc::studio
