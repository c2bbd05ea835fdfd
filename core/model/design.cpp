#include "model/design.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <type_traits>

namespace cc {

const ModelRef* Workload::model() const {
    if (auto* t = std::get_if<TrainingWorkload>(&spec)) return &t->model;
    if (auto* s = std::get_if<ServingWorkload>(&spec)) return &s->model;
    if (auto* e = std::get_if<EdgeWorkload>(&spec)) return &e->model;
    return nullptr;
}

std::optional<Stack> Workload::stack() const {
    return std::visit(
        [](const auto& w) -> std::optional<Stack> {
            if constexpr (std::is_same_v<std::decay_t<decltype(w)>, std::monostate>) return std::nullopt;
            else return w.stack;
        },
        spec);
}

void Workload::set_stack(std::optional<Stack> s) {
    std::visit(
        [&](auto& w) {
            if constexpr (!std::is_same_v<std::decay_t<decltype(w)>, std::monostate>) w.stack = s;
        },
        spec);
}

const Port* Component::port(std::string_view port_id) const {
    for (const auto& p : ports)
        if (p.id == port_id) return &p;
    return nullptr;
}

template <class V>
static auto* find_by_id(V& v, std::string_view id) {
    auto it = std::find_if(v.begin(), v.end(), [&](const auto& x) { return x.id == id; });
    return it == v.end() ? nullptr : &*it;
}

const Component* Design::component(std::string_view id) const { return find_by_id(components, id); }
Component* Design::component(std::string_view id) { return find_by_id(components, id); }
const Group* Design::group(std::string_view id) const { return find_by_id(groups, id); }
const Link* Design::link(std::string_view id) const { return find_by_id(links, id); }

std::string label_of(const Component& c) { return c.name.empty() ? c.id : "'" + c.name + "' (" + c.id + ")"; }
std::string label_of(const Group& g) { return g.name.empty() ? g.id : "'" + g.name + "' (" + g.id + ")"; }

bool id_less(std::string_view a, std::string_view b) {
    std::size_t i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
        const bool da = std::isdigit(static_cast<unsigned char>(a[i])) != 0;
        const bool db = std::isdigit(static_cast<unsigned char>(b[j])) != 0;
        if (da && db) {
            std::size_t ie = i, je = j;
            while (ie < a.size() && std::isdigit(static_cast<unsigned char>(a[ie]))) ++ie;
            while (je < b.size() && std::isdigit(static_cast<unsigned char>(b[je]))) ++je;
            // Compare digit runs by length (ignoring leading zeros), then lexically.
            auto na = a.substr(i, ie - i), nb = b.substr(j, je - j);
            while (na.size() > 1 && na[0] == '0') na.remove_prefix(1);
            while (nb.size() > 1 && nb[0] == '0') nb.remove_prefix(1);
            if (na.size() != nb.size()) return na.size() < nb.size();
            if (na != nb) return na < nb;
            i = ie;
            j = je;
        } else {
            if (a[i] != b[j]) return a[i] < b[j];
            ++i;
            ++j;
        }
    }
    if ((a.size() - i) != (b.size() - j)) return (a.size() - i) < (b.size() - j);
    return a < b; // total order for ids equal up to leading zeros
}

namespace {
template <typename Body>
void sort_body(Body& b) {
    auto by_id = [](const auto& x, const auto& y) { return id_less(x.id, y.id); };
    std::stable_sort(b.components.begin(), b.components.end(), by_id);
    std::stable_sort(b.links.begin(), b.links.end(), by_id);
    std::stable_sort(b.groups.begin(), b.groups.end(), by_id);
}
} // namespace

void normalise_order(Design& d) { sort_body(d); }
void normalise_order(Scenario& s) { sort_body(s); }

std::string next_id(const Design& d, std::string_view prefix) {
    long long highest = 0;
    auto scan = [&](const std::string& id) {
        if (id.size() <= prefix.size() || id.compare(0, prefix.size(), prefix) != 0) return;
        long long n = 0;
        auto [p, ec] = std::from_chars(id.data() + prefix.size(), id.data() + id.size(), n);
        if (ec == std::errc() && p == id.data() + id.size()) highest = std::max(highest, n);
    };
    for (const auto& c : d.components) scan(c.id);
    for (const auto& l : d.links) scan(l.id);
    for (const auto& g : d.groups) scan(g.id);
    return std::string(prefix) + std::to_string(highest + 1);
}

} // namespace cc
