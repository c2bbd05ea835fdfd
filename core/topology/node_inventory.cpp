#include "topology/node_inventory.h"

#include <unordered_map>

namespace cc {

Inventory take_inventory(const Design& d, const Catalog& cat, const Replication& rep) {
    Inventory inv;
    // Standalone accelerators grouped by the node group that holds them.
    std::unordered_map<std::string_view, std::vector<const Component*>> in_node_group, nics_in_group;
    std::unordered_map<std::string_view, const Component*> chassis_of_group;
    for (const auto& c : d.components) {
        const Group* ng = rep.enclosing(c, GroupKind::Node);
        if (c.kind == ComponentKind::Accelerator) {
            if (ng) in_node_group[ng->id].push_back(&c);
            else inv.loose_accelerators.push_back(&c);
        } else if (ng && c.kind == ComponentKind::Nic) {
            nics_in_group[ng->id].push_back(&c);
        } else if (ng && (c.kind == ComponentKind::Node || c.kind == ComponentKind::EdgeDevice)) {
            chassis_of_group.emplace(ng->id, &c);
        }
    }
    for (const auto& c : d.components) {
        ComputeUnit u;
        u.component = &c;
        u.copies = rep.instances(c);
        if (c.kind == ComponentKind::Node) {
            const NodeSpec* n = cat.node(c.catalog_id);
            u.accelerator_id = c.accelerator.value_or(n ? n->accelerator : std::string());
            u.accelerators_per_unit = c.accelerator_count.value_or(n ? n->accelerator_count : 0);
            u.slots = n ? n->accelerator_slots : 0;
            const Group* ng = rep.enclosing(c, GroupKind::Node);
            if (ng && chassis_of_group[ng->id] == &c) {
                if (auto it = nics_in_group.find(ng->id); it != nics_in_group.end()) u.nics = it->second;
                if (auto it = in_node_group.find(ng->id); it != in_node_group.end()) {
                    // Cards placed in the node replace the catalog's default fit-out.
                    u.placed = it->second;
                    u.accelerators_per_unit = 0;
                    for (const Component* a : u.placed) {
                        u.accelerators_per_unit += std::max(1, a->count);
                        u.accelerator_id = a->catalog_id;
                    }
                }
            }
        } else if (c.kind == ComponentKind::EdgeDevice) {
            const EdgeDeviceSpec* e = cat.edge_device(c.catalog_id);
            u.accelerator_id = c.accelerator.value_or(e ? e->accelerator : std::string());
            u.accelerators_per_unit = c.accelerator_count.value_or(e ? e->accelerator_count : 1);
        } else if (c.kind == ComponentKind::CloudRegion) {
            const CloudRegionSpec* r = cat.cloud_region(c.catalog_id);
            const NodeSpec* n = r ? cat.node(r->node) : nullptr;
            u.accelerator_id = n ? n->accelerator : std::string();
            u.accelerators_per_unit = n ? n->accelerator_count : 0;
            u.copies *= c.nodes.value_or(1);
        } else if (c.kind == ComponentKind::Accelerator && !rep.enclosing(c, GroupKind::Node)) {
            u.accelerator_id = c.catalog_id;
            u.accelerators_per_unit = 1;
        } else {
            continue;
        }
        u.accelerator = cat.accelerator(u.accelerator_id);
        inv.accelerators += u.copies * u.accelerators_per_unit;
        inv.units.push_back(std::move(u));
    }
    return inv;
}

} // namespace cc
