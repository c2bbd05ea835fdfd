#pragma once
// An inference validation case (SCHEMA.md, format v1) read strictly, and the
// real Design built from it: the case's cluster (validation/case_design.h) with
// a serving workload. What a design cannot say (the scenario, a fixed batch, the
// latency bound, gpu+dla engines) rides beside it as evaluate::ValidationKnobs.
#include "catalog/catalog.h"
#include "engine/inference/serving_engine.h"
#include "evaluate/validation_knobs.h"
#include "model/design.h"
#include "model/stack.h"
#include "validation/case_design.h"
#include "validation/runner.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <vector>

namespace cc::validation {

struct InferenceCase {
    std::string id;
    CaseCluster cluster;
    ServingWorkload workload;
    evaluate::ValidationKnobs knobs;   // scenario, batch, latency bound, engines
    std::optional<Stack> stack;        // the software measured with, when the case says
    std::vector<std::string> defaults; // engine defaults used for null fields
};

/// Reads one case; throws InputError with a JSON pointer below `pointer`.
InferenceCase read_inference_case(const nlohmann::json& c, const std::string& pointer, const Catalog& cat);

/// The design the case describes (its serving workload with a custom model).
Design build_case_design(const InferenceCase& ic, const Catalog& cat);

/// The evaluator the runner calls for `kind: "inference"` cases.
Prediction evaluate_inference_case(const nlohmann::json& c, const std::string& pointer, const Catalog& cat);

/// Full result of one case (for explain and tests).
engine::inference::ServingResult evaluate_inference_case_full(const nlohmann::json& c, const std::string& pointer, const Catalog& cat,
                                                              bool explain);

/// Registers evaluate_inference_case with the runner (idempotent).
void register_inference_case_evaluator();

} // namespace cc::validation
