#include "catalog/transformer_count.h"

#include <algorithm>

namespace cc {

namespace {

constexpr int kDefaultHeadDim = 128;       // heads when not given: hidden / 128
constexpr double kDefaultFfnPerHidden = 4; // ffn when not given
constexpr double kGatedMatrices = 3, kPlainMatrices = 2;
constexpr double kMlaRopeShare = 0.5; // RoPE width of an MLA query/key head, relative to head_dim

double attention_params(const ModelShape& m, double h, double heads, double kv_heads, double hd) {
    if (m.kv_lora_rank) {
        const double kv_rank = *m.kv_lora_rank, rope = hd * kMlaRopeShare, qk = hd + rope;
        // Queries: low-rank (down h→q_rank, up q_rank→heads·qk) or a full projection.
        const double q = m.q_lora_rank ? h * *m.q_lora_rank + *m.q_lora_rank * heads * qk : h * heads * qk;
        const double kv = h * (kv_rank + rope) + kv_rank * heads * (hd + hd); // joint latent, then keys' no-RoPE part and values
        return q + kv + heads * hd * h;
    }
    return 2 * h * heads * hd + 2 * h * kv_heads * hd; // Q and O; K and V (grouped)
}

} // namespace

bool has_shape_detail(const ModelShape& m) {
    return m.head_dim || m.shared_experts || m.moe_layers || m.dense_ffn || m.kv_lora_rank || m.q_lora_rank;
}

TransformerCount count_transformer(const ModelShape& m, bool tied_embeddings, bool gated_mlp) {
    TransformerCount c;
    const double layers = m.layers.value_or(0), h = m.hidden.value_or(0);
    const double heads = m.heads.value_or(std::max(1, m.hidden.value_or(0) / kDefaultHeadDim));
    const double kv_heads = m.kv_heads.value_or(static_cast<int>(heads));
    const double hd = m.head_dim ? *m.head_dim : h / std::max(1.0, heads);
    const double ffn = m.ffn ? *m.ffn : kDefaultFfnPerHidden * h;
    const double mats = gated_mlp ? kGatedMatrices : kPlainMatrices;
    c.attention = attention_params(m, h, heads, kv_heads, hd);
    const bool moe = m.experts.value_or(1) > 1;
    const double moe_layers = moe ? std::clamp<double>(m.moe_layers.value_or(m.layers.value_or(0)), 0, layers) : 0;
    const double dense_layers = layers - moe_layers;
    const double dense_ffn = m.dense_ffn ? *m.dense_ffn : ffn;
    const double expert = mats * h * ffn;
    const double experts = m.experts.value_or(1), routed = std::min<double>(m.experts_active.value_or(1), experts);
    const double shared = m.shared_experts.value_or(0);
    c.mlp_total = moe_layers * (experts + shared) * expert + dense_layers * mats * h * dense_ffn;
    c.mlp_active = moe_layers * (routed + shared) * expert + dense_layers * mats * h * dense_ffn;
    c.head = m.vocab.value_or(0) * h;
    c.embeddings = (tied_embeddings ? 1 : 2) * c.head;
    c.total = layers * c.attention + c.mlp_total + c.embeddings;
    c.active = c.total - (c.mlp_total - c.mlp_active);
    return c;
}

} // namespace cc
