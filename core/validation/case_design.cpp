#include "validation/case_design.h"

#include <algorithm>

namespace cc::validation {

namespace {
int whole_nodes(const CaseCluster& cl) { return (cl.count + cl.per_node - 1) / cl.per_node; }

Component fabric_switch(const std::string& id, const std::string& name, const std::string& catalog_id, const std::string& group,
                        const PortFabric& net, double gbps, int ports) {
    Component sw;
    sw.id = id;
    sw.kind = ComponentKind::Switch;
    sw.catalog_id = catalog_id;
    sw.name = name;
    sw.group = group;
    sw.ports.push_back({"ports", net, gbps, ports});
    return sw;
}
} // namespace

std::optional<std::string> whole_nodes_note(const CaseCluster& cl) {
    if (cl.count % cl.per_node == 0) return std::nullopt;
    const int nodes = whole_nodes(cl);
    return "count " + std::to_string(cl.count) + " is not a multiple of per_node " + std::to_string(cl.per_node) + ": scored on " +
           std::to_string(nodes) + " whole nodes (" + std::to_string(static_cast<long long>(nodes) * cl.per_node) + " accelerators)";
}

Design case_cluster_design(const CaseCluster& cl, const std::string& case_id, const Catalog& cat) {
    Design d;
    d.title = case_id;
    d.description = "Built from validation case " + case_id;
    const int nodes = whole_nodes(cl);

    // Node: a catalog server with this exact fit-out, else the generic chassis with overrides.
    Component node;
    node.id = "node";
    node.kind = ComponentKind::Node;
    node.name = "Node";
    for (const auto* e : cat.entries(CatalogKind::Node))
        if (const NodeSpec* n = cat.node(e->id);
            n && n->accelerator == cl.accelerator && n->accelerator_count == cl.per_node && n->scale_up_fabric == cl.scale_up) {
            node.catalog_id = n->info.id;
            break;
        }
    if (node.catalog_id.empty()) {
        node.catalog_id = "generic-gpu-server";
        node.accelerator = cl.accelerator;
        node.accelerator_count = cl.per_node;
        node.scale_up_fabric = cl.scale_up;
    }
    if (!cl.power_mode.empty()) node.power_mode = cl.power_mode;
    // Network ports at the case's per-accelerator bandwidth.
    std::string protocol = cl.scale_out;
    double gbps = cl.scale_out_gbps_per_accel.value_or(0);
    if (!cl.scale_out_gbps_per_accel && nodes > 1) {
        gbps = 100;
        for (const auto& pt : cat.default_ports(node.catalog_id))
            if (pt.id == "net") gbps = pt.speed_Gbps * pt.count / cl.per_node;
    }
    if (protocol.empty()) protocol = gbps >= 100 ? "infiniband" : "ethernet";
    const PortFabric net{protocol == "infiniband" ? FabricFamily::InfiniBand : FabricFamily::Ethernet, 0};
    if (gbps > 0) node.ports.push_back({"net", net, gbps, cl.per_node});

    if (nodes == 1 || gbps <= 0) {
        Group g{"g_nodes", GroupKind::Node, "Nodes", "", nodes, std::nullopt, std::nullopt};
        node.group = g.id;
        d.groups.push_back(g);
        d.components.push_back(node);
        return d;
    }
    // Two-tier non-blocking fabric: leaves take half their radix down; a spine
    // layer takes every leaf uplink.
    const int radix = 64;
    const int max_per_leaf = std::max(1, radix / 2 / cl.per_node);
    int per_leaf = 1;
    if (nodes <= std::max(1, radix / cl.per_node)) per_leaf = nodes;
    else
        for (int n = max_per_leaf; n >= 1; --n)
            if (nodes % n == 0) {
                per_leaf = n;
                break;
            }
    const int leaves = nodes / per_leaf;
    const std::string sw_id = protocol == "infiniband" ? (gbps > 200 ? "qm9700" : "qm8700") : (gbps > 100 ? "sn5600" : "sn4600c");
    Group rack{"g_rack", GroupKind::Rack, "Leaf rack", "", leaves, std::nullopt, std::nullopt};
    Group ng{"g_nodes", GroupKind::Node, "Nodes", rack.id, per_leaf, std::nullopt, std::nullopt};
    d.groups.push_back(rack);
    d.groups.push_back(ng);
    node.group = ng.id;
    const Component leaf = fabric_switch("leaf", "Leaf switch", sw_id, rack.id, net, gbps, radix);
    d.components.push_back(node);
    d.links.push_back({"l_node_leaf", {node.id, "net"}, {leaf.id, "ports"}, cl.per_node, std::nullopt, std::nullopt});
    if (leaves > 1) {
        const int uplinks = per_leaf * cl.per_node;
        Group sg{"g_spine", GroupKind::Pod, "Spine", "", uplinks, std::nullopt, std::nullopt};
        d.groups.push_back(sg);
        const Component spine = fabric_switch("spine", "Spine switch", sw_id, sg.id, net, gbps, std::max(radix, leaves));
        d.components.push_back(spine);
        d.links.push_back({"l_leaf_spine", {leaf.id, "ports"}, {spine.id, "ports"}, 1, std::nullopt, std::nullopt});
    }
    d.components.push_back(leaf);
    return d;
}

evaluate::Options case_options(bool explain) {
    evaluate::Options o;
    o.explain = explain;
    o.curves = false;
    o.rules = false;
    return o;
}

} // namespace cc::validation
