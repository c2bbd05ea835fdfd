#pragma once
// ×N arithmetic: how many real copies each drawn component and link stands for.
// Nothing is expanded; the cost does not grow with replica counts, and ancestor
// walks use precomputed parent indices (no allocation), so rules can run per edit.
#include "model/design.h"

#include <mutex>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace cc {

class Replication {
public:
    explicit Replication(const Design& d);

    /// Product of ×N from this group up to the top (1 for "" = top level).
    double group_multiplicity(std::string_view group_id) const;
    /// Copies of one drawn component: its groups' ×N times its own count.
    double instances(const Component& c) const;
    /// Real cables one drawn link stands for. Each copy of one end's branch is
    /// joined to each copy of the other's below their common group (so a leaf
    /// group ×8 linked once to a spine group ×4 is a full 32-cable mesh),
    /// times the link's own cable count.
    double cables(const Link& l) const;
    /// The nearest enclosing group of the given kind, or nullptr.
    const Group* enclosing(const Component& c, GroupKind kind) const;
    /// The nearest enclosing group that declares one scale-up domain (`scale_up_domain`), or nullptr.
    const Group* scale_up_domain_of(const Component& c) const;
    /// Whether the component sits in this group or in one nested inside it (no allocation).
    bool within(const Component& c, std::string_view group_id) const;
    /// Group ids from the given group up to the top.
    std::vector<std::string_view> chain(std::string_view group_id) const;

private:
    static constexpr int kNone = -1;
    int index_of(std::string_view group_id) const;
    int lowest_common(int a, int b) const;
    template <class Pred>
    const Group* nearest(const Component& c, Pred pred) const;

    const Design& d_;
    std::unordered_map<std::string_view, int> group_index_;
    std::vector<int> parent_;  // parent group index or kNone
    std::vector<int> depth_;   // 0 for top-level groups
    std::vector<double> mult_; // product of replicas up to the top
    // Built on the first cables() call: the canvas asks only about groups and
    // should not index 5,000 parts for that; call_once keeps it thread-safe.
    mutable std::once_flag comps_once_;
    mutable std::unordered_map<std::string_view, const Component*> comps_;
};

} // namespace cc
