#pragma once
// Validation only: what a published benchmark run fixed that a user's design
// never says. core/validation builds a real Design from each case and scores it
// through evaluate() like any design; these knobs carry the rest of the case.
// Everything unset (the default) leaves the evaluation exactly as for a user.
#include "engine/inference/calibration.h"
#include "engine/inference/serving_types.h"
#include "engine/training/calibration.h"
#include "engine/training/job.h"

#include <optional>

namespace cc::evaluate {

struct ValidationKnobs {
    // --- training ---
    /// Validation only: score with other engine parameters (fitting tools, the
    /// "a mis-calibrated engine misses the bar" test). Null: the defaults.
    const engine::training::Calibration* calibration = nullptr;
    /// Validation only: the published run did run, so it is timed even where the
    /// memory model says it does not fit (the notes say so).
    bool time_runs_that_do_not_fit = false;
    /// Validation only: the published run fixed these plan knobs and did not
    /// publish the others, which the engine then searches. A design fixes all of
    /// them or none (parallelism "auto"); when set, this replaces the design's.
    std::optional<engine::training::PlanConstraints> plan;

    // --- serving and edge ---
    /// Validation only: score with other inference parameters (fitting tools). Null: the defaults.
    const engine::inference::ServingCalibration* serving_calibration = nullptr;

    // --- serving: applied to the setup after it is derived from the design ---
    /// Validation only: the published run fixed the scenario (offline, server
    /// without a rate, single_stream, multi_stream, concurrency); a design
    /// implies it from its request rate or concurrency.
    std::optional<engine::inference::Scenario> scenario;
    /// Validation only: the published run fixed the batch per replica.
    std::optional<int> batch;
    /// Validation only: the published run's scenario latency bound (MLPerf server).
    std::optional<double> latency_bound_ms;
    /// Validation only: the published run used the deep-learning accelerators
    /// beside the GPU (engines "gpu+dla").
    bool use_dla = false;

    /// Sets the serving knobs on `req` (the training ones act in the training scorer).
    void apply_to(engine::inference::ServingRequest& req) const;
};

} // namespace cc::evaluate
