#pragma once
// Plan search: every tp/pp/dp/micro-batch/virtual-stage/recompute/ZeRO
// combination the constraints leave open and the topology allows (tensor
// parallelism stays inside one scale-up domain), scored by the step model.
// Plans that fit memory always rank above plans that do not.
#include "engine/training/step_model.h"

#include <string>
#include <vector>

namespace cc::engine::training {

struct RankedPlan {
    StepResult result;
    std::string why_loses; // empty for the best plan
};

struct SearchResult {
    std::vector<RankedPlan> ranked; // best first
    long considered = 0;
    long fitting = 0;
};

SearchResult search_plans(const Job& j, const Hardware& hw, const PlanConstraints& c, const Calibration& cal,
                          std::size_t keep = 10); // literal-ok: default list length, not a model input

/// One line: why `loser` is slower than (or cannot replace) `best`.
std::string why_loses(const StepResult& loser, const StepResult& best);

/// "tp 8 · pp 4 · dp 16 · v 2 · micro 1 · recompute full · ZeRO 1 · SP"
std::string describe(const Plan& p);

} // namespace cc::engine::training
