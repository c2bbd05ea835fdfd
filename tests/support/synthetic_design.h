#pragma once
// Large, valid designs for benchmarks and scale tests.
#include "model/design.h"

namespace cc::testing {

/// About `components` parts: racks (each ×rack_replicas) of four DGX H100 with
/// an NDR leaf and a storage switch, every port cabled. Passes check().
Design synthetic_training_design(int components, int rack_replicas = 1);

} // namespace cc::testing
