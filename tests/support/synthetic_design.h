#pragma once
// Large, valid designs for benchmarks and scale tests.
#include "model/design.h"

namespace cc::testing {

/// About `components` parts: racks of DGX H100 nodes, each rack with NDR leaf
/// switches, every node linked to a leaf, leaves to a spine group. Passes check().
Design synthetic_training_design(int components, int rack_replicas = 1);

} // namespace cc::testing
