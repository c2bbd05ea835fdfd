#pragma once
// The one rule for "a bigger model": the same family at another parameter
// count. A transformer keeps its depth-to-width ratio, head size, FFN and
// KV-head proportions (P ≈ 12·l·h²); an MoE keeps its active share; other
// architectures scale their work per sample. The model what-if slider and the
// `sweep --vary params` curve both call it.
#include "model/workload.h"

namespace cc {

/// `base` resized to `params` parameters (display name unchanged; callers say how it was derived).
ModelShape scaled_model(const ModelShape& base, double params);

} // namespace cc
