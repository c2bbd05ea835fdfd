// The engine sections of `evaluate`: each engine owns one pair of functions in
// its own file (cli_training_sections.cpp, cli_serving_sections.cpp); this file
// only puts them in order.
#include "cli/cli_common.h"
#include "cli/cli_sections.h"

#include <nlohmann/json.hpp>

#include <ostream>

namespace cc::cli {
namespace {

// The stack the numbers are for: the design's, or the default it assumed and why.
void print_stack(const evaluate::Evaluation& ev, std::ostream& out) {
    if (!ev.stack) return;
    out << "Software stack: " << to_string(ev.stack->stack) << " (" << (ev.stack->assumed ? "assumed: " : "") << ev.stack->why << ")\n";
}

nlohmann::json stack_json(const evaluate::Evaluation& ev) {
    if (!ev.stack) return nullptr;
    return {{"name", std::string(to_string(ev.stack->stack))}, {"assumed", ev.stack->assumed}, {"why", ev.stack->why}};
}

} // namespace

void print_engine_sections(const evaluate::Evaluation& ev, std::ostream& out) {
    print_stack(ev, out);
    print_training_section(ev, out);
    print_serving_section(ev, out);
}

void add_engine_sections_json(const evaluate::Evaluation& ev, nlohmann::json& j) {
    // The headline metrics under the metric table's keys: the numbers the studio's
    // cards, compare and the report show for the same design.
    nlohmann::json m = nlohmann::json::object();
    for (const auto& v : ev.metrics) m[std::string(v.def().key)] = v.value ? nlohmann::json(*v.value) : nlohmann::json(nullptr);
    j["workload"] = evaluate::to_string(ev.kind);
    j["metrics"] = m;
    j["stack"] = stack_json(ev);
    add_training_section_json(ev, j);
    add_serving_section_json(ev, j);
}

} // namespace cc::cli
