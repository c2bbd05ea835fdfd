#include "engine/training/compute_model.h"

#include <algorithm>

namespace cc::engine::training {

TokenFlops token_flops(const Job& j) {
    TokenFlops f;
    if (!j.transformer) return f;
    const double h = j.hidden, s = j.seq;
    const double kv = h * j.kv_heads / std::max(1, j.heads);
    const double mats = j.gated_mlp ? kGatedMlpMatrices : 2.0;
    const double active_experts = j.moe ? j.experts_active : 1;
    // 2 FLOPs per multiply-accumulate: QKV + output projection + MLP.
    const double matmul = 2 * (2 * h * h + 2 * h * kv + mats * h * j.ffn * active_experts);
    // Scores QKᵀ and softmax·V, each 2·s·h per token (counted over the full sequence, as Megatron does).
    f.attention = kAttentionFlopsPerSH * s * h;
    f.layer = matmul + f.attention;
    f.head = 2 * h * j.vocab;
    return f;
}

double model_flops_per_sample(const Job& j) {
    if (!j.transformer) return kBackwardPlusForward * j.gflops_per_sample * 1e9;
    return kModelFlopsPerParamToken * j.active_params * j.seq;
}

double hardware_flops_per_sample(const Job& j, Recompute r) {
    if (!j.transformer) return kBackwardPlusForward * j.gflops_per_sample * 1e9;
    const TokenFlops f = token_flops(j);
    double per_token = kBackwardPlusForward * (j.layers * f.layer + f.head);
    if (r == Recompute::Full) per_token += j.layers * f.layer;
    else if (r == Recompute::Selective) per_token += j.layers * f.attention;
    return per_token * j.seq;
}

double generation_fraction(const Job& j, const Hardware& hw, const Calibration& cal) {
    const bool fp32 = j.precision == Precision::FP32;
    if (!j.transformer) return fp32 ? cal.cnn_frac_fp32 : cal.cnn_frac_tensor;
    if (fp32) return cal.matmul_frac_fp32;
    double f = hw.generation == AcceleratorGeneration::Ampere   ? cal.matmul_frac_ampere
               : hw.generation == AcceleratorGeneration::Hopper ? cal.matmul_frac_hopper
                                                                : cal.matmul_frac_other;
    if (j.precision == Precision::FP8 || j.precision == Precision::FP4 || j.precision == Precision::INT8 || j.precision == Precision::INT4)
        f *= cal.fp8_factor;
    return f;
}

double matmul_efficiency(const Job& j, const Hardware& hw, const Calibration& cal, int micro) {
    const double base = generation_fraction(j, hw, cal);
    if (!j.transformer) {
        const double b = std::max(1, micro);
        return base * b / (b + cal.cnn_batch_rolloff);
    }
    const double h = j.hidden;
    return base * h / (h + hidden_rolloff(hw, cal));
}

double hidden_rolloff(const Hardware& hw, const Calibration& cal) {
    // Machine balance in FLOP per byte of HBM traffic; a part without a published
    // bandwidth is taken at the A100 balance the parameter was fitted on.
    const double balance =
        hw.mem_bw_GBps > 0 && hw.peak_tflops > 0 ? hw.peak_tflops * 1e3 / hw.mem_bw_GBps : cal.fallback_machine_balance_flop_per_B;
    return cal.hidden_rolloff_per_flop_per_byte * balance;
}

} // namespace cc::engine::training
