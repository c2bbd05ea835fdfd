#pragma once
// One optimizer step of one plan: compute, exposed communication, pipeline
// bubble, optimizer, data-ingest stall and fixed overheads, per GPU on the
// slowest pipeline stage. Pure arithmetic; no allocation in the hot path, so the
// plan search can score thousands of plans.
#include "engine/training/calibration.h"
#include "engine/training/job.h"
#include "engine/training/memory_model.h"

namespace cc::engine::training {

/// Seconds per step by cause. The parts listed in `sum()` add up to the step time.
struct Breakdown {
    double forward = 0, backward = 0, recompute = 0;
    double tp_comm = 0;    // tensor-parallel collectives, exposed
    double ep_comm = 0;    // MoE all-to-all, exposed
    double cp_comm = 0;    // context-parallel K/V exchange not hidden behind attention
    double pp_comm = 0;    // pipeline point-to-point, exposed
    double bubble = 0;     // (p−1)/(v·m) of the ideal step
    double dp_exposed = 0; // data-parallel reduce-scatter/all-gather not hidden by compute
    double optimizer = 0;
    double data_stall = 0; // storage cannot feed samples fast enough
    double overhead = 0;   // fixed per step
    double sum() const {
        return forward + backward + recompute + tp_comm + ep_comm + cp_comm + pp_comm + bubble + dp_exposed + optimizer + data_stall +
               overhead;
    }
};

enum class Resource { Compute, ScaleUp, ScaleOut, Bubble, Storage, Memory };
const char* to_string(Resource r);

struct StepResult {
    Plan plan;
    Breakdown t;
    double step_s = 0;
    int microbatches = 1;
    double samples_per_step = 0; // micro-batches × micro × dp: the global batch unless a fixed plan forces more
    double efficiency = 0;       // achieved matmul fraction of peak
    double dp_total_s = 0, dp_overlapped_s = 0, tp_total_s = 0, pp_total_s = 0, ep_total_s = 0, cp_total_s = 0;
    double scale_up_s = 0, scale_out_s = 0;          // exposed communication by fabric
    double dp_bytes = 0, tp_bytes = 0, pp_bytes = 0; // per GPU per step
    double data_s = 0;                               // time storage needs per step (stall is what is not hidden)
    double gpus_used = 0;
    double samples_per_s = 0, tokens_per_s = 0;
    double model_tflops_per_gpu = 0, hw_tflops_per_gpu = 0, mfu = 0;
    Memory mem;
    Resource bottleneck = Resource::Compute;
};

StepResult evaluate_plan(const Job& j, const Hardware& hw, const Plan& p, const Calibration& cal);

/// Bytes read from storage per sample (token ids, or a JPEG for image models).
double sample_bytes(const Job& j, const Calibration& cal);

} // namespace cc::engine::training
