#include "evaluate/design_stack.h"

#include "topology/cluster_view.h"
#include "topology/replication.h"

namespace cc::evaluate {

const AcceleratorSpec* stack_accelerator(const Design& d, const Catalog& cat) {
    if (d.workload.kind() != WorkloadKind::Edge) return resolve_cluster(d, cat).accelerator;
    // The edge device drawn most often (after ×N), with its accelerator override.
    const Replication rep(d);
    const Component* dev = nullptr;
    for (const auto& c : d.components)
        if (c.kind == ComponentKind::EdgeDevice && (!dev || rep.instances(c) > rep.instances(*dev))) dev = &c;
    const EdgeDeviceSpec* ds = dev ? cat.edge_device(dev->catalog_id) : nullptr;
    return ds ? cat.accelerator(dev->accelerator.value_or(ds->accelerator)) : nullptr;
}

std::optional<ResolvedStack> design_stack(const Design& d, const Catalog& cat) {
    if (d.workload.empty()) return std::nullopt;
    return resolve_stack(d.workload.stack(), d.workload.kind(), stack_accelerator(d, cat));
}

} // namespace cc::evaluate
