#include "engine/training/memory_model.h"

#include <algorithm>
#include <cmath>

namespace cc::engine::training {
namespace {

double mats(const Job& j) { return j.gated_mlp ? kGatedMlpMatrices : 2.0; }

double attn_params(const Job& j) {
    const double h = j.hidden, kv = h * j.kv_heads / std::max(1, j.heads);
    return 2 * h * h + 2 * h * kv;
}

} // namespace

int layers_per_stage(const Job& j, const Plan& p) {
    // The busiest stage: v chunks of ⌈layers ÷ (pp·v)⌉ layers (uneven splits load some stages more).
    const int v = std::max(1, p.pp > 1 ? p.v : 1);
    return v * static_cast<int>(std::ceil(static_cast<double>(j.layers) / (std::max(1, p.pp) * v)));
}

double params_per_gpu(const Job& j, const Plan& p) {
    const double tp = std::max(1, p.tp), pp = std::max(1, p.pp), ep = std::max(1, p.ep);
    if (!j.transformer) return j.params / (tp * pp);
    const double h = j.hidden;
    const double expert_layer = j.moe ? mats(j) * h * j.ffn * j.experts : 0;
    // Routed experts sit in moe_layers of the layers (DeepSeek-V3: 58 of 61); the rest are dense.
    const double moe_share = j.moe ? static_cast<double>(j.moe_layers) / std::max(1, j.layers) : 0;
    if (pp == 1) {
        // The whole model on one stage: the stated total, experts split over expert parallelism.
        const double experts = j.moe_layers * expert_layer;
        return std::max(0.0, (j.params - experts + experts / ep) / tp);
    }
    // The busiest stage: its layers plus the embedding (first stage) or the LM head (last stage).
    const double layer = attn_params(j) + moe_share * expert_layer / ep + (1 - moe_share) * mats(j) * h * j.ffn;
    return (layers_per_stage(j, p) * layer + static_cast<double>(j.vocab) * h) / tp;
}

double layer_activation_bytes(const Job& j, const Plan& p) {
    if (!j.transformer) return 0;
    // Context parallelism keeps 1/cp of each sequence's activations on a GPU.
    const double s = static_cast<double>(j.seq) / std::max(1, p.cp), b = std::max(1, p.micro), h = j.hidden, t = std::max(1, p.tp),
                 a = j.heads;
    // Korthikanti's 34 bytes·sbh per layer (16-bit), adjusted for the MLP width and grouped KV heads.
    const double mlp_scale = j.ffn * mats(j) / (kActMlpReferenceWidth * h) * (j.moe ? j.experts_active : 1);
    const double c = kActBytesPerSBH + kActMlpBytesPerSBH * (mlp_scale - 1) -
                     kActKvBytesPerSBH * (1 - static_cast<double>(j.kv_heads) / std::max(1, j.heads));
    const double scores = kActScoreBytesPerSBH * a * s / h; // softmax input/output and dropout mask
    const double sbh = s * b * h;
    const double u = kActUnsplitBytesPerSBH; // not split by TP without sequence parallelism
    switch (p.recompute) {
    case Recompute::None: return p.sp ? sbh * (c / t + scores / t) : sbh * (u + (c - u) / t + scores / t);
    case Recompute::Selective: return p.sp ? sbh * c / t : sbh * (u + (c - u) / t);
    case Recompute::Full: return p.sp ? 2 * sbh / t : 2 * sbh;
    }
    return 0;
}

Memory memory_per_gpu(const Job& j, const Plan& p, const Hardware& hw, const Calibration& cal) {
    Memory m;
    m.capacity = hw.mem_GB * 1e9;
    const bool fp32 = j.precision == Precision::FP32 || j.precision == Precision::TF32;
    const double wb = bytes_per_value(fp32 ? Precision::FP32 : Precision::BF16), gb = wb; // 16-bit unless FP32/TF32
    const double ob = fp32 ? cal.optimizer_state_bytes_fp32 : cal.optimizer_state_bytes_mixed;
    const double dp = std::max(1, p.dp);
    const double shards = dp * std::max(1, p.cp); // ZeRO shards over data and context parallelism
    const double P = params_per_gpu(j, p);
    m.weights = P * wb / (p.zero >= kZeroShardParams ? shards : 1);
    m.grads = P * gb / (p.zero >= 2 ? shards : 1);
    m.optimizer = P * ob / (p.zero >= 1 ? shards : 1);
    const double b = std::max(1, p.micro);
    if (j.transformer) {
        const double pp = std::max(1, p.pp);
        const double m_total = std::max(1.0, j.global_batch / (dp * b));
        // 1F1B: the first stage holds up to p micro-batches; interleaving (v > 1) adds
        // (p−1)/(p·v) of that (Korthikanti 2022, §4.2.3). Plain 1F1B adds nothing.
        const double v = std::max(1, p.v);
        const double in_flight = pp > 1 ? std::min(m_total, pp) * (v > 1 ? 1 + (pp - 1) / (pp * v) : 1.0) : 1;
        const int L = layers_per_stage(j, p);
        m.activations = layer_activation_bytes(j, p) * L * in_flight;
        if (p.recompute == Recompute::Full) {
            Plan none = p;
            none.recompute = Recompute::None;
            m.activations += layer_activation_bytes(j, none); // one layer re-materialised during backward
        }
        const double seq = static_cast<double>(j.seq) / std::max(1, p.cp);
        m.activations += bytes_per_value(Precision::FP32) * seq * b * j.vocab / std::max(1, p.tp); // fp32 logits
        m.buffers = 2 * 2.0 * seq * b * j.hidden;                                                  // TP / PP send and receive buffers
        if (p.zero >= kZeroShardParams) m.buffers += 2 * P / std::max(1, j.layers) * wb * std::max(1, p.pp); // two prefetched layers
    } else {
        // Convolutional nets: activations per forward GFLOP per sample, at 16 bits.
        m.activations = b * j.gflops_per_sample * cal.cnn_activation_bytes_per_gflop * (wb / 2);
    }
    m.buffers += 2 * std::min(cal.dp_bucket_MB * 1e6, P * gb);
    m.reserve = cal.runtime_reserve_GB * 1e9;
    return m;
}

} // namespace cc::engine::training
