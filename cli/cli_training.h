#pragma once
// Subcommands of the training engine: validate, sweep, explain.
#include "catalog/catalog.h"
#include "engine/training/calibration.h"

#include <nlohmann/json_fwd.hpp>

#include <iosfwd>
#include <string>
#include <vector>

namespace cc::cli {

int cmd_validate(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);
/// Applies "NAME=VALUE" (a fittable training constant, validation/calibrate.h); throws std::invalid_argument.
void set_constant(engine::training::Calibration& cal, const std::string& name_value);
int cmd_calibrate(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);
/// `validate --cv`: leave-one-source-family-out cross-validation of the training fit.
/// `params` (comma-separated, may be empty = all) are the constants refitted in each fold.
/// Each fold's fit starts from `start`.
int cv_summary(const std::vector<std::string>& files, const Catalog& cat, const engine::training::Calibration& start,
               const std::string& params, bool as_json, std::ostream& out);
int cmd_sweep(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);
int cmd_explain(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

} // namespace cc::cli

namespace cc::engine {
struct Explanation;
}

namespace cc::cli {
/// Prints an explanation tree as indented text (value, unit, formula, inputs, children).
void print_explanation(const engine::Explanation& e, std::ostream& out, int depth = 0, int max_depth = 99);
} // namespace cc::cli

namespace cc::engine::training {
struct Breakdown;
struct TrainingEvaluation;
} // namespace cc::engine::training

namespace cc::cli {
/// Step-time parts in seconds, keyed as in docs/cli-json.md (shared by evaluate and sweep).
nlohmann::json training_breakdown_json(const engine::training::Breakdown& t);
/// The `training` object of `evaluate --json`.
nlohmann::json training_evaluation_json(const engine::training::TrainingEvaluation& e);
} // namespace cc::cli
