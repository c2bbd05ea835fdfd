#include "synthetic_design.h"

#include "catalog/catalog.h"

namespace cc::testing {

Design synthetic_training_design(int components, int rack_replicas) {
    const Catalog& cat = Catalog::builtin();
    Design d;
    d.title = "Synthetic training cluster";
    // Each rack: 4 DGX H100 with their NDR ports on a leaf and their storage
    // ports on an Ethernet switch; racks are independent islands so the
    // design stays valid at any size.
    constexpr int kPerRack = 6;
    const int racks = std::max(1, components / kPerRack);
    int next = 1, link = 1;
    auto add = [&](const std::string& group, ComponentKind kind, const std::string& id_in_catalog, double x, double y) {
        Component c;
        c.id = "c" + std::to_string(next++);
        c.kind = kind;
        c.catalog_id = id_in_catalog;
        c.group = group;
        c.pos = {x, y};
        c.ports = cat.default_ports(id_in_catalog);
        d.components.push_back(c);
        return c.id;
    };
    for (int r = 0; r < racks; ++r) {
        const std::string rack = "g" + std::to_string(r + 1);
        d.groups.push_back({rack, GroupKind::Rack, "Rack " + std::to_string(r + 1), "", rack_replicas, std::nullopt, std::nullopt});
        const double x = (r % 40) * 400.0, y = (r / 40) * 600.0;
        const std::string leaf = add(rack, ComponentKind::Switch, "qm9700", x, y);
        const std::string storage_sw = add(rack, ComponentKind::Switch, "sn5600", x + 200, y);
        for (int n = 0; n < 4; ++n) {
            const std::string node = add(rack, ComponentKind::Node, "dgx-h100", x + n * 90.0, y + 150);
            d.links.push_back({"l" + std::to_string(link++), {node, "net"}, {leaf, "ports"}, 8, 3.0, std::nullopt});
            d.links.push_back({"l" + std::to_string(link++), {node, "storage"}, {storage_sw, "ports"}, 4, 3.0, std::nullopt});
        }
    }
    return d;
}

} // namespace cc::testing
