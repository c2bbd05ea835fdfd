// The engine sections of `evaluate`: each engine owns one pair of functions in
// its own file (cli_training_sections.cpp, cli_serving_sections.cpp); this file
// only puts them in order.
#include "cli/cli_common.h"
#include "cli/cli_sections.h"

#include <nlohmann/json.hpp>

#include <ostream>

namespace cc::cli {

void print_engine_sections(const Design& d, const Context& ctx, std::ostream& out) {
    print_training_section(d, ctx, out);
    print_serving_section(d, ctx, out);
}

void add_engine_sections_json(const Design& d, const Context& ctx, nlohmann::json& j) {
    add_training_section_json(d, ctx, j);
    add_serving_section_json(d, ctx, j);
}

} // namespace cc::cli
