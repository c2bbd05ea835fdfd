#include "catalog/fabric_choices.h"

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <set>

namespace cc {
namespace {

bool is_network(FabricFamily f) { return f == FabricFamily::InfiniBand || f == FabricFamily::Ethernet; }

// The fabric and speed a NIC or switch entry sells, if it is one.
std::optional<PortSpeed> sold(const Catalog& cat, std::string_view id) {
    if (const NicSpec* n = cat.nic(id)) return PortSpeed{net_fabric(n->protocol), n->port_speed_Gbps};
    if (const SwitchSpec* s = cat.switch_(id)) return PortSpeed{net_fabric(s->protocol), s->port_speed_Gbps};
    return std::nullopt;
}

// Runs a port-retyping edit, then swaps the NIC and switch parts it retyped.
template <class Edit>
std::string with_matched_parts(Design& d, const Catalog& cat, FabricChange* change, Edit edit) {
    const Design before = d;
    if (auto why = edit(d); !why.empty()) {
        d = before; // all or nothing, whatever the edit left behind
        return why;
    }
    std::vector<std::string> ids;
    for (const auto& r : compare_fabrics(before, d).ports) ids.push_back(r.component);
    match_parts_to_ports(d, cat, ids);
    if (change) *change = compare_fabrics(before, d);
    return {};
}

std::string label(const Catalog& cat, std::string_view id) {
    const EntryInfo* e = cat.info(id);
    return "'" + (e ? e->name : std::string(id)) + "'";
}

} // namespace

std::vector<PortSpeed> fabric_choices(const Catalog& cat, PortFabric like) {
    std::vector<PortSpeed> out;
    auto add = [&](PortSpeed s) {
        if (s.speed_Gbps > 0 && std::find(out.begin(), out.end(), s) == out.end()) out.push_back(s);
    };
    if (is_network(like.family)) {
        for (const EntryInfo* e : cat.entries(CatalogKind::Nic)) add(*sold(cat, e->id));
        for (const EntryInfo* e : cat.entries(CatalogKind::Switch)) add(*sold(cat, e->id));
    } else {
        for (const EntryInfo* e : cat.entries(CatalogKind::Fabric)) {
            const auto f = port_fabric_from(e->id);
            const FabricSpec* spec = cat.fabric(e->id);
            if (f && spec && f->family == like.family) add({*f, spec->per_accel_GBps_per_dir * 8});
        }
    }
    std::sort(out.begin(), out.end(), [](const PortSpeed& a, const PortSpeed& b) {
        if (a.fabric.family != b.fabric.family) return static_cast<int>(a.fabric.family) > static_cast<int>(b.fabric.family);
        if (a.fabric.generation != b.fabric.generation) return a.fabric.generation < b.fabric.generation;
        return a.speed_Gbps < b.speed_Gbps;
    });
    return out;
}

std::string choice_key(PortSpeed s) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%g", s.speed_Gbps);
    return to_string(s.fabric) + "@" + buf;
}

std::optional<PortSpeed> choice_from_key(std::string_view key) {
    const auto at = key.find('@');
    if (at == std::string_view::npos) return std::nullopt;
    const auto f = port_fabric_from(key.substr(0, at));
    double v = 0;
    const auto rest = key.substr(at + 1);
    auto [p, ec] = std::from_chars(rest.data(), rest.data() + rest.size(), v);
    if (!f || ec != std::errc() || p != rest.data() + rest.size() || !(v > 0)) return std::nullopt;
    return PortSpeed{*f, v};
}

