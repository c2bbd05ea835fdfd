#pragma once
// `validate`: reads *.cases.json files (SCHEMA.md v1), evaluates each case with
// the engine of its kind, and compares every expected metric with the
// prediction: rows, failed cases (case id + JSON pointer) and a summary.
//
// Dispatch by `kind`: training cases go to the training engine; inference
// cases go to the evaluator registered with register_inference_evaluator()
// (the inference engine registers itself there). Until one is registered they
// are reported as failed with "inference engine not available yet".
#include "catalog/catalog.h"
#include "engine/training/training_engine.h"
#include "model/stack.h"

#include <nlohmann/json.hpp>

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cc::validation {

/// What an engine predicts for one case. Keys are metric names; a metric with a
/// percentile is looked up as "latency_ms@p99" first, then "latency_ms".
/// `per_accelerator_throughput` (samples/s ÷ accelerators) serves relative metrics
/// (scaling_efficiency with relative_to).
struct Prediction {
    std::map<std::string, double> values;
    double per_accelerator_throughput = 0;
    std::vector<std::string> notes; // engine defaults used
    std::optional<Stack> stack;     // the case's software stack, when it names one
};

/// Evaluates one case object; throws InputError (pointer below `pointer`) for a bad case.
using CaseEvaluator = std::function<Prediction(const nlohmann::json& c, const std::string& pointer, const Catalog& cat)>;

void register_inference_evaluator(CaseEvaluator e);
bool inference_evaluator_registered();

/// How a run evaluates cases. The calibration override lets tests and fitting
/// tools score the same cases with other parameters (null = the defaults).
struct RunOptions {
    const engine::training::Calibration* calibration = nullptr;
};

/// The full training evaluation of one case (for `validate --explain CASE` and tests).
engine::training::TrainingEvaluation evaluate_training_case_full(const nlohmann::json& c, const std::string& pointer, const Catalog& cat,
                                                                 bool explain, const RunOptions& opt = {});

/// The training evaluator (public for tests).
Prediction evaluate_training_case(const nlohmann::json& c, const std::string& pointer, const Catalog& cat, const RunOptions& opt = {});

struct Row {
    std::string case_id, metric;
    double predicted = 0, measured = 0, error = 0; // error = (predicted − measured) / measured
    std::optional<Stack> stack;                    // the case's, for reporting by stack
};

struct Failure {
    std::string case_id, message;
};

struct Summary {
    std::size_t rows = 0, failed = 0;
    double mdape = 0, within_10 = 0, within_20 = 0;
    double median_error = 0; // signed: a one-sided bias shows here even when the MdAPE looks fine
    std::optional<Row> worst;
};

struct Report {
    std::vector<Row> rows;
    std::vector<Failure> failed;
    Summary summary;
    std::vector<std::string> notes; // per-case engine defaults ("case: note")
    std::size_t missed = 0;         // expectations of failed cases (count as misses)
};

/// Runs every case of one parsed document (origin names it in messages).
void run_document(const nlohmann::json& doc, const std::string& origin, const Catalog& cat, Report& report, const RunOptions& opt = {});
/// Parses and runs one document's text (a syntax or size error is one failure,
/// named by origin): the in-memory twin of run_files, for tools and the fuzzer.
void run_text(std::string_view text, const std::string& origin, const Catalog& cat, Report& report, const RunOptions& opt = {});
/// Reads and runs files; an unreadable file is one failure, the others still run.
Report run_files(const std::vector<std::string>& files, const Catalog& cat, const RunOptions& opt = {});
/// Fills report.summary from rows and failures (a failed case's expectations count as misses).
void summarise(Report& report);

nlohmann::json to_json(const Report& r);

} // namespace cc::validation
