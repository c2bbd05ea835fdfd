#pragma once
// Calibration as a reproducible process: the training engine's fitted constants
// are refitted by least squares on validation cases (`clustercanvas-cli
// calibrate`), and their accuracy on cases they were not fitted on is measured by
// leaving one source family out at a time (`clustercanvas-cli validate --cv`).
#include "catalog/catalog.h"
#include "engine/training/calibration.h"
#include "validation/runner.h"

#include <nlohmann/json.hpp>

#include <map>
#include <string>
#include <vector>

namespace cc::validation {

/// One fitted constant of the training calibration, with the bounds a fit keeps it in.
struct FitParameter {
    const char* name;
    double engine::training::Calibration::*field;
    double lo, hi;
};

/// The constants `calibrate` refits (CALIBRATION.md marks them "fitted").
const std::vector<FitParameter>& training_fit_parameters();

/// The publication family a case belongs to: its id up to the first '-', without
/// trailing digits ("mlperf31-gpt3-…" and "mlperf41-…" are both "mlperf"). Case ids
/// start with their source's slug (tests/validation/README.md).
std::string source_family(const std::string& case_id);

struct FitOptions {
    std::vector<std::string> parameters; // names from training_fit_parameters(); empty = all of them
    int max_iterations = 30;
};

struct FitResult {
    engine::training::Calibration calibration;   // the start with the fitted values written in
    std::map<std::string, double> before, after; // parameter values
    Summary before_summary, after_summary;       // on the cases fitted
    int iterations = 0;
    std::size_t families = 0; // source families among the cases fitted
};

/// The training cases of these documents (other kinds are left out).
std::vector<nlohmann::json> training_cases(const std::vector<nlohmann::json>& docs);

/// Levenberg–Marquardt on log(predicted ÷ measured) of every training row (Huber loss beyond ≈ 20 %), within the bounds.
FitResult fit_training(const std::vector<nlohmann::json>& cases, const Catalog& cat, const engine::training::Calibration& start,
                       const FitOptions& opt = {});

struct CrossValidation {
    Summary in_sample;       // every case, constants fitted on every case
    Summary cross_validated; // each family's rows predicted by constants fitted without that family
    std::vector<Row> rows;   // the cross-validated rows
    std::map<std::string, Summary> by_family;
};

/// Leave-one-source-family-out cross-validation of the training fit.
CrossValidation cross_validate_training(const std::vector<nlohmann::json>& cases, const Catalog& cat,
                                        const engine::training::Calibration& start, const FitOptions& opt = {});

/// Runs the cases with a calibration (the rows of training cases only).
Report run_training_cases(const std::vector<nlohmann::json>& cases, const Catalog& cat, const engine::training::Calibration& cal);

} // namespace cc::validation
