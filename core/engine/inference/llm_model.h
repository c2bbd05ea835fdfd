#pragma once
// LLM serving physics for one replica (tp accelerators): prefill is compute
// bound with a weights-read floor, decode reads weights + KV every step, the
// tensor-parallel all-reduces (two per layer) cross the scale-up fabric.
#include "engine/inference/calibration.h"
#include "engine/inference/serving_types.h"

namespace cc::engine::inference {

struct StepParts {
    double memory_s = 0, compute_s = 0, comm_s = 0, overhead_s = 0;
    double total_s = 0;
};

class LlmModel {
public:
    LlmModel(const ServingSetup& s, const ServingCalibration& cal);

    double weight_bytes_per_gpu() const { return weights_ / tp_; }
    double kv_bytes_per_token() const { return kv_tok_; } // whole replica
    /// Sequences of `ctx_tokens` the KV cache of one replica holds (0 = weights do not fit).
    int max_batch(double ctx_tokens) const;
    bool weights_fit() const;

    /// Prefill of `tokens` in one pass (prompt length `prompt` for attention).
    StepParts prefill(double tokens, double prompt) const;
    /// One decode step for `batch` sequences at mean context `ctx`.
    StepParts decode_step(double batch, double ctx) const;
    /// Time for `batch` requests to go through prefill + all decode steps.
    double cycle_s(double batch) const;
    /// Requests per second one replica completes at a running batch.
    double replica_rate(double batch) const { return batch > 0 ? batch / cycle_s(batch) : 0; }
    /// Effective time between output tokens at a running batch (prefill chunks interleaved).
    double tpot_s(double batch) const { return cycle_s(batch) / out_; }
    /// The running batch that completes `rate` requests/s on one replica (bisection; ≤ max).
    double batch_for_rate(double rate, double max_batch) const;

    double compute_peak_flops() const { return peak_; }
    double tp_comm_s(double tokens) const;
    double flops_per_token() const;

private:
    // Copies, not references: callers pass temporaries (ASan caught a
    // stack-use-after-scope), and both are small next to one evaluation.
    ServingSetup s_;
    ServingCalibration cal_;
    int tp_ = 1;
    double weights_ = 0, kv_tok_ = 0, peak_ = 0, bw_ = 0, in_ = 0, out_ = 0;
    bool eight_bit_ = false;
    double moe_read_fraction(double batch) const;
};

} // namespace cc::engine::inference
