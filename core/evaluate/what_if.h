#pragma once
// What-if knobs ("and with 4× the GPUs?"): applied to a copy of the design for
// one evaluation, never to the document. One rule per axis, shared with the
// growth curves and `clustercanvas-cli sweep`:
// - GPUs: the resolved cluster grows in whole nodes (topology/cluster_growth.h);
//   for edge designs, the edge devices at each site;
// - model: the same family at s× the parameters (catalog/model_scaling.h);
// - data: s× the dataset tokens or samples;
// - load: s× the request rate or concurrency, or s× the camera streams.
#include "model/design.h"

namespace cc::evaluate {

struct WhatIf {
    double gpu_scale = 1.0;
    double model_scale = 1.0;
    double data_scale = 1.0;
    double load_scale = 1.0;
    bool operator==(const WhatIf&) const = default;
    bool active() const { return !(*this == WhatIf{}); }
};

/// Applies the design-level knobs (model, data, load, edge devices) to `d`.
/// The GPU knob of training and serving designs acts on the resolved cluster
/// (see evaluate()), so it is not applied here.
void apply_to_design(Design& d, const WhatIf& w);

} // namespace cc::evaluate
