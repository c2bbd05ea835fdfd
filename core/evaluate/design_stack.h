#pragma once
// The stack a design's workload is scored for, from the design alone: what the
// studio's inspector offers as "Default (…)" and what evaluate() records agree.
#include "catalog/catalog.h"
#include "catalog/stack_defaults.h"
#include "model/design.h"

#include <optional>

namespace cc::evaluate {

/// The accelerator whose vendor picks the default stack: the dominant edge
/// device's for an edge workload (the device the edge engine scores), else the
/// cluster's dominant accelerator. nullptr when none is drawn.
const AcceleratorSpec* stack_accelerator(const Design& d, const Catalog& cat);

/// resolve_stack() for the design's workload on stack_accelerator(); unset without a workload.
std::optional<ResolvedStack> design_stack(const Design& d, const Catalog& cat);

} // namespace cc::evaluate
