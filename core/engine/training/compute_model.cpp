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
    f.mlp = 2 * mats * h * j.ffn * active_experts;
    double matmul = 2 * (2 * h * h + 2 * h * kv) + f.mlp;
    if (j.layer_mlp_active_params > 0) { // counted from a detailed shape (shared experts, MLA, ...)
        f.mlp = 2 * j.layer_mlp_active_params;
        matmul = 2 * j.layer_attention_params + f.mlp;
    }
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
    if (hw.generation == AcceleratorGeneration::Ampere) return cal.matmul_frac_ampere;
    if (hw.generation == AcceleratorGeneration::Hopper) return cal.matmul_frac_hopper;
    if (const auto* reach = gemm_reach(hw.generation, cal)) return cal.matmul_frac_hopper * reach->bf16 / cal.reach_hopper.bf16;
    return cal.matmul_frac_other;
}

const Calibration::GemmReach* gemm_reach(AcceleratorGeneration g, const Calibration& cal) {
    switch (g) {
    case AcceleratorGeneration::Hopper: return &cal.reach_hopper;
    case AcceleratorGeneration::Blackwell: return &cal.reach_blackwell;
    case AcceleratorGeneration::Cdna3: return &cal.reach_cdna3;
    case AcceleratorGeneration::Gaudi2: return &cal.reach_gaudi2;
    case AcceleratorGeneration::Gaudi3: return &cal.reach_gaudi3;
    default: return nullptr;
    }
}

double reach_relative_to_hopper(AcceleratorGeneration g, bool eight_bit, const Calibration& cal) {
    const auto* reach = gemm_reach(g, cal);
    if (!reach || g == AcceleratorGeneration::Hopper) return 1;
    return eight_bit ? reach->fp8 / cal.reach_hopper.fp8 : reach->bf16 / cal.reach_hopper.bf16;
}

double low_precision_factor(AcceleratorGeneration g, const Calibration& cal) {
    // Hopper's fitted FP8 share, moved to another generation by the ratio of its measured
    // FP8 and 16-bit GEMM reach to Hopper's.
    const auto* reach = gemm_reach(g, cal);
    if (!reach || g == AcceleratorGeneration::Hopper || reach->bf16 <= 0) return cal.fp8_factor;
    return cal.fp8_factor * (reach->fp8 / reach->bf16) / (cal.reach_hopper.fp8 / cal.reach_hopper.bf16);
}

namespace {
// The precision whose machine balance sets the size roll-off: the job's, or 16-bit
// when the part publishes no peak at the job's precision and runs at its 16-bit peak.
Precision rolloff_precision(const Job& j, const Hardware& hw) { return hw.peak_at_precision ? j.precision : Precision::BF16; }
} // namespace

bool low_precision_linear(const Job& j, const Hardware& hw) {
    return j.transformer && hw.peak_at_precision &&
           (j.precision == Precision::FP8 || j.precision == Precision::FP4 || j.precision == Precision::INT8 ||
            j.precision == Precision::INT4);
}

double matmul_efficiency(const Job& j, const Hardware& hw, const Calibration& cal, int micro) {
    const double base = generation_fraction(j, hw, cal);
    if (!j.transformer) {
        const double b = std::max(1, micro);
        return base * b / (b + cal.cnn_batch_rolloff);
    }
    const double h = j.hidden;
    const double low = low_precision_linear(j, hw) ? low_precision_factor(hw.generation, cal) : 1.0;
    return base * low * h / (h + hidden_rolloff(hw, cal, rolloff_precision(j, hw)));
}

double hidden_rolloff(const Hardware& hw, const Calibration& cal, Precision p) {
    // Machine balance in FLOP per 16-bit element of HBM traffic; a part without a
    // published bandwidth is taken at the A100 balance the parameter was fitted on.
    const bool sixteen = (p == Precision::BF16 || p == Precision::FP16) && hw.peak16_tflops > 0;
    const double peak = sixteen ? hw.peak16_tflops : hw.peak_tflops;
    const double per_element = bytes_per_value(p) / bytes_per_value(Precision::BF16);
    const double balance =
        hw.mem_bw_GBps > 0 && peak > 0 ? peak * 1e3 / hw.mem_bw_GBps * per_element : cal.fallback_machine_balance_flop_per_B;
    return cal.hidden_rolloff_per_flop_per_byte * balance;
}

ComputeRates compute_rates(const Job& j, const Hardware& hw, const Calibration& cal, int micro) {
    ComputeRates r;
    const double minimum = 1e-6; // floor on an efficiency so times stay finite
    r.linear = std::max(1e-9, hw.peak_tflops) * 1e12 * std::max(minimum, matmul_efficiency(j, hw, cal, micro));
    r.attention = r.head = r.mlp = r.linear;
    if (j.transformer && j.ffn > 0 && j.ffn < j.hidden) {
        // A GEMM rolls off with its smallest dimension: a narrow MLP (fine-grained MoE experts)
        // runs below the hidden size's efficiency.
        const double h = j.hidden, n = j.ffn, h0 = hidden_rolloff(hw, cal, rolloff_precision(j, hw));
        r.mlp = r.linear * (n / (n + h0)) / (h / (h + h0));
    }
    if (low_precision_linear(j, hw) && hw.peak16_tflops > 0) {
        const double h = j.hidden;
        const double f16 = generation_fraction(j, hw, cal) * h / (h + hidden_rolloff(hw, cal, Precision::BF16));
        r.head = hw.peak16_tflops * 1e12 * std::max(minimum, f16);
    }
    const bool fp32 = j.precision == Precision::FP32 || j.precision == Precision::TF32;
    if (j.transformer && !fp32) {
        // Fused attention keeps its tiles on chip: its rate does not roll off with the hidden size.
        // Other generations scale by their 16-bit fraction relative to Hopper's.
        const double peak16 = hw.peak16_tflops > 0 ? hw.peak16_tflops : hw.peak_tflops;
        const double scale = generation_fraction(j, hw, cal) / cal.matmul_frac_hopper;
        r.attention = peak16 * 1e12 * std::max(minimum, cal.attention_frac * scale);
        r.attention_share = j.causal ? kCausalComputedShare : 1;
    }
    return r;
}

} // namespace cc::engine::training
