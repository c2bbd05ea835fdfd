#pragma once
// One evaluation of one design revision: everything the CLI, the studio's
// score cards and charts, compare and the report show, computed once in core
// and shared read-only. Front ends format and translate it; none of them call
// an engine themselves.
#include "catalog/stack_defaults.h"
#include "engine/edge/edge_engine.h"
#include "engine/inference/serving_engine.h"
#include "engine/inference/sweeps.h"
#include "engine/training/sweep.h"
#include "engine/training/training_engine.h"
#include "evaluate/metrics.h"
#include "evaluate/validation_knobs.h"
#include "evaluate/what_if.h"
#include "report/bom.h"
#include "rules/check.h"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace cc::evaluate {

using WorkloadKind = cc::WorkloadKind; // model/workload.h
/// "none", "training", "inference", "edge" (the CLI's and the file format's words).
const char* to_string(WorkloadKind k);

struct TrainingOutcome {
    engine::training::TrainingEvaluation result;
    engine::training::SweepResult growth; // throughput vs GPUs, up to 4× the cluster (empty without curves)
};

struct ServingOutcome {
    std::optional<engine::inference::ServingSetup> setup; // unset when the design cannot be set up
    engine::inference::ServingResult result;
    std::optional<engine::inference::SloSizing> sizing;    // GPUs for the latency targets at the offered rate
    std::optional<engine::inference::Sweep> latency_curve; // latency vs offered load (with curves)
};

struct EdgeOutcome {
    engine::edge::EdgeResult result;
    std::vector<engine::edge::StreamsPoint> growth; // streams sustained vs devices per site (with curves)
};

struct Evaluation {
    WorkloadKind kind = WorkloadKind::None;
    WhatIf what_if;
    bool ok = false;   // the workload was scored
    std::string error; // why not
    Bom bom;           // present even when the workload cannot be scored
    std::vector<Finding> findings;
    /// Headline numbers: the design's own (accelerators, power, list price) first,
    /// then the workload's, in metric-table order.
    std::vector<MetricValue> metrics;
    std::string bottleneck; // one sentence ("" when not scored)
    /// The software stack the numbers are for: the design's, or the default for
    /// its accelerator (assumed). Unset without a workload.
    std::optional<ResolvedStack> stack;
    std::optional<TrainingOutcome> training;
    std::optional<ServingOutcome> serving;
    std::optional<EdgeOutcome> edge;

    const MetricValue* metric(MetricId id) const;
    std::optional<double> value(MetricId id) const;
};

struct Options {
    WhatIf what_if;
    bool explain = true; // explanation trees
    bool curves = true;  // growth and latency curves
    bool rules = true;   // design-rule findings
    /// Validation only (core/validation): what a published run fixed beyond its
    /// design. Default: nothing, as for every user design.
    ValidationKnobs validation;
};

/// Scores `d` (a plain design: apply a scenario first with scenario_design()).
/// Never throws for a structurally valid design; what cannot be scored is in `error`.
Evaluation evaluate(const Design& d, const Catalog& cat, const Options& opt = {});

using EvaluationPtr = std::shared_ptr<const Evaluation>;
EvaluationPtr evaluate_shared(const Design& d, const Catalog& cat, const Options& opt = {});

} // namespace cc::evaluate
