#pragma once
// Memory per GPU: weights, gradients and optimizer state (split by ZeRO stage),
// activations (Korthikanti et al. 2022, by recompute mode and sequence
// parallelism), communication buffers and a runtime reserve.
#include "engine/training/calibration.h"
#include "engine/training/job.h"

namespace cc::engine::training {

struct Memory {
    double weights = 0, grads = 0, optimizer = 0, activations = 0, buffers = 0, reserve = 0; // bytes per GPU
    double capacity = 0;
    double total() const { return weights + grads + optimizer + activations + buffers + reserve; }
    bool fits() const { return total() <= capacity; }
    double headroom() const { return capacity - total(); }
};

/// Parameters held by one GPU before ZeRO sharding (its tensor/pipeline/expert slice).
double params_per_gpu(const Job& j, const Plan& p);

/// Transformer layers on the busiest pipeline stage (v chunks of ⌈layers ÷ (pp·v)⌉).
int layers_per_stage(const Job& j, const Plan& p);

/// Activation bytes of one transformer layer for one micro-batch on one GPU (Korthikanti 2022).
double layer_activation_bytes(const Job& j, const Plan& p);

Memory memory_per_gpu(const Job& j, const Plan& p, const Hardware& hw, const Calibration& cal);

} // namespace cc::engine::training
