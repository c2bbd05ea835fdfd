#pragma once
// An inference validation case (SCHEMA.md, format v1) turned into the setup
// the inference engine scores: the catalog accelerator at the case's count,
// scale-up fabric and power mode, the model shape, and the scenario.
#include "catalog/catalog.h"
#include "engine/inference/serving_engine.h"
#include "model/stack.h"
#include "validation/runner.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <vector>

namespace cc::validation {

struct InferenceCase {
    std::string id;
    engine::inference::ServingSetup setup;
    std::optional<Stack> stack; // the software measured with, when the case says
    std::vector<std::string> defaults; // engine defaults used for null fields
};

/// Reads one case; throws InputError with a JSON pointer below `pointer`.
InferenceCase read_inference_case(const nlohmann::json& c, const std::string& pointer, const Catalog& cat);

/// The evaluator the runner calls for `kind: "inference"` cases.
Prediction evaluate_inference_case(const nlohmann::json& c, const std::string& pointer, const Catalog& cat);

/// Full result of one case (for explain and tests).
engine::inference::ServingResult evaluate_inference_case_full(const nlohmann::json& c, const std::string& pointer,
                                                              const Catalog& cat, bool explain);

/// Registers evaluate_inference_case with the runner (idempotent).
void register_inference_case_evaluator();

} // namespace cc::validation
