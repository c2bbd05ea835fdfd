#pragma once
// Scores one immutable snapshot of a design (any thread): applies the what-if
// knobs to the copy, then runs the engine of the design's workload kind.
#include "catalog/catalog.h"
#include "model/design.h"
#include "scoring/score_options.h"
#include "scoring/score_result.h"

namespace cc::studio {

ScoreResult scoreDesign(Design snapshot, const Catalog& cat, const WhatIf& what_if, quint64 revision);

/// The what-if knobs applied to a copy (public for tests and the report).
void applyWhatIf(Design& d, const WhatIf& w);

} // namespace cc::studio
