#include "engine/inference/llm_model.h"

#include <algorithm>
#include <cmath>

namespace cc::engine::inference {

LlmModel::LlmModel(const ServingSetup& s, const ServingCalibration& cal) : s_(s), cal_(cal) {
    const ServingModel& m = s.model;
    tp_ = std::max(1, s.req.tp);
    weights_ = m.params * bytes_per_value(s.req.weights_precision);
    const double head_dim = m.head_dim > 0 ? m.head_dim : m.heads > 0 ? static_cast<double>(m.hidden) / m.heads : cal.default_head_dim;
    const int kvh = m.kv_heads > 0 ? m.kv_heads : m.heads;
    // Keys and values per head; latent attention (MLA) caches one compressed latent plus the RoPE key (head_dim / 2) instead.
    const double per_layer = m.kv_lora_rank > 0 ? m.kv_lora_rank + head_dim / 2 : 2.0 * kvh * head_dim;
    kv_tok_ = m.layers * per_layer * bytes_per_value(s.req.kv_precision);
    peak_ = s.hw.peak_tflops * 1e12 * s.hw.compute_reach; // what the GEMMs reach, relative to the parts fitted on
    bw_ = s.hw.mem_bw_GBps * 1e9;
    in_ = std::max(1.0, s.req.input_tokens);
    out_ = std::max(1.0, s.req.output_tokens);
    const Precision p = s.req.precision;
    eight_bit_ = p == Precision::FP8 || p == Precision::INT8 || p == Precision::FP4 || p == Precision::INT4;
}

bool LlmModel::weights_fit() const { return weight_bytes_per_gpu() + cal_.runtime_reserve_GB * 1e9 < s_.hw.mem_GB * 1e9; }

int LlmModel::max_batch(double ctx_tokens) const {
    const double free = (s_.hw.mem_GB * 1e9 - weight_bytes_per_gpu() - cal_.runtime_reserve_GB * 1e9) * cal_.kv_mem_frac;
    if (free <= 0) return 0;
    const double per_seq = std::max(1.0, ctx_tokens) * kv_tok_ / tp_;
    if (per_seq <= 0) return 1 << 20; // literal-ok: "unlimited" (no KV per sequence)
    return static_cast<int>(std::min(1e6, std::floor(free / per_seq)));
}

double LlmModel::flops_per_token() const { return 2.0 * s_.model.active_params; }

// Two all-reduces per layer (attention and MLP outputs), ring algorithm.
double LlmModel::tp_comm_s(double tokens) const {
    if (tp_ <= 1) return 0;
    const double bw = std::max(1e-3, s_.hw.scale_up_GBps) * 1e9 * cal_.tp_busbw_frac;
    const double msg = tokens * s_.model.hidden * 2.0; // activations in 16-bit
    const double one = 2.0 * (tp_ - 1) * cal_.allreduce_latency_s + 2.0 * (tp_ - 1) / tp_ * msg / bw;
    return 2.0 * s_.model.layers * one;
}

StepParts LlmModel::prefill(double tokens, double prompt) const {
    StepParts r;
    tokens = std::max(1.0, tokens);
    const double flops = flops_per_token() * tokens + 2.0 * s_.model.layers * s_.model.hidden * prompt * tokens;
    const double frac = eight_bit_ ? cal_.prefill_frac_8bit : cal_.prefill_frac_16bit;
    const double n0 = eight_bit_ ? cal_.prefill_rolloff_8bit : cal_.prefill_rolloff_16bit;
    const double eff = frac * tokens / (tokens + n0);
    r.compute_s = flops / (tp_ * peak_ * eff);
    r.memory_s = weight_bytes_per_gpu() / (bw_ * cal_.mem_bw_frac); // efficiency floor: weights read once
    r.comm_s = tp_comm_s(tokens);
    r.total_s = std::max(r.compute_s, r.memory_s) + r.comm_s;
    return r;
}

// MoE: each sequence touches experts_active of experts per layer; a batch touches
// the union, so the weights read per step grow with batch towards all experts.
double LlmModel::moe_read_fraction(double batch) const {
    const ServingModel& m = s_.model;
    if (m.experts <= 1 || m.params <= 0) return 1.0;
    const double expert_share = std::clamp((m.params - m.active_params) / m.params * m.experts / (m.experts - m.experts_active), 0.0, 1.0);
    const double touched = 1.0 - std::pow(1.0 - static_cast<double>(m.experts_active) / m.experts, std::max(1.0, batch));
    return (1.0 - expert_share) + expert_share * touched;
}

StepParts LlmModel::decode_step(double batch, double ctx) const {
    StepParts r;
    batch = std::max(1.0, batch);
    const double bytes = weight_bytes_per_gpu() * moe_read_fraction(batch) + batch * ctx * kv_tok_ / tp_;
    r.memory_s = bytes / (bw_ * cal_.mem_bw_frac);
    const double flops = batch * (flops_per_token() + kAttentionFlopsPerTokenPerContext * s_.model.layers * s_.model.hidden * ctx);
    const double frac = eight_bit_ ? cal_.prefill_frac_8bit : cal_.prefill_frac_16bit;
    r.compute_s = flops / (tp_ * peak_ * frac);
    r.comm_s = tp_comm_s(batch);
    r.overhead_s = cal_.step_overhead_s;
    r.total_s =
        std::max(r.memory_s, r.compute_s) + cal_.decode_overlap_penalty * std::min(r.memory_s, r.compute_s) + r.comm_s + r.overhead_s;
    return r;
}

double LlmModel::cycle_s(double batch) const {
    batch = std::max(1.0, batch);
    return prefill(batch * in_, in_).total_s + out_ * decode_step(batch, in_ + out_ / 2).total_s;
}

double LlmModel::batch_for_rate(double rate, double max_b) const {
    max_b = std::max(1.0, max_b);
    if (rate <= 0) return 1;
    if (replica_rate(max_b) <= rate) return max_b;
    double lo = 0.0, hi = max_b;
    for (int i = 0; i < 60; ++i) { // bisection steps
        const double mid = 0.5 * (lo + hi);
        if (mid <= 0) break;
        (mid / cycle_s(std::max(1.0, mid)) < rate ? lo : hi) = mid;
    }
    return std::max(1e-3, hi);
}

} // namespace cc::engine::inference
