// The serving section of `evaluate` (owned by the serving engine).
#include "cli/cli_sections.h"

#include <nlohmann/json.hpp>

#include <ostream>

namespace cc::cli {

void print_serving_section(const Design&, const Context&, std::ostream&) {}

void add_serving_section_json(const Design&, const Context&, nlohmann::json&) {}

} // namespace cc::cli
