#include "topology/cluster_growth.h"

#include <algorithm>
#include <cmath>

namespace cc {

double grown_gpus(const ClusterView& view, double factor) {
    const double per_node = std::max(1, view.per_node);
    const double nodes = std::max(1.0, std::round(view.accelerators * factor / per_node));
    return nodes * per_node;
}

ClusterView grow_cluster(const ClusterView& view, double gpus) {
    ClusterView v = view;
    if (view.accelerators <= 0 || gpus == view.accelerators) return v;
    const double f = gpus / view.accelerators;
    v.accelerators = gpus;
    v.nodes = view.nodes * f;
    v.power_W = view.power_W * f;
    return v;
}

} // namespace cc
