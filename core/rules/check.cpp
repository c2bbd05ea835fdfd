#include "rules/check.h"

#include "topology/fabric_audit.h"
#include "topology/node_inventory.h"
#include "topology/replication.h"

#include <cmath>
#include <cstdio>
#include <unordered_map>

namespace cc {
namespace {

std::string num(double x) {
    char buf[32];
    if (std::fabs(x - std::round(x)) < 1e-9 && std::fabs(x) < 1e15) std::snprintf(buf, sizeof buf, "%.0f", x);
    else std::snprintf(buf, sizeof buf, "%.3g", x);
    return buf;
}

struct Checker {
    const Design& d;
    const Catalog& cat;
    const ModelLibrary& models;
    Replication rep{d};
    std::vector<Finding> out;

    void add(Severity s, std::string rule, std::string subject, std::string message) {
        out.push_back({s, std::move(rule), std::move(subject), std::move(message)});
    }

    void catalog_ids() {
        for (const auto& c : d.components) {
            const EntryInfo* e = cat.info(c.catalog_id);
            if (!e) {
                add(Severity::Error, "unknown-part", c.id, label_of(c) + ": catalog id '" + c.catalog_id + "' is not in the catalog");
                continue;
            }
            if (component_kind_of(e->kind) != c.kind)
                add(Severity::Error, "wrong-kind", c.id,
                    label_of(c) + ": '" + c.catalog_id + "' is a " + std::string(to_string(e->kind)) + ", not a " +
                        std::string(to_string(c.kind)));
            if (c.scale_up_fabric && !cat.fabric(*c.scale_up_fabric))
                add(Severity::Error, "unknown-part", c.id, label_of(c) + ": fabric '" + *c.scale_up_fabric + "' is not in the catalog");
            if (c.accelerator && !cat.accelerator(*c.accelerator))
                add(Severity::Error, "unknown-part", c.id, label_of(c) + ": accelerator '" + *c.accelerator + "' is not in the catalog");
            if (c.power_mode) {
                const AcceleratorSpec* a = cat.accelerator(c.kind == ComponentKind::Accelerator ? c.catalog_id : "");
                const EdgeDeviceSpec* ed = cat.edge_device(c.catalog_id);
                if (ed) a = cat.accelerator(c.accelerator.value_or(ed->accelerator));
                if (a && !a->mode(*c.power_mode)) {
                    std::string modes;
                    for (const auto& m : a->power_modes) modes += (modes.empty() ? "" : ", ") + m.name;
                    add(Severity::Error, "unknown-power-mode", c.id,
                        label_of(c) + ": power mode '" + *c.power_mode + "' does not exist" +
                            (modes.empty() ? std::string(" (this part has fixed power)") : " (modes: " + modes + ")"));
                }
            }
        }
    }

    void ports_and_links() {
        // Cables landing on each port group, per copy of its component; indexed
        // like d.components[i].ports so no per-edit maps are built.
        std::unordered_map<std::string_view, std::size_t> index;
        index.reserve(d.components.size());
        for (std::size_t i = 0; i < d.components.size(); ++i) index.emplace(d.components[i].id, i);
        std::vector<std::vector<double>> used(d.components.size());
        for (std::size_t i = 0; i < d.components.size(); ++i) used[i].assign(d.components[i].ports.size(), 0.0);
        auto port_slot = [&](std::size_t ci, const std::string& port_id) -> int {
            const auto& ports = d.components[ci].ports;
            for (std::size_t p = 0; p < ports.size(); ++p)
                if (ports[p].id == port_id) return static_cast<int>(p);
            return -1;
        };
        for (const auto& l : d.links) {
            auto ia = index.find(l.a.component), ib = index.find(l.b.component);
            if (ia == index.end() || ib == index.end()) {
                add(Severity::Error, "dangling-link", l.id, "link " + l.id + " joins a component that does not exist");
                continue;
            }
            const int pa = port_slot(ia->second, l.a.port), pb = port_slot(ib->second, l.b.port);
            if (pa < 0 || pb < 0) {
                add(Severity::Error, "dangling-link", l.id, "link " + l.id + " uses a port that does not exist");
                continue;
            }
            const Component& ca = d.components[ia->second];
            const Component& cb = d.components[ib->second];
            if (auto why = link_refusal(ca.ports[static_cast<std::size_t>(pa)].fabric, cb.ports[static_cast<std::size_t>(pb)].fabric);
                !why.empty())
                add(Severity::Error, "incompatible-link", l.id, "link " + l.id + ": " + why);
            const double cables = rep.cables(l);
            used[ia->second][static_cast<std::size_t>(pa)] += cables / rep.instances(ca);
            used[ib->second][static_cast<std::size_t>(pb)] += cables / rep.instances(cb);
        }
        int nodes = 0;
        double node_instances = 0;
        for (const auto& c : d.components)
            if (c.kind == ComponentKind::Node) {
                ++nodes;
                node_instances += rep.instances(c);
            }
        const bool single_server = nodes == 1 && node_instances == 1;
        for (std::size_t i = 0; i < d.components.size(); ++i) {
            const Component& c = d.components[i];
            double total = 0;
            for (std::size_t p = 0; p < c.ports.size(); ++p) {
                const double n = used[i][p];
                total += n;
                if (n > c.ports[p].count + 1e-9)
                    add(Severity::Error, "port-oversubscribed", c.id,
                        label_of(c) + ": port '" + c.ports[p].id + "' has " + num(n) + " cables per copy but only " +
                            num(c.ports[p].count) + " ports");
            }
            if (c.kind == ComponentKind::Switch) {
                if (const SwitchSpec* s = cat.switch_(c.catalog_id); s && total > s->ports + 1e-9)
                    add(Severity::Error, "switch-radix", c.id,
                        label_of(c) + ": " + num(total) + " ports in use, but a " + s->info.name + " has " + std::to_string(s->ports));
            }
            if (total > 0) continue;
            if (c.kind == ComponentKind::Switch) // even alone or without ports: a switch with no links joins nothing
                add(Severity::Warning, "unconnected", c.id,
                    "switch " + label_of(c) + " has no links: link the parts it should join to it, or delete it");
            else if (!c.ports.empty() && d.components.size() > 1 && !standalone_ok(c, single_server))
                add(Severity::Warning, "unconnected", c.id, label_of(c) + " is not connected to anything");
        }
    }

