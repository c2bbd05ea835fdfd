#pragma once
// FLOP counts of a training step and the matmul efficiency the GPU reaches.
#include "engine/training/calibration.h"
#include "engine/training/job.h"

namespace cc::engine::training {

/// Forward FLOPs per token (transformers) split by where they run.
struct TokenFlops {
    double layer = 0;     // one transformer layer, forward (matmuls + attention scores)
    double attention = 0; // the attention-score part of `layer` (recomputed by selective recompute)
    double head = 0;      // logits (LM head), forward
};

TokenFlops token_flops(const Job& j);

/// Model FLOPs per sample, 6·N·tokens convention (transformers) or 3 × forward (CNNs).
double model_flops_per_sample(const Job& j);

/// Hardware FLOPs per sample, recompute counted (Megatron's 96·B·s·l·h²·(1+s/6h+V/16lh) for full recompute).
double hardware_flops_per_sample(const Job& j, Recompute r);

/// Achieved fraction of peak for this job's matmuls on this hardware at per-GPU micro-batch `micro`.
double matmul_efficiency(const Job& j, const Hardware& hw, const Calibration& cal, int micro);

/// Hidden size at which matmuls reach half the generation fraction (scales with machine balance).
double hidden_rolloff(const Hardware& hw, const Calibration& cal);

/// The generation/precision fraction before the size roll-off (for explanations).
double generation_fraction(const Job& j, const Hardware& hw, const Calibration& cal);

} // namespace cc::engine::training
