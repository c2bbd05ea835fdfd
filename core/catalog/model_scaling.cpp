#include "catalog/model_scaling.h"

#include <algorithm>
#include <cmath>

namespace cc {

namespace {
// Dense transformer parameters per layer ≈ 12·h² (4·h² attention + 8·h² MLP).
constexpr double kParamsPerLayerOverHiddenSquared = 12.0;
// Hidden sizes are multiples of 128 in every published family (tensor-core tiles).
constexpr int kHiddenQuantum = 128;
} // namespace

ModelShape scaled_model(const ModelShape& base, double params) {
    ModelShape m = base;
    const double f = params / std::max(1.0, base.params);
    m.params = params;
    if (base.active_params) m.active_params = *base.active_params * f;
    const bool transformer = base.arch == "decoder" || base.arch == "moe-decoder" || base.arch == "encoder";
    if (!transformer || !base.layers || !base.hidden) {
        if (base.gflops_per_sample) m.gflops_per_sample = *base.gflops_per_sample * f;
        return m;
    }
    const double l0 = std::max(1, *base.layers), h0 = std::max(1, *base.hidden);
    const double ratio = h0 / l0;
    // Size the dense part by the active parameters when the model is an MoE.
    const double dense = m.active_params.value_or(params);
    const double l = std::cbrt(dense / (kParamsPerLayerOverHiddenSquared * ratio * ratio));
    const int layers = std::max(1, static_cast<int>(std::lround(l)));
    const int hidden = std::max(kHiddenQuantum, static_cast<int>(std::lround(ratio * l / kHiddenQuantum)) * kHiddenQuantum);
    const double head_dim = base.heads ? h0 / std::max(1, *base.heads) : kHiddenQuantum;
    const int heads = std::max(1, static_cast<int>(std::lround(hidden / std::max(1.0, head_dim))));
    m.layers = layers;
    m.hidden = hidden;
    m.heads = heads;
    if (base.kv_heads && base.heads) m.kv_heads = std::clamp(heads * *base.kv_heads / std::max(1, *base.heads), 1, heads);
    if (base.ffn) m.ffn = static_cast<int>(std::lround(*base.ffn * hidden / h0));
    if (base.gflops_per_sample) m.gflops_per_sample = *base.gflops_per_sample * f;
    return m;
}

} // namespace cc
