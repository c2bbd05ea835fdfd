#include "topology/replication.h"

#include <algorithm>

namespace cc {

Replication::Replication(const Design& d) : d_(d) {
    const int n = static_cast<int>(d.groups.size());
    group_index_.reserve(d.groups.size());
    for (int i = 0; i < n; ++i) group_index_.emplace(d.groups[static_cast<std::size_t>(i)].id, i);
    parent_.assign(static_cast<std::size_t>(n), kNone);
    for (int i = 0; i < n; ++i) parent_[static_cast<std::size_t>(i)] = index_of(d.groups[static_cast<std::size_t>(i)].parent);
    // Depth and multiplicity by walking up; the loader guarantees an acyclic
    // tree, but a hand-built design may not, so walks are bounded by n.
    depth_.assign(static_cast<std::size_t>(n), 0);
    mult_.assign(static_cast<std::size_t>(n), 1.0);
    for (int i = 0; i < n; ++i) {
        double m = 1;
        int depth = 0;
        for (int cur = i, steps = 0; cur != kNone && steps <= n; cur = parent_[static_cast<std::size_t>(cur)], ++steps) {
            m *= std::max(1, d.groups[static_cast<std::size_t>(cur)].replicas);
            depth = steps;
        }
        depth_[static_cast<std::size_t>(i)] = depth;
        mult_[static_cast<std::size_t>(i)] = m;
    }
}

int Replication::index_of(std::string_view group_id) const {
    if (group_id.empty()) return kNone;
    auto it = group_index_.find(group_id);
    return it == group_index_.end() ? kNone : it->second;
}

double Replication::group_multiplicity(std::string_view group_id) const {
    const int i = index_of(group_id);
    return i == kNone ? 1.0 : mult_[static_cast<std::size_t>(i)];
}

double Replication::instances(const Component& c) const { return group_multiplicity(c.group) * std::max(1, c.count); }

bool Replication::within(const Component& c, std::string_view group_id) const {
    const int target = index_of(group_id);
    if (target == kNone) return false;
    int steps = 0;
    for (int cur = index_of(c.group); cur != kNone && steps <= static_cast<int>(parent_.size());
         cur = parent_[static_cast<std::size_t>(cur)], ++steps)
        if (cur == target) return true;
    return false;
}

std::vector<std::string_view> Replication::chain(std::string_view group_id) const {
    std::vector<std::string_view> out;
    for (int cur = index_of(group_id); cur != kNone && out.size() <= parent_.size(); cur = parent_[static_cast<std::size_t>(cur)])
        out.push_back(d_.groups[static_cast<std::size_t>(cur)].id);
    return out;
}

int Replication::lowest_common(int a, int b) const {
    const int limit = static_cast<int>(parent_.size());
    for (int steps = 0; a != b && steps <= 2 * limit; ++steps) {
        if (a == kNone || b == kNone) return kNone;
        const int da = depth_[static_cast<std::size_t>(a)], db = depth_[static_cast<std::size_t>(b)];
        if (da >= db) a = parent_[static_cast<std::size_t>(a)];
        else b = parent_[static_cast<std::size_t>(b)];
    }
    return a == b ? a : kNone;
}

double Replication::cables(const Link& l) const {
    std::call_once(comps_once_, [this] {
        comps_.reserve(d_.components.size());
        for (const auto& c : d_.components) comps_.emplace(c.id, &c);
    });
    auto ia = comps_.find(l.a.component), ib = comps_.find(l.b.component);
    if (ia == comps_.end() || ib == comps_.end()) return 0;
    const Component& a = *ia->second;
    const Component& b = *ib->second;
    const int common_group = lowest_common(index_of(a.group), index_of(b.group));
    const double common = common_group == kNone ? 1.0 : mult_[static_cast<std::size_t>(common_group)];
    // Copies of each end under the common group, then every pairing of them.
    const double per_common = (instances(a) / common) * (instances(b) / common);
    return common * per_common * std::max(1, l.count);
}

template <class Pred>
const Group* Replication::nearest(const Component& c, Pred pred) const {
    int steps = 0;
    for (int cur = index_of(c.group); cur != kNone && steps <= static_cast<int>(parent_.size());
         cur = parent_[static_cast<std::size_t>(cur)], ++steps) {
        const Group& g = d_.groups[static_cast<std::size_t>(cur)];
        if (pred(g)) return &g;
    }
    return nullptr;
}

const Group* Replication::enclosing(const Component& c, GroupKind kind) const {
    return nearest(c, [kind](const Group& g) { return g.kind == kind; });
}

const Group* Replication::scale_up_domain_of(const Component& c) const {
    return nearest(c, [](const Group& g) { return g.scale_up_domain; });
}

} // namespace cc
