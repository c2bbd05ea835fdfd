#pragma once
// A reversible change to a design: before/after copies of exactly the
// components, links and groups it touches (absent before = added, absent after
// = removed), and optionally the workload and title. Applying `after` redoes,
// applying `before` undoes; both restore the exact bytes.
#include "model/design.h"

#include <optional>
#include <set>
#include <string>
#include <vector>

namespace cc::studio {

struct DesignPatch {
    std::vector<Component> comps_before, comps_after;
    std::vector<Link> links_before, links_after;
    std::vector<Group> groups_before, groups_after;
    std::optional<Workload> workload_before, workload_after;
    std::optional<std::string> title_before, title_after;
    // Whole-design replacement (scenario switch, duplicate, rename, delete):
    // the drawn body changes wholesale, so the patch keeps both designs.
    std::optional<Design> design_before, design_after;
    // An edit applied to every scenario: the inactive variants before and after
    // (the active one is in the item lists above, so views refresh only what changed).
    std::optional<std::vector<Scenario>> scenarios_before, scenarios_after;

    bool empty() const;
    /// True when applying it would change nothing (a no-op edit is never pushed).
    bool is_noop() const;
    /// Folds a later patch on the same items into this one (drags, spin boxes).
    void absorb(const DesignPatch& later);
    /// Ids this patch touches, for typed change events.
    std::set<std::string> component_ids() const;
    std::set<std::string> link_ids() const;
    std::set<std::string> group_ids() const;
};

/// The item patch that turns `before` into `after` (components, links, groups, workload).
DesignPatch diff_items(const Design& before, const Design& after);

enum class Direction { Redo, Undo };
void apply(Design& d, const DesignPatch& p, Direction dir);

} // namespace cc::studio