    // A part that needs no cable: an accelerator seated in a server, or the one
    // server of a single-node design.
    bool standalone_ok(const Component& c, bool single_server) const {
        if (c.kind == ComponentKind::Accelerator && rep.enclosing(c, GroupKind::Node)) return true;
        return c.kind == ComponentKind::Node && single_server;
    }

    void slots(const Inventory& inv) {
        for (const auto& u : inv.units) {
            if (u.component->kind != ComponentKind::Node) continue;
            if (u.slots > 0 && u.accelerators_per_unit > u.slots)
                add(Severity::Error, "node-slots", u.component->id,
                    label_of(*u.component) + ": " + std::to_string(u.accelerators_per_unit) + " accelerators exceed the " +
                        std::to_string(u.slots) + " slots of " + u.component->catalog_id);
            if (!u.accelerator_id.empty() && !u.accelerator)
                add(Severity::Error, "unknown-part", u.component->id,
                    label_of(*u.component) + ": accelerator '" + u.accelerator_id + "' is not in the catalog");
        }
        for (const Component* a : inv.loose_accelerators)
            add(Severity::Warning, "accelerator-outside-node", a->id,
                label_of(*a) + " is not inside a node group; it is scored as a one-card system");
    }

    double component_power_max_W(const Component& c, const ComputeUnit* unit) const {
        if (const NodeSpec* n = cat.node(c.catalog_id)) {
            if (n->power_max_W) return *n->power_max_W;
            // Servers without a published figure: their accelerators' TDP.
            if (unit && unit->accelerator && unit->accelerator->tdp_W) return unit->accelerators_per_unit * *unit->accelerator->tdp_W;
            return 0;
        }
        if (const SwitchSpec* s = cat.switch_(c.catalog_id)) return s->power_max_W.value_or(s->power_typical_W.value_or(0));
        if (const StorageSpec* s = cat.storage(c.catalog_id)) return s->power_W.value_or(0);
        if (const EdgeDeviceSpec* e = cat.edge_device(c.catalog_id)) return e->power_max_W.value_or(0);
        if (const CpuHostSpec* h = cat.cpu_host(c.catalog_id)) return h->power_max_W.value_or(0);
        if (const AcceleratorSpec* a = cat.accelerator(c.catalog_id))
            return rep.enclosing(c, GroupKind::Node) ? 0 : a->tdp_W.value_or(0); // seated cards count in the server
        return 0;
    }

    void rack_power(const Inventory& inv) {
        std::unordered_map<std::string_view, double> watts; // per copy of each rack
        std::unordered_map<const Component*, const ComputeUnit*> unit_of;
        for (const auto& u : inv.units) unit_of.emplace(u.component, &u);
        for (const auto& c : d.components) {
            auto u = unit_of.find(&c);
            const double w = component_power_max_W(c, u == unit_of.end() ? nullptr : u->second);
            if (w <= 0) continue;
            // The nearest rack holds the part; only racks with a budget are checked.
            if (const Group* g = rep.enclosing(c, GroupKind::Rack); g && g->power_budget_W)
                watts[g->id] += w * rep.instances(c) / rep.group_multiplicity(g->id);
        }
        for (const auto& g : d.groups)
            if (g.power_budget_W && watts.count(g.id) && watts[g.id] > *g.power_budget_W)
                add(Severity::Error, "rack-power", g.id,
                    "rack '" + (g.name.empty() ? g.id : g.name) + "' draws up to " + num(watts[g.id] / 1000) + " kW but its budget is " +
                        num(*g.power_budget_W / 1000) + " kW");
    }

