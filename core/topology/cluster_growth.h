#pragma once
// The one rule for "more GPUs": the resolved cluster grows arithmetically in
// whole nodes — more nodes of the same kind with the same fabric per GPU, power
// in proportion — never an expanded design. The GPU what-if slider, the
// training growth sweep and the serving GPU sweep all call it, so a value read
// off the slider equals the curve's point at the same GPU count.
#include "topology/cluster_view.h"

namespace cc {

/// GPUs in the cluster `view` grown by `factor`, rounded to whole nodes (at least one node).
double grown_gpus(const ClusterView& view, double factor);

/// The cluster with `gpus` accelerators (whole nodes of `view`'s kind).
ClusterView grow_cluster(const ClusterView& view, double gpus);

} // namespace cc
