// Scenario operations: the active variant lives in Design's own fields, the
// others in Design::scenarios with scenario_position marking the active slot.
#include "model/scenarios.h"

#include <stdexcept>
#include <utility>

namespace cc {
namespace {

Scenario take_body(const Design& d) { return Scenario{d.scenario, d.components, d.links, d.groups, d.workload}; }

void put_body(Design& d, Scenario s) {
    d.scenario = std::move(s.name);
    d.components = std::move(s.components);
    d.links = std::move(s.links);
    d.groups = std::move(s.groups);
    d.workload = std::move(s.workload);
}

// All variants in display order, the active one included.
std::vector<Scenario> all_variants(const Design& d) {
    std::vector<Scenario> all = d.scenarios;
    const std::size_t pos = std::min(d.scenario_position, all.size());
    all.insert(all.begin() + static_cast<std::ptrdiff_t>(pos), take_body(d));
    return all;
}

Design from_variants(const Design& meta, std::vector<Scenario> all, std::size_t active) {
    Design d;
    d.title = meta.title;
    d.description = meta.description;
    d.sources = meta.sources;
    put_body(d, std::move(all.at(active)));
    all.erase(all.begin() + static_cast<std::ptrdiff_t>(active));
    d.scenarios = std::move(all);
    d.scenario_position = d.scenarios.empty() ? 0 : active;
    if (d.scenarios.empty()) d.scenario.clear(); // back to a plain design
    return d;
}

void require_name(const Design& d, const std::string& name, std::size_t except) {
    if (auto why = scenario_name_problem(d, name, except); !why.empty()) throw std::invalid_argument(why);
}

} // namespace

std::size_t scenario_count(const Design& d) { return d.scenarios.size() + 1; }

std::vector<std::string> scenario_names(const Design& d, const std::string& fallback) {
    std::vector<std::string> names;
    for (const auto& s : all_variants(d)) names.push_back(s.name.empty() ? fallback : s.name);
    return names;
}

std::size_t active_scenario(const Design& d) { return std::min(d.scenario_position, d.scenarios.size()); }

Design with_active_scenario(const Design& d, std::size_t index) {
    if (index >= scenario_count(d)) throw std::out_of_range("no scenario " + std::to_string(index));
    return from_variants(d, all_variants(d), index);
}

Design scenario_design(const Design& d, std::size_t index) {
    if (index >= scenario_count(d)) throw std::out_of_range("no scenario " + std::to_string(index));
    auto all = all_variants(d);
    Design single;
    single.title = d.title;
    single.description = d.description;
    single.sources = d.sources;
    put_body(single, std::move(all[index]));
    single.scenario.clear(); // standalone: no scenarios left to name
    return single;
}

Design duplicate_scenario(const Design& d, const std::string& name, const std::string& first_name) {
    Design base = d;
    if (base.scenario.empty()) {
        require_name(base, first_name, static_cast<std::size_t>(-1));
        base.scenario = first_name;
    }
    require_name(base, name, static_cast<std::size_t>(-1));
    auto all = all_variants(base);
    const std::size_t at = active_scenario(base) + 1;
    Scenario copy = take_body(base);
    copy.name = name;
    all.insert(all.begin() + static_cast<std::ptrdiff_t>(at), std::move(copy));
    return from_variants(base, std::move(all), at);
}

Design rename_scenario(const Design& d, std::size_t index, const std::string& name) {
    if (index >= scenario_count(d)) throw std::out_of_range("no scenario " + std::to_string(index));
    require_name(d, name, index);
    auto all = all_variants(d);
    all[index].name = name;
    return from_variants(d, std::move(all), active_scenario(d));
}

Design remove_scenario(const Design& d, std::size_t index) {
    if (index >= scenario_count(d)) throw std::out_of_range("no scenario " + std::to_string(index));
    if (scenario_count(d) == 1) throw std::invalid_argument("a design keeps at least one scenario");
    auto all = all_variants(d);
    std::size_t active = active_scenario(d);
    all.erase(all.begin() + static_cast<std::ptrdiff_t>(index));
    if (index < active || (index == active && active == all.size())) --active;
    Design out = from_variants(d, std::move(all), active);
    return out;
}

std::vector<Scenario> edit_inactive_scenarios(const Design& d, const std::function<bool(Design&)>& edit, int* applied) {
    std::vector<Scenario> out = d.scenarios;
    if (applied) *applied = 0;
    for (Scenario& s : out) {
        Design body;
        put_body(body, s);
        if (!edit(body)) continue;
        s = take_body(body);
        if (applied) ++*applied;
    }
    return out;
}

std::string scenario_name_problem(const Design& d, const std::string& name, std::size_t except) {
    if (name.empty()) return "a scenario needs a name";
    if (name.size() > 80) return "a scenario name has at most 80 characters";
    const auto names = scenario_names(d, "");
    for (std::size_t i = 0; i < names.size(); ++i)
        if (i != except && names[i] == name) return "there is already a scenario named \"" + name + "\"";
    return {};
}

std::string next_scenario_name(const Design& d) {
    const auto names = scenario_names(d, "A");
    for (char c = 'A'; c <= 'Z'; ++c) {
        std::string n(1, c);
        if (scenario_name_problem(d, n).empty() && !(d.scenario.empty() && n == "A")) return n;
    }
    for (std::size_t i = names.size() + 1;; ++i) {
        std::string n = "Scenario " + std::to_string(i);
        if (scenario_name_problem(d, n).empty()) return n;
    }
}

} // namespace cc
