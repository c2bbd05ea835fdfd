#include "synthetic_design.h"

#include "catalog/catalog.h"

namespace cc::testing {

Design synthetic_training_design(int components, int rack_replicas) {
    const Catalog& cat = Catalog::builtin();
    Design d;
    d.title = "Synthetic training cluster";
    const int per_rack = 4 + 1; // 4 nodes + 1 leaf per rack (NDR leaf has radix for 4 × 8 NICs)
    const int racks = std::max(1, (components - 1) / per_rack);
    Component spine;
    spine.id = "c1";
    spine.kind = ComponentKind::Switch;
    spine.catalog_id = "qm9700";
    spine.name = "Spine";
    spine.ports = cat.default_ports("qm9700");
    spine.ports.at(0).count = 64;
    Group spines{"g1", GroupKind::Pod, "Spines", "", 64, std::nullopt, std::nullopt};
    spine.group = "g1";
    d.groups.push_back(spines);
    d.components.push_back(spine);
    int next = 2, link = 1;
    for (int r = 0; r < racks; ++r) {
        Group rack{"g" + std::to_string(r + 2), GroupKind::Rack, "Rack " + std::to_string(r + 1), "", rack_replicas,
                   std::nullopt, std::nullopt};
        d.groups.push_back(rack);
        Component leaf;
        leaf.id = "c" + std::to_string(next++);
        leaf.kind = ComponentKind::Switch;
        leaf.catalog_id = "qm9700";
        leaf.group = rack.id;
        leaf.pos = {r * 300.0, 0};
        leaf.ports = cat.default_ports("qm9700");
        d.components.push_back(leaf);
        for (int n = 0; n < 4; ++n) {
            Component node;
            node.id = "c" + std::to_string(next++);
            node.kind = ComponentKind::Node;
            node.catalog_id = "dgx-h100";
            node.group = rack.id;
            node.pos = {r * 300.0, 100.0 + n * 80};
            node.ports = cat.default_ports("dgx-h100");
            d.components.push_back(node);
            d.links.push_back({"l" + std::to_string(link++), {node.id, "net"}, {leaf.id, "ports"}, 8, 3.0, std::nullopt});
        }
        // Uplinks: one cable from each leaf copy to each spine copy (32 down, 32 up would need 64 spines).
        d.links.push_back({"l" + std::to_string(link++), {leaf.id, "ports"}, {"c1", "ports"}, 1, 20.0, std::nullopt});
    }
    return d;
}

} // namespace cc::testing
