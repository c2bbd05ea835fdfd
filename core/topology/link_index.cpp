#include "topology/link_index.h"

#include <algorithm>

namespace cc {

bool is_network(const Port& p) { return p.fabric.family == FabricFamily::InfiniBand || p.fabric.family == FabricFamily::Ethernet; }

LinkIndex::LinkIndex(const Design& d) {
    std::unordered_map<std::string_view, const Component*> comps;
    for (const auto& c : d.components) comps.emplace(c.id, &c);
    for (const auto& l : d.links) {
        auto ia = comps.find(l.a.component), ib = comps.find(l.b.component);
        if (ia == comps.end() || ib == comps.end()) continue;
        const Component* a = ia->second;
        const Component* b = ib->second;
        by_comp_[a->id].push_back({&l, a, a->port(l.a.port), b, b->port(l.b.port)});
        by_comp_[b->id].push_back({&l, b, b->port(l.b.port), a, a->port(l.a.port)});
    }
}

const std::vector<LinkSide>& LinkIndex::of(std::string_view id) const {
    static const std::vector<LinkSide> none;
    auto it = by_comp_.find(id);
    return it == by_comp_.end() ? none : it->second;
}

double side_speed_Gbps(const LinkSide& s) {
    double v = s.self_port ? s.self_port->speed_Gbps : 0;
    if (s.other_port && s.other_port->speed_Gbps > 0) v = v > 0 ? std::min(v, s.other_port->speed_Gbps) : s.other_port->speed_Gbps;
    return v;
}

} // namespace cc
