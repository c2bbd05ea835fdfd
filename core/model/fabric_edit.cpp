#include "model/fabric_edit.h"

#include <cmath>
#include <cstdio>
#include <deque>
#include <set>

namespace cc {
namespace {

// Ports of one class can be retyped into each other; across classes they are
// different hardware (a PCIe slot is not a network port).
enum class PortClass { Network, PCIe, ScaleUp, WAN };

PortClass class_of(FabricFamily f) {
    switch (f) {
    case FabricFamily::InfiniBand:
    case FabricFamily::Ethernet: return PortClass::Network;
    case FabricFamily::PCIe: return PortClass::PCIe;
    case FabricFamily::NVLink:
    case FabricFamily::InfinityFabric: return PortClass::ScaleUp;
    case FabricFamily::WAN: return PortClass::WAN;
    }
    return PortClass::Network;
}

// Parts whose network port is soldered on: its speed may be corrected, its family not.
bool onboard_network(ComponentKind k) {
    return k == ComponentKind::Camera || k == ComponentKind::EdgeDevice || k == ComponentKind::WanLink || k == ComponentKind::CloudRegion;
}

Port* find_port(Design& d, const PortRef& r) {
    Component* c = d.component(r.component);
    if (!c) return nullptr;
    for (auto& p : c->ports)
        if (p.id == r.port) return &p;
    return nullptr;
}

std::string where(const Design& d, const PortRef& r) {
    const Component* c = d.component(r.component);
    return "'" + (c && !c->name.empty() ? c->name : r.component) + "' port '" + r.port + "'";
}

std::string number(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, v == std::floor(v) ? "%.0f" : "%.1f", v);
    return buf;
}

// Pulls far ends along until every link touching a changed port is valid again.
std::string propagate(Design& d, std::set<PortRef>& changed) {
    std::deque<PortRef> queue(changed.begin(), changed.end());
    while (!queue.empty()) {
        const PortRef r = queue.front();
        queue.pop_front();
        const Port* p = find_port(d, r);
        if (!p) return "there is no " + where(d, r);
        for (const Link& l : d.links) {
            const PortRef a{l.a.component, l.a.port}, b{l.b.component, l.b.port};
            if (a != r && b != r) continue;
            const PortRef far = a == r ? b : a;
            Port* fp = find_port(d, far);
            if (!fp) return "link " + l.id + " ends at " + where(d, far) + ", which the part no longer has";
            if (link_refusal(p->fabric, fp->fabric).empty()) continue;
            if (changed.count(far)) return "link " + l.id + " would join " + display_name(p->fabric) + " to " + display_name(fp->fabric);
            if (auto why = retype_refusal(*d.component(far.component), *fp, p->fabric); !why.empty())
                return "link " + l.id + " leads to " + why;
            fp->fabric = p->fabric;
            fp->speed_Gbps = p->speed_Gbps;
            changed.insert(far);
            queue.push_back(far);
        }
    }
    return {};
}

} // namespace

std::string describe(PortSpeed s) { return display_name(s.fabric) + " " + number(s.speed_Gbps) + " Gb/s"; }

std::string retype_refusal(const Component& c, const Port& p, PortFabric to) {
    const std::string here = "'" + (c.name.empty() ? c.id : c.name) + "' port '" + p.id + "'";
    if (class_of(p.fabric.family) != class_of(to.family))
        return here + " is a " + display_name(p.fabric) + " port and cannot carry " + display_name(to);
    if (onboard_network(c.kind) && p.fabric.family != to.family)
        return here + " is built-in " + display_name(p.fabric) + " and cannot become " + display_name(to);
    return {};
}

std::string retype_ports(Design& d, const std::vector<PortRef>& seeds, PortSpeed to, FabricChange* change) {
    if (to.speed_Gbps <= 0) return "a port needs a speed above 0 Gb/s";
    Design work = d;
    std::set<PortRef> changed;
    for (const auto& r : seeds) {
        Port* p = find_port(work, r);
        if (!p) return "there is no " + where(work, r);
        if (auto why = retype_refusal(*work.component(r.component), *p, to.fabric); !why.empty()) return why;
        p->fabric = to.fabric;
        p->speed_Gbps = to.speed_Gbps;
        changed.insert(r);
    }
    if (auto why = propagate(work, changed); !why.empty()) return why;
    if (change) *change = compare_fabrics(d, work);
    d = std::move(work);
    return {};
}

std::string set_link_fabric(Design& d, std::string_view link_id, PortSpeed to, FabricChange* change) {
    const Link* l = d.link(link_id);
    if (!l) return "there is no link '" + std::string(link_id) + "'";
    return retype_ports(d, {{l->a.component, l->a.port}, {l->b.component, l->b.port}}, to, change);
}

std::string replace_fabric(Design& d, PortSpeed from, PortSpeed to, FabricChange* change) {
    std::vector<PortRef> seeds;
    for (const auto& c : d.components)
        for (const auto& p : c.ports)
            if (p.fabric == from.fabric && p.speed_Gbps == from.speed_Gbps) seeds.push_back({c.id, p.id});
    if (seeds.empty()) return "no port carries " + describe(from);
    return retype_ports(d, seeds, to, change);
}

std::string settle_links(Design& d, const std::vector<PortRef>& changed) {
    Design work = d;
    std::set<PortRef> touched(changed.begin(), changed.end());
    if (auto why = propagate(work, touched); !why.empty()) return why;
    d = std::move(work);
    return {};
}

FabricChange compare_fabrics(const Design& before, const Design& after) {
    FabricChange out;
    for (const Component& a : after.components) {
        const Component* b = before.component(a.id);
        bool part_changed = b && b->catalog_id != a.catalog_id;
        for (const Port& p : a.ports) {
            const Port* old = b ? b->port(p.id) : nullptr;
            if (old && *old == p) continue;
            out.ports.push_back({a.id, p.id});
            part_changed = true;
        }
        if (part_changed) ++out.parts;
    }
    for (const Link& l : after.links)
        for (const auto& r : out.ports)
            if ((l.a.component == r.component && l.a.port == r.port) || (l.b.component == r.component && l.b.port == r.port)) {
                ++out.links;
                break;
            }
    return out;
}

} // namespace cc

namespace cc {

int remove_port_group(Design& d, std::string_view component_id, std::string_view port_id) {
    Component* c = d.component(component_id);
    if (!c || !c->port(port_id)) return -1;
    std::erase_if(c->ports, [&](const Port& p) { return p.id == port_id; });
    const auto on_port = [&](const LinkEnd& e) { return e.component == component_id && e.port == port_id; };
    return static_cast<int>(std::erase_if(d.links, [&](const Link& l) { return on_port(l.a) || on_port(l.b); }));
}

int remove_unlinkable_links(Design& d, const std::vector<std::string>& component_ids) {
    const std::set<std::string> ids(component_ids.begin(), component_ids.end());
    return static_cast<int>(std::erase_if(d.links, [&](const Link& l) {
        if (!ids.count(l.a.component) && !ids.count(l.b.component)) return false;
        const Component* a = d.component(l.a.component);
        const Component* b = d.component(l.b.component);
        const Port* pa = a ? a->port(l.a.port) : nullptr;
        const Port* pb = b ? b->port(l.b.port) : nullptr;
        return !pa || !pb || !link_refusal(pa->fabric, pb->fabric).empty();
    }));
}

std::string free_port_id(const Component& c, std::string_view base) {
    std::string id(base);
    for (int n = 2; c.port(id); ++n) id = std::string(base) + std::to_string(n);
    return id;
}

} // namespace cc
