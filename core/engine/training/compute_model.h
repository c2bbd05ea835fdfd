#pragma once
// FLOP counts of a training step and the matmul efficiency the GPU reaches.
#include "engine/training/calibration.h"
#include "engine/training/job.h"

namespace cc::engine::training {

/// Forward FLOPs per token (transformers) split by where they run.
struct TokenFlops {
    double layer = 0;     // one transformer layer, forward (matmuls + attention scores)
    double attention = 0; // the attention-score part of `layer` (recomputed by selective recompute)
    double mlp = 0;       // the MLP (or active experts) part of `layer`
    double head = 0;      // logits (LM head), forward
};

TokenFlops token_flops(const Job& j);

/// Model FLOPs per sample, 6·N·tokens convention (transformers) or 3 × forward (CNNs).
double model_flops_per_sample(const Job& j);

/// Hardware FLOPs per sample, recompute counted (Megatron's 96·B·s·l·h²·(1+s/6h+V/16lh) for full recompute).
double hardware_flops_per_sample(const Job& j, Recompute r);

/// Achieved fraction of peak for this job's matmuls on this hardware at per-GPU micro-batch `micro`
/// (FP8/FP4 training: the linear layers' fraction of the low-precision peak).
double matmul_efficiency(const Job& j, const Hardware& hw, const Calibration& cal, int micro);

/// Hidden size at which matmuls reach half the generation fraction: scales with the
/// machine balance in FLOPs per element moved (an FP8 GEMM moves half the bytes of a
/// 16-bit one at twice the peak, so it needs the same matrix size).
double hidden_rolloff(const Hardware& hw, const Calibration& cal, Precision p);

/// Achieved FLOP/s of one GPU for each kind of transformer work. Low-precision training
/// (FP8/FP4, Transformer Engine style) runs only the linear layers at that precision;
/// the LM head stays at 16 bits. Attention scores run fused (FlashAttention) at their own
/// fraction of the 16-bit peak, computing only the unmasked share of a causal score matrix.
/// Times are per token on one GPU, for the FLOPs counted in TokenFlops (the full matrix,
/// as Megatron counts them).
struct ComputeRates {
    double linear = 0, attention = 0, head = 0; // FLOP/s
    double mlp = 0;                             // FLOP/s of the MLP GEMMs (narrow experts reach less)
    double attention_share = 1;                 // share of the counted attention FLOPs computed
    double attention_seconds(const TokenFlops& f, double layers) const { return layers * f.attention * attention_share / attention; }
    double seconds(const TokenFlops& f, double layers) const {
        return layers * ((f.layer - f.attention - f.mlp) / linear + f.mlp / mlp) + attention_seconds(f, layers) + f.head / head;
    }
};
ComputeRates compute_rates(const Job& j, const Hardware& hw, const Calibration& cal, int micro);

/// Measured large-GEMM reach of a generation (null for generations with their own fitted fraction or none).
const Calibration::GemmReach* gemm_reach(AcceleratorGeneration g, const Calibration& cal);

/// A generation's measured large-GEMM reach ÷ H100's at 16 or 8 bits (1 for generations
/// without a measured reach, and for Hopper): carries fractions fitted on NVIDIA parts to others.
double reach_relative_to_hopper(AcceleratorGeneration g, bool eight_bit, const Calibration& cal);

/// Low-precision (FP8/FP4) linear-layer fraction relative to the 16-bit fraction on this generation.
double low_precision_factor(AcceleratorGeneration g, const Calibration& cal);

/// True when the job's linear layers run below 16 bits while the rest stays at 16 bits.
bool low_precision_linear(const Job& j, const Hardware& hw);

/// The generation/precision fraction before the size roll-off (for explanations).
double generation_fraction(const Job& j, const Hardware& hw, const Calibration& cal);

} // namespace cc::engine::training
