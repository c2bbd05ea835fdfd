#pragma once
// Scores one immutable snapshot of a design (any thread): one core evaluation
// (core/evaluate, what-if included), then formatted for the studio.
#include "catalog/catalog.h"
#include "model/design.h"
#include "scoring/score_options.h"
#include "scoring/score_result.h"

namespace cc::studio {

ScoreResult scoreDesign(const Design& snapshot, const Catalog& cat, const WhatIf& what_if, quint64 revision);

/// The studio's view of an evaluation already made (compare and the report reuse evaluations).
ScoreResult present(const evaluate::EvaluationPtr& ev, const Design& d, quint64 revision);

} // namespace cc::studio
