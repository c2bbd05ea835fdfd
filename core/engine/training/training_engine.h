#pragma once
// The training engine's entry point: a design with a training workload in, an
// evaluation out (best plan, step breakdown, throughput, MFU, time/cost/energy
// to train, memory per GPU, bottleneck with the drawn component to blame, the
// ranked alternatives and an explanation tree for every number).
#include "catalog/catalog.h"
#include "engine/explain.h"
#include "engine/training/plan_search.h"
#include "model/design.h"
#include "topology/cluster_view.h"

#include <optional>
#include <string>
#include <vector>

namespace cc::engine::training {

struct RunTotals {
    std::optional<double> samples; // samples in the whole run (unset: no run size given)
    std::optional<double> time_s;
    std::optional<double> energy_kWh;
    std::optional<double> energy_cost_usd;
    std::optional<double> gpu_hours;
    std::optional<double> gpu_cost_usd; // from the per-GPU-hour price, when the workload gives one
};

struct Bottleneck {
    Resource resource = Resource::Compute;
    std::string component; // drawn component or link id to blame
    std::string detail;    // one sentence
    double seconds = 0;    // time per step attributed to it
};

struct TrainingEvaluation {
    bool ok = false;
    std::string error; // why there is no evaluation (no training workload, unknown model, no GPUs, no fit)
    bool fits = true;  // false: no plan fits in memory; `best` then holds the least-memory plan, nothing is timed
    Job job;
    Hardware hw;
    ClusterView view;
    bool automatic = false;
    StepResult best;
    std::vector<RankedPlan> ranked; // best first, up to 10
    long plans_considered = 0, plans_fitting = 0;
    RunTotals run;
    Bottleneck bottleneck;
    Explanation explanation;
    std::vector<std::string> notes; // defaults used, assumptions, warnings
    /// The fabric the numbers were computed on is incomplete or oversubscribed
    /// (from the cluster view): shown next to the score, never hidden among the notes.
    std::vector<std::string> caveats;
};

struct EvaluateOptions {
    const Calibration* calibration = nullptr; // default_calibration() when null
    bool explain = true;
    std::size_t keep = 10; // literal-ok: ranked plans kept, not a model input
    /// Validation only: a published run did run, so time it even where the memory
    /// model says it does not fit (and say so in the notes); users never get this.
    bool time_runs_that_do_not_fit = false;
};

/// Time, energy and cost to train the job's run size at the step result's throughput
/// (power from the cluster × the share of GPUs used × time × PUE).
RunTotals run_totals(const Job& j, const StepResult& r, const ClusterView& v, const Assumptions& a);

/// Scores a design's training workload (fixed parallelism or `auto`).
TrainingEvaluation evaluate_training(const Design& d, const Catalog& cat, const EvaluateOptions& opt = {});

/// Same, on an already resolved (possibly grown) cluster of the design. `free_dp`:
/// a fixed plan keeps tp × pp and lets data parallelism fill the cluster (growth).
TrainingEvaluation evaluate_training(const Design& d, const ClusterView& view, const EvaluateOptions& opt, bool free_dp);

/// Same, on an already resolved cluster with explicit plan constraints (the
/// validation runner fixes some knobs and leaves others to the engine).
TrainingEvaluation evaluate_training(const ClusterView& view, const TrainingWorkload& w, const ModelShape& model, const Assumptions& a,
                                     const PlanConstraints& c, const EvaluateOptions& opt = {});

/// Builds the explanation tree of an evaluation (called by evaluate_training when opt.explain).
Explanation explain(const TrainingEvaluation& e, const Assumptions& a, const Calibration& cal);

} // namespace cc::engine::training