int match_parts_to_ports(Design& d, const Catalog& cat, const std::vector<std::string>& ids) {
    int swapped = 0;
    for (const std::string& id : std::set<std::string>(ids.begin(), ids.end())) {
        Component* c = d.component(id);
        if (!c || c->ports.empty() || (c->kind != ComponentKind::Nic && c->kind != ComponentKind::Switch)) continue;
        const PortSpeed carried{c->ports.front().fabric, c->ports.front().speed_Gbps};
        if (!std::all_of(c->ports.begin(), c->ports.end(), [&](const Port& p) { return PortSpeed{p.fabric, p.speed_Gbps} == carried; }))
            continue;
        if (sold(cat, c->catalog_id) == carried) continue;
        const CatalogKind kind = c->kind == ComponentKind::Nic ? CatalogKind::Nic : CatalogKind::Switch;
        // Only a part whose ports keep every cabled port id: links must never dangle.
        auto keeps_links = [&](const std::vector<Port>& ports) {
            return std::all_of(d.links.begin(), d.links.end(), [&](const Link& l) {
                for (const LinkEnd* e : {&l.a, &l.b})
                    if (e->component == c->id && std::none_of(ports.begin(), ports.end(), [&](const Port& p) { return p.id == e->port; }))
                        return false;
                return true;
            });
        };
        for (const EntryInfo* e : cat.entries(kind)) {
            if (sold(cat, e->id) != carried || !keeps_links(cat.default_ports(e->id))) continue;
            if (const EntryInfo* old = cat.info(c->catalog_id); !old || c->name == old->name) c->name = e->name;
            c->catalog_id = e->id;
            c->ports = cat.default_ports(e->id);
            ++swapped;
            break;
        }
    }
    return swapped;
}

std::string set_link_fabric(Design& d, const Catalog& cat, std::string_view link_id, PortSpeed to, FabricChange* change) {
    return with_matched_parts(d, cat, change, [&](Design& x) { return set_link_fabric(x, link_id, to); });
}

std::string retype_port_group(Design& d, const Catalog& cat, const PortRef& port, PortSpeed to, FabricChange* change) {
    return with_matched_parts(d, cat, change, [&](Design& x) { return retype_ports(x, {port}, to); });
}

std::string replace_fabric(Design& d, const Catalog& cat, PortSpeed from, PortSpeed to, FabricChange* change) {
    return with_matched_parts(d, cat, change, [&](Design& x) { return replace_fabric(x, from, to); });
}

std::string replace_part(Design& d, const Catalog& cat, std::string_view from, std::string_view to, FabricChange* change) {
    const EntryInfo* target = cat.info(to);
    if (!target) return "'" + std::string(to) + "' is not in the catalog";
    const auto kind = component_kind_of(target->kind);
    if (!kind) return label(cat, to) + " is not a part that can be drawn";
    return with_matched_parts(d, cat, change, [&](Design& x) -> std::string {
        std::vector<PortRef> seeds;
        int replaced = 0;
        const std::vector<Port> ports = cat.default_ports(to);
        for (Component& c : x.components) {
            if (c.catalog_id != from) continue;
            if (c.kind != *kind)
                return "'" + c.name + "' is a " + std::string(display_name(c.kind)) + "; " + label(cat, to) + " is a " +
                       std::string(display_name(*kind));
            auto has = [&](const std::string& port) {
                return std::any_of(ports.begin(), ports.end(), [&](const Port& p) { return p.id == port; });
            };
            for (const Link& l : x.links)
                for (const LinkEnd* e : {&l.a, &l.b})
                    if (e->component == c.id && !has(e->port))
                        return "link " + l.id + " uses port '" + e->port + "' of '" + c.name + "', which " + label(cat, to) +
                               " does not have";
            if (const EntryInfo* old = cat.info(from); old && c.name == old->name) c.name = target->name;
            c.catalog_id = std::string(to);
            c.ports = ports;
            for (const Port& p : ports) seeds.push_back({c.id, p.id});
            ++replaced;
        }
        if (replaced == 0) return "no part is " + label(cat, from);
        return settle_links(x, seeds);
    });
}

std::string add_nic_ports(Design& d, const Catalog& cat, std::string_view component_id, std::string_view nic_id, std::string* port_id) {
    Component* c = d.component(component_id);
    if (!c) return "there is no part '" + std::string(component_id) + "'";
    const NicSpec* nic = cat.nic(nic_id);
    if (!nic) return "'" + std::string(nic_id) + "' is not a NIC in the catalog";
    if (c->kind != ComponentKind::Node && c->kind != ComponentKind::CpuHost)
        return "NICs go into servers; '" + c->name + "' is a " + std::string(display_name(c->kind));
    Port p{free_port_id(*c, "net"), net_fabric(nic->protocol), nic->port_speed_Gbps, std::max(1, nic->ports)};
    if (port_id) *port_id = p.id;
    c->ports.push_back(std::move(p));
    return {};
}

} // namespace cc
