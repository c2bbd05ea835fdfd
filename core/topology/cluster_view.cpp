#include "topology/cluster_view.h"

#include "topology/fabric_audit.h"
#include "topology/link_index.h"
#include "topology/node_inventory.h"
#include "topology/replication.h"
#include "util/human_units.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <unordered_map>

namespace cc {
namespace {

// Capacity (Gbit/s) one switch instance has towards non-switch parts and towards other switches.
void switch_capacity(const Component& sw, const LinkIndex& links, const Replication& rep, const Component* exclude_up, double& down,
                     double& up, const Component*& next_tier, const Link*& up_link) {
    down = up = 0;
    next_tier = nullptr;
    up_link = nullptr;
    const double inst = std::max(1.0, rep.instances(sw));
    double best_up = 0;
    for (const auto& s : links.of(sw.id)) {
        if (s.self_port && !is_network(*s.self_port)) continue;
        const double cap = rep.cables(*s.link) * side_speed_Gbps(s) / inst;
        if (s.other->kind == ComponentKind::Switch && s.other != &sw) {
            if (s.other == exclude_up) {
                down += cap;
                continue;
            }
            up += cap;
            if (cap > best_up) {
                best_up = cap;
                next_tier = s.other;
                up_link = s.link;
            }
        } else {
            down += cap;
        }
    }
}

} // namespace

ClusterView resolve_cluster(const Design& d, const Catalog& cat) {
    ClusterView v;
    const Replication rep(d);
    const Inventory inv = take_inventory(d, cat, rep);
    const LinkIndex links(d);

    // 1. Accelerator pool: the accelerator type with the most instances.
    std::map<std::string, double> by_type;
    for (const auto& u : inv.units)
        if (u.accelerator && u.accelerators_per_unit > 0) by_type[u.accelerator_id] += u.copies * u.accelerators_per_unit;
    if (by_type.empty()) {
        v.notes.push_back("no accelerators with a known catalog entry are drawn");
        return v;
    }
    auto best = std::max_element(by_type.begin(), by_type.end(), [](auto& a, auto& b) { return a.second < b.second; });
    v.accelerator_id = best->first;
    v.accelerators = best->second;
    v.heterogeneous = by_type.size() > 1;
    if (v.heterogeneous)
        v.notes.push_back("several accelerator types are drawn; the training engine uses the most numerous, " + v.accelerator_id);
    const ComputeUnit* unit = nullptr;
    for (const auto& u : inv.units) {
        if (u.accelerator_id != v.accelerator_id || u.accelerators_per_unit <= 0) continue;
        v.nodes += u.copies;
        v.accelerator = u.accelerator;
        if (!unit || u.copies * u.accelerators_per_unit > unit->copies * unit->accelerators_per_unit) unit = &u;
    }
    const Component& node = *unit->component;
    v.node_component = node.id;
    v.node_catalog_id = node.catalog_id;
    v.node = cat.node(node.catalog_id);
    v.per_node = unit->accelerators_per_unit;

    // 2. Scale-up fabric and domain.
    if (node.scale_up_fabric) v.scale_up_id = *node.scale_up_fabric;
    else if (v.node && !v.node->scale_up_fabric.empty()) v.scale_up_id = v.node->scale_up_fabric;
    else if (v.accelerator) v.scale_up_id = v.accelerator->scale_up_fabric;
    const FabricSpec* fab = cat.fabric(v.scale_up_id);
    if (!fab || v.per_node <= 1) {
        if (!fab && !v.scale_up_id.empty() && v.scale_up_id != "none")
            v.notes.push_back("scale-up fabric '" + v.scale_up_id + "' is not in the catalog: treated as none");
        v.scale_up_family = fab ? fab->family : "none";
        v.scale_up_GBps = fab && v.per_node > 1 ? fab->per_accel_GBps_per_dir : 0;
        v.domain = std::max(1, v.per_node);
    } else {
        v.scale_up_family = fab->family;
        v.scale_up_GBps = fab->per_accel_GBps_per_dir;
        v.domain = v.per_node;
        if (fab->max_domain && *fab->max_domain < v.domain) {
            v.domain = *fab->max_domain;
            v.notes.push_back("scale-up domain limited to " + std::to_string(v.domain) + " by " + v.scale_up_id);
        }
        // NVLink switches drawn outside the node extend the domain across nodes.
        for (const auto& s : links.of(node.id)) {
            if (!s.self_port || s.self_port->fabric.family != FabricFamily::NVLink || s.other->kind != ComponentKind::Switch) continue;
            const double nodes_per_switch_group = rep.instances(node) / std::max(1.0, rep.group_multiplicity(s.other->group));
            double dom = v.per_node * std::max(1.0, nodes_per_switch_group);
            if (fab->max_domain) dom = std::min(dom, static_cast<double>(*fab->max_domain));
            if (static_cast<int>(dom) > v.domain) {
                v.domain = static_cast<int>(dom);
                v.domain_origin = "NVLink switch " + (s.other->name.empty() ? s.other->id : s.other->name) + " joins " +
                                  human::grouped(std::max(1.0, nodes_per_switch_group)) + " nodes";
            }
        }
        // A rack that declares one scale-up domain (GB200/GB300 NVL72) joins
        // every tray in one copy of it.
        const Group* g = rep.scale_up_domain_of(node);
        if (!g && v.node && v.node->scale_up_domain_gpus && *v.node->scale_up_domain_gpus > v.domain)
            v.notes.push_back(node.catalog_id + " trays form a " + std::to_string(*v.node->scale_up_domain_gpus) +
                              "-GPU NVLink domain only in a rack that declares it (its group's scale_up_domain): taken as " +
                              std::to_string(v.domain) + " GPUs");
        if (g) {
            const std::string rack = g->name.empty() ? g->id : g->name;
            const double trays = rep.instances(node) / std::max(1.0, rep.group_multiplicity(g->id));
            double dom = v.per_node * std::max(1.0, trays);
            std::string capped;
            if (fab->max_domain && dom > *fab->max_domain) {
                dom = *fab->max_domain;
                capped = ", capped at " + std::to_string(*fab->max_domain) + " by " + v.scale_up_id;
            }
            if (fab->family != "nvlink") {
                v.notes.push_back("group " + rack + " declares one scale-up domain, but its nodes' scale-up fabric is " + v.scale_up_id +
                                  ", not NVLink: ignored");
            } else if (static_cast<int>(dom) > v.domain) {
                v.domain = static_cast<int>(dom);
                v.domain_origin = "NVLink domain of " + std::string(to_string(g->kind)) + " " + rack + ": " + human::grouped(trays) +
                                  " trays × " + std::to_string(v.per_node) + " GPUs" + capped;
            }
        }
    }

    // 3. Scale-out: NIC ports actually cabled from the node, its own and those of
    // NIC parts placed in its node group (a NIC dropped into a server counts).
    const double node_inst = std::max(1.0, rep.instances(node));
    double node_Gbps = 0, best_link_Gbps = 0;
    const LinkSide* main_side = nullptr;
    std::vector<const Component*> port_holders{&node};
    port_holders.insert(port_holders.end(), unit->nics.begin(), unit->nics.end());
    for (const Component* holder : port_holders) {
        const double holders_per_node = rep.instances(*holder) / node_inst;
        for (const auto& s : links.of(holder->id)) {
            if (!s.self_port || !is_network(*s.self_port)) continue;
            if (s.other->kind == ComponentKind::Storage || s.self_port->id == "storage") continue;
            const double cables_per_node = rep.cables(*s.link) / node_inst;
            const double ports_per_node = std::max(1, s.self_port->count) * holders_per_node;
            const double Gbps = std::min(cables_per_node, ports_per_node) * side_speed_Gbps(s);
            node_Gbps += Gbps;
            if (Gbps > best_link_Gbps) {
                best_link_Gbps = Gbps;
                main_side = &s;
            }
        }
    }
    if (main_side) {
        v.scale_out_link = main_side->link->id;
        v.scale_out_protocol = main_side->self_port->fabric.family == FabricFamily::InfiniBand ? "infiniband" : "ethernet";
        v.nic_GBps_per_accel = node_Gbps / 8.0 / std::max(1, v.per_node);
        v.scale_out_GBps = v.nic_GBps_per_accel;
        if (main_side->other->kind == ComponentKind::Switch) {
            const Component& leaf = *main_side->other;
            v.scale_out_switch = leaf.id;
            v.switch_tiers = 1;
            v.nodes_per_leaf = node_inst / std::max(1.0, rep.instances(leaf));
            double down = 0, up = 0;
            const Component* spine = nullptr;
            const Link* up_link = nullptr;
            switch_capacity(leaf, links, rep, nullptr, down, up, spine, up_link);
            if (up > 0) {
                v.oversubscription = std::max(1.0, down / up);
                v.uplink_link = up_link ? up_link->id : "";
                v.switch_tiers = 2;
                if (spine) {
                    double sd = 0, su = 0;
                    const Component* top = nullptr;
                    const Link* top_link = nullptr;
                    switch_capacity(*spine, links, rep, &leaf, sd, su, top, top_link);
                    if (su > 0) {
                        v.switch_tiers = 3;
                        v.oversubscription = std::max(v.oversubscription, sd / su);
                    }
                }
            } else if (v.nodes > v.nodes_per_leaf + 1e-9) {
                v.notes.push_back("leaf switch " + leaf.id +
                                  " has no uplinks although nodes sit behind several leaves: "
                                  "traffic between leaves is assumed to flow at NIC speed");
            }
            if (v.nodes > v.nodes_per_leaf + 1e-9) v.scale_out_GBps = v.nic_GBps_per_accel / v.oversubscription;
        }
    } else if (v.nodes > 1) {
        v.notes.push_back("node " + node.id + " has no cabled network port: nodes cannot exchange data");
        v.caveats.push_back("Computed on an incomplete fabric: node " + label_of(node) + " has no network link, so the " +
                            std::to_string(static_cast<long long>(v.nodes)) + " nodes cannot exchange data");
    }
    for (auto& c : fabric_caveats(audit_fabric(d, rep, links, inv))) v.caveats.push_back(std::move(c));

    // 4. Storage that is drawn and linked (or sits in a node group).
    double storage = 0;
    bool any_storage = false;
    for (const auto& c : d.components) {
        if (c.kind != ComponentKind::Storage) continue;
        const StorageSpec* st = cat.storage(c.catalog_id);
        if (!st || !st->read_GBps) {
            v.notes.push_back("storage " + c.id + " has no published read bandwidth: not counted");
            continue;
        }
        const auto& ls = links.of(c.id);
        const bool in_node = rep.enclosing(c, GroupKind::Node) != nullptr;
        if (ls.empty() && !in_node) {
            v.notes.push_back("storage " + c.id + " is not linked to anything: not counted");
            continue;
        }
        double read = *st->read_GBps * rep.instances(c);
        if (!ls.empty()) {
            double link_GBps = 0;
            for (const auto& s : ls) link_GBps += rep.cables(*s.link) * side_speed_Gbps(s) / 8.0;
            if (link_GBps > 0) read = std::min(read, link_GBps);
        }
        storage += read;
        any_storage = true;
        if (v.storage_component.empty()) v.storage_component = c.id;
    }
    if (any_storage) v.storage_read_GBps = storage;

    // 5. Power at maximum draw: compute nodes and switches.
    const double accel_W = v.accelerator && v.accelerator->tdp_W ? *v.accelerator->tdp_W : 0;
    if (v.node && v.node->power_max_W && node.kind == ComponentKind::Node && !node.accelerator) {
        v.power_W = *v.node->power_max_W * v.nodes;
    } else {
        v.power_W = accel_W * v.accelerators * 1.5;
        v.notes.push_back("node power not published for this fit-out: 1.5 × accelerator TDP assumed (CPUs, NICs, fans)");
    }
    for (const auto& c : d.components) {
        if (c.kind != ComponentKind::Switch) continue;
        if (const SwitchSpec* sw = cat.switch_(c.catalog_id)) {
            const auto w = sw->power_max_W ? sw->power_max_W : sw->power_typical_W;
            if (w) v.power_W += *w * rep.instances(c);
        }
    }
    v.power_per_accel_W = v.accelerators > 0 ? v.power_W / v.accelerators : 0;
    return v;
}

} // namespace cc
