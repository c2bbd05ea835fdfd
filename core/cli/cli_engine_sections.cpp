// The engine sections of `evaluate`. Each engine adds its section here when it
// lands; until then a design's workload is listed without invented numbers.
#include "cli/cli_common.h"

#include <nlohmann/json.hpp>

#include <ostream>

namespace cc::cli {

void print_engine_sections(const Design&, const Context&, std::ostream&) {}

void add_engine_sections_json(const Design&, const Context&, nlohmann::json&) {}

} // namespace cc::cli
