#pragma once
// One `evaluate` section per engine; each prints nothing (adds no key) when the
// design's workload is not of its kind.
#include "cli/cli_common.h"
#include "evaluate/evaluation.h"

namespace cc::cli {

// Training engine (cli_training_sections.cpp).
void print_training_section(const evaluate::Evaluation& ev, std::ostream& out);
void add_training_section_json(const evaluate::Evaluation& ev, nlohmann::json& j);

// Inference and edge engines (cli_serving_sections.cpp).
void print_serving_section(const evaluate::Evaluation& ev, std::ostream& out);
void add_serving_section_json(const evaluate::Evaluation& ev, nlohmann::json& j);

} // namespace cc::cli
