#pragma once
// A training validation case (SCHEMA.md, format v1) read strictly where the
// engine needs a field, and the real Design built from it (the case's cluster,
// validation/case_design.h, with a training workload).
#include "catalog/catalog.h"
#include "engine/training/job.h"
#include "model/design.h"
#include "model/stack.h"
#include "validation/case_design.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>

namespace cc::validation {

struct TrainingCase {
    std::string id;
    CaseCluster cluster;
    ModelShape model;
    Precision precision = Precision::BF16;
    engine::training::PlanConstraints constraints;
    int global_batch = 1;
    std::optional<double> run_tokens, run_samples, run_epochs;
    std::optional<Stack> stack;        // the software measured with, when the case says
    std::vector<std::string> defaults; // engine defaults used for null fields
};

/// Reads one case; throws InputError with a JSON pointer below `pointer` (e.g. "/cases/3/cluster/accelerator").
TrainingCase read_training_case(const nlohmann::json& c, const std::string& pointer, const Catalog& cat);

/// The design the case describes (with a fixed or automatic training workload).
/// The plan knobs the case leaves open are in `constraints` (evaluate::ValidationKnobs::plan).
Design build_case_design(const TrainingCase& tc, const Catalog& cat);

} // namespace cc::validation
