#pragma once
// Parameters of a transformer counted from its shape: what a Hugging Face
// config.json import states as params, and what the training engine runs per
// token when a shape carries MoE/attention detail (shared experts, dense
// layers among MoE ones, latent attention, a head width of its own).
#include "model/workload.h"

namespace cc {

struct TransformerCount {
    double attention = 0;  // projections of one layer (Q, K, V, O; MLA's down/up projections)
    double mlp_total = 0;  // every MLP weight of the model (all experts, all layers)
    double mlp_active = 0; // the MLP weights one token runs through (all layers)
    double embeddings = 0; // input embedding + output head (once when tied)
    double head = 0;       // output head alone
    double total = 0;      // layers × attention + mlp_total + embeddings
    double active = 0;     // total less the routed experts a token skips
};

/// Counts a decoder/encoder shape (layers and hidden required; heads default to
/// hidden / 128, kv_heads to heads, ffn to 4 × hidden). MLPs are gated (three
/// matrices) unless `gated_mlp` is false. Norms, biases and routers are left out
/// (below 0.1 % of any model in the library). With kv_lora_rank set, attention is
/// DeepSeek's MLA: head_dim is the no-RoPE query/key and the value width, and the
/// RoPE part of a query/key head is head_dim / 2 (64 of 128 in DeepSeek-V2/V3).
TransformerCount count_transformer(const ModelShape& m, bool tied_embeddings = false, bool gated_mlp = true);

/// True when the shape carries any of the optional MoE/attention detail fields.
bool has_shape_detail(const ModelShape& m);

} // namespace cc
