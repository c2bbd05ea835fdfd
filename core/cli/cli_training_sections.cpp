// The training section of `evaluate` (owned by the training engine).
#include "cli/cli_sections.h"

#include <nlohmann/json.hpp>

#include <ostream>

namespace cc::cli {

void print_training_section(const Design&, const Context&, std::ostream&) {}

void add_training_section_json(const Design&, const Context&, nlohmann::json&) {}

} // namespace cc::cli
