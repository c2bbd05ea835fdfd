#pragma once
// Score cards, bottleneck and charts of serving (LLM and vision) and edge evaluations
// (formatting only: the numbers come from core/evaluate).
#include "catalog/catalog.h"
#include "model/design.h"
#include "scoring/score_result.h"

namespace cc::studio {

void presentServing(const evaluate::Evaluation& ev, ScoreResult& out);
void presentEdge(const evaluate::Evaluation& ev, ScoreResult& out);

} // namespace cc::studio
