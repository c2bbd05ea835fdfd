#include "edit/design_patch.h"

#include <algorithm>

namespace cc::studio {
namespace {

// An edit of items that stay (same ids out as in) replaces them where they are:
// no removal, re-insertion or re-sort of the whole list. False when ids differ
// or one is missing, for the general path.
template <class T>
bool replace_in_place(std::vector<T>& items, const std::vector<T>& remove, const std::vector<T>& add) {
    if (remove.size() != add.size()) return false;
    std::vector<T*> slots;
    slots.reserve(add.size());
    for (std::size_t i = 0; i < add.size(); ++i) {
        if (remove[i].id != add[i].id) return false;
        auto it = std::find_if(items.begin(), items.end(), [&](const T& x) { return x.id == add[i].id; });
        if (it == items.end()) return false;
        slots.push_back(&*it);
    }
    for (std::size_t i = 0; i < add.size(); ++i) *slots[i] = add[i];
    return true;
}

template <class T>
void replace_items(std::vector<T>& items, const std::vector<T>& remove, const std::vector<T>& add) {
    if (remove.empty() && add.empty()) return;
    if (replace_in_place(items, remove, add)) return;
    std::set<std::string> gone;
    for (const auto& r : remove) gone.insert(r.id);
    for (const auto& a : add) gone.insert(a.id);
    items.erase(std::remove_if(items.begin(), items.end(), [&](const T& x) { return gone.count(x.id) != 0; }), items.end());
    items.insert(items.end(), add.begin(), add.end());
    // Most edits leave the order as it was: checking is linear, sorting moves every item.
    const auto by_id = [](const T& a, const T& b) { return id_less(a.id, b.id); };
    if (!std::is_sorted(items.begin(), items.end(), by_id)) std::stable_sort(items.begin(), items.end(), by_id);
}

template <class T>
bool same_sets(const std::vector<T>& a, const std::vector<T>& b) {
    if (a.size() != b.size()) return false;
    for (const auto& x : a) {
        auto it = std::find_if(b.begin(), b.end(), [&](const T& y) { return y.id == x.id; });
        if (it == b.end() || !(*it == x)) return false;
    }
    return true;
}

// later.after replaces our after for items both touch; items only `later`
// touches join with their own before.
template <class T>
void fold(std::vector<T>& before, std::vector<T>& after, const std::vector<T>& later_before, const std::vector<T>& later_after) {
    auto known = [&](const std::string& id) {
        auto in = [&](const std::vector<T>& v) { return std::any_of(v.begin(), v.end(), [&](const T& x) { return x.id == id; }); };
        return in(before) || in(after);
    };
    for (const auto& b : later_before)
        if (!known(b.id)) before.push_back(b);
    std::set<std::string> touched;
    for (const auto& b : later_before) touched.insert(b.id);
    for (const auto& a : later_after) touched.insert(a.id);
    after.erase(std::remove_if(after.begin(), after.end(), [&](const T& x) { return touched.count(x.id) != 0; }), after.end());
    after.insert(after.end(), later_after.begin(), later_after.end());
}

template <class T>
std::set<std::string> ids(const std::vector<T>& a, const std::vector<T>& b) {
    std::set<std::string> out;
    for (const auto& x : a) out.insert(x.id);
    for (const auto& x : b) out.insert(x.id);
    return out;
}

} // namespace

bool DesignPatch::empty() const {
    return comps_before.empty() && comps_after.empty() && links_before.empty() && links_after.empty() && groups_before.empty() &&
           groups_after.empty() && !workload_after && !title_after && !design_after && !scenarios_after;
}

bool DesignPatch::is_noop() const {
    return same_sets(comps_before, comps_after) && same_sets(links_before, links_after) && same_sets(groups_before, groups_after) &&
           workload_before == workload_after && title_before == title_after && design_before == design_after &&
           scenarios_before == scenarios_after;
}

void DesignPatch::absorb(const DesignPatch& later) {
    fold(comps_before, comps_after, later.comps_before, later.comps_after);
    fold(links_before, links_after, later.links_before, later.links_after);
    fold(groups_before, groups_after, later.groups_before, later.groups_after);
    if (later.workload_after) {
        if (!workload_after) workload_before = later.workload_before;
        workload_after = later.workload_after;
    }
    if (later.title_after) {
        if (!title_after) title_before = later.title_before;
        title_after = later.title_after;
    }
    if (later.scenarios_after) {
        if (!scenarios_after) scenarios_before = later.scenarios_before;
        scenarios_after = later.scenarios_after;
    }
}

namespace {
template <class T>
void diff_list(const std::vector<T>& before, const std::vector<T>& after, std::vector<T>& out_before, std::vector<T>& out_after) {
    for (const auto& b : before) {
        auto it = std::find_if(after.begin(), after.end(), [&](const T& a) { return a.id == b.id; });
        if (it == after.end() || !(*it == b)) out_before.push_back(b);
        if (it != after.end() && !(*it == b)) out_after.push_back(*it);
    }
    for (const auto& a : after)
        if (std::none_of(before.begin(), before.end(), [&](const T& b) { return a.id == b.id; })) out_after.push_back(a);
}
} // namespace

DesignPatch diff_items(const Design& before, const Design& after) {
    DesignPatch p;
    diff_list(before.components, after.components, p.comps_before, p.comps_after);
    diff_list(before.links, after.links, p.links_before, p.links_after);
    diff_list(before.groups, after.groups, p.groups_before, p.groups_after);
    if (!(before.workload == after.workload)) {
        p.workload_before = before.workload;
        p.workload_after = after.workload;
    }
    return p;
}

std::set<std::string> DesignPatch::component_ids() const { return ids(comps_before, comps_after); }
std::set<std::string> DesignPatch::link_ids() const { return ids(links_before, links_after); }
std::set<std::string> DesignPatch::group_ids() const { return ids(groups_before, groups_after); }

void apply(Design& d, const DesignPatch& p, Direction dir) {
    const bool redo = dir == Direction::Redo;
    if (p.design_after) {
        d = redo ? *p.design_after : *p.design_before;
        return;
    }
    replace_items(d.components, redo ? p.comps_before : p.comps_after, redo ? p.comps_after : p.comps_before);
    replace_items(d.links, redo ? p.links_before : p.links_after, redo ? p.links_after : p.links_before);
    replace_items(d.groups, redo ? p.groups_before : p.groups_after, redo ? p.groups_after : p.groups_before);
    if (p.workload_after) d.workload = redo ? *p.workload_after : *p.workload_before;
    if (p.title_after) d.title = redo ? *p.title_after : *p.title_before;
    if (p.scenarios_after) d.scenarios = redo ? *p.scenarios_after : *p.scenarios_before;
}

} // namespace cc::studio
