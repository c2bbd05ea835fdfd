#pragma once
// What compute a design really holds: each drawn server/edge device with the
// accelerators it carries and how many copies of it exist.
#include "catalog/catalog.h"
#include "model/design.h"
#include "topology/replication.h"

#include <string>
#include <vector>

namespace cc {

struct ComputeUnit {
    const Component* component = nullptr; // the node, edge device or lone accelerator
    const AcceleratorSpec* accelerator = nullptr;
    std::string accelerator_id;
    int accelerators_per_unit = 0;
    int slots = 0;                        // accelerator slots (0 = not limited / not a server)
    double copies = 1;                    // replicated instances of this unit
    std::vector<const Component*> placed; // standalone accelerator parts inside its node group
    std::vector<const Component*> nics;   // NIC parts inside its node group: their ports are the node's too
};

struct Inventory {
    std::vector<ComputeUnit> units;
    double accelerators = 0; // total after replication
    /// Standalone accelerators not inside any node group (counted as units of one).
    std::vector<const Component*> loose_accelerators;
};

Inventory take_inventory(const Design& d, const Catalog& cat, const Replication& rep);

} // namespace cc
