#include "topology/replication.h"

#include <algorithm>

namespace cc {

Replication::Replication(const Design& d) : d_(d) {
    for (const auto& g : d.groups) groups_.emplace(g.id, &g);
    for (const auto& c : d.components) comps_.emplace(c.id, &c);
    // Multiplicities with memoisation; the loader guarantees an acyclic tree,
    // but a hand-built design may not, so walks are bounded by the group count.
    for (const auto& g : d.groups) {
        double m = 1;
        std::size_t steps = 0;
        for (const Group* cur = &g; cur && steps <= d.groups.size(); ++steps) {
            m *= std::max(1, cur->replicas);
            auto it = cur->parent.empty() ? groups_.end() : groups_.find(cur->parent);
            cur = it == groups_.end() ? nullptr : it->second;
        }
        mult_.emplace(g.id, m);
    }
}

double Replication::group_multiplicity(std::string_view group_id) const {
    if (group_id.empty()) return 1;
    auto it = mult_.find(group_id);
    return it == mult_.end() ? 1 : it->second;
}

double Replication::instances(const Component& c) const {
    return group_multiplicity(c.group) * std::max(1, c.count);
}

std::vector<std::string_view> Replication::chain(std::string_view group_id) const {
    std::vector<std::string_view> out;
    while (!group_id.empty() && out.size() <= d_.groups.size()) {
        auto it = groups_.find(group_id);
        if (it == groups_.end()) break;
        out.push_back(group_id);
        group_id = it->second->parent;
    }
    return out;
}

std::string_view Replication::lowest_common_group(std::string_view a, std::string_view b) const {
    const auto ca = chain(a);
    const auto cb = chain(b);
    for (auto g : ca)
        if (std::find(cb.begin(), cb.end(), g) != cb.end()) return g;
    return {};
}

double Replication::cables(const Link& l) const {
    auto ia = comps_.find(l.a.component), ib = comps_.find(l.b.component);
    if (ia == comps_.end() || ib == comps_.end()) return 0;
    const Component& a = *ia->second;
    const Component& b = *ib->second;
    const double common = group_multiplicity(lowest_common_group(a.group, b.group));
    // Copies of each end under the common group, then every pairing of them.
    const double per_common = (instances(a) / common) * (instances(b) / common);
    return common * per_common * std::max(1, l.count);
}

const Group* Replication::enclosing(const Component& c, GroupKind kind) const {
    for (auto id : chain(c.group)) {
        const Group* g = groups_.at(id);
        if (g->kind == kind) return g;
    }
    return nullptr;
}

} // namespace cc