    void workload(const Inventory& inv) {
        if (d.workload.empty()) return;
        const ModelRef* ref = d.workload.model();
        const ModelShape* shape = ref ? resolve_model(*ref, models) : nullptr;
        if (ref && !shape) {
            add(Severity::Error, "unknown-model", "workload", "model '" + ref->library_id + "' is not in the model library");
            return;
        }
        const bool edge = std::holds_alternative<EdgeWorkload>(d.workload.spec);
        if (inv.accelerators <= 0) {
            add(Severity::Error, "no-hardware", "workload",
                std::string("the ") + (edge ? "edge" : "workload") + " has no accelerators to run on");
            return;
        }
        double mem_GB = 0;
        for (const auto& u : inv.units)
            if (u.accelerator && u.accelerator->mem_GB) mem_GB += u.copies * u.accelerators_per_unit * *u.accelerator->mem_GB;
        if (!shape || mem_GB <= 0) return;
        if (const auto* t = std::get_if<TrainingWorkload>(&d.workload.spec)) {
            // Mixed-precision Adam keeps ~16 bytes per parameter even when fully sharded.
            const double need_GB = shape->params * 16 / 1e9;
            if (need_GB > mem_GB)
                add(Severity::Error, "model-fit", "workload",
                    shape->name + " needs at least " + num(need_GB) +
                        " GB for weights, gradients and optimizer states (16 B/param); the design has " + num(mem_GB) +
                        " GB of accelerator memory");
            (void)t;
        } else if (const auto* s = std::get_if<ServingWorkload>(&d.workload.spec)) {
            const double need_GB = weight_bytes(*shape, s->weights_precision.value_or(s->precision)) / 1e9;
            if (need_GB > mem_GB)
                add(Severity::Error, "model-fit", "workload",
                    shape->name + " weights need " + num(need_GB) + " GB; the design has " + num(mem_GB) + " GB of accelerator memory");
        } else if (const auto* e = std::get_if<EdgeWorkload>(&d.workload.spec)) {
            const double need_GB = weight_bytes(*shape, e->precision) / 1e9;
            for (const auto& u : inv.units)
                if (u.component->kind == ComponentKind::EdgeDevice && u.accelerator && u.accelerator->mem_GB &&
                    need_GB > *u.accelerator->mem_GB)
                    add(Severity::Error, "model-fit", u.component->id,
                        shape->name + " needs " + num(need_GB) + " GB but " + label_of(*u.component) + " has " +
                            num(*u.accelerator->mem_GB) + " GB");
        }
    }

    void fabric(const Inventory& inv) {
        const FabricAudit audit = audit_fabric(d, rep, LinkIndex(d), inv);
        // Only a training job sends traffic between copies; replicas serving
        // requests or edge sites stand alone.
        if (std::holds_alternative<TrainingWorkload>(d.workload.spec))
            for (const auto& g : audit.isolated) add(Severity::Warning, "scale-out-missing", g.group->id, isolation_message(g));
        for (const auto& s : audit.switches)
            if (s.oversubscribed()) add(Severity::Warning, "fabric-oversubscribed", s.sw->id, oversubscription_message(s));
    }

    static std::string isolation_message(const IsolatedGroup& g) {
        std::string fix = "add a switch outside the group and link the nodes' network ports to it";
        if (!g.switches.empty()) {
            std::string names;
            for (std::size_t i = 0; i < g.switches.size() && i < 3; ++i) names += (i ? ", " : "") + label_of(*g.switches[i]);
            if (g.switches.size() > 3) names += " …";
            fix = "add " + tier_name(g.top_tier + 1) + " switches outside the group and link " + names + " to them";
        }
        return describe(g) + ": its " + num(g.nodes_per_copy) + " node(s) per copy reach nothing outside it, so the training job " +
               "cannot span the copies; " + fix;
    }

    static std::string oversubscription_message(const SwitchLoad& s) {
        std::string msg = describe(s);
        if (s.uplink_speed_Gbps > 0)
            msg += "; " + num(std::ceil((s.down_Gbps - s.up_Gbps) / s.uplink_speed_Gbps - 1e-9)) + " more " + num(s.uplink_speed_Gbps) +
                   " Gb/s uplinks per switch would make it 1:1";
        return msg;
    }

    void run() {
        catalog_ids();
        ports_and_links();
        const Inventory inv = take_inventory(d, cat, rep);
        fabric(inv);
        slots(inv);
        rack_power(inv);
        workload(inv);
    }
};

} // namespace

std::string_view to_string(Severity s) {
    switch (s) {
    case Severity::Error: return "error";
    case Severity::Warning: return "warning";
    case Severity::Info: return "info";
    }
    return "info";
}

std::vector<Finding> check(const Design& d, const Catalog& cat, const ModelLibrary& models) {
    Checker c{d, cat, models, Replication(d), {}};
    c.run();
    return std::move(c.out);
}

bool has_errors(const std::vector<Finding>& f) {
    for (const auto& x : f)
        if (x.severity == Severity::Error) return true;
    return false;
}

} // namespace cc
