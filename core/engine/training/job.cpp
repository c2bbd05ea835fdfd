#include "engine/training/job.h"

#include "catalog/transformer_count.h"
#include "engine/training/calibration.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace cc::engine::training {

const Calibration& default_calibration() {
    static const Calibration c;
    return c;
}

namespace {

// 51200 → "51,200", as the notes print counts.
std::string grouped(long long v) {
    std::string s = std::to_string(v);
    for (int i = static_cast<int>(s.size()) - 3; i > (v < 0 ? 1 : 0); i -= 3) // literal-ok: digits per group
        s.insert(static_cast<std::size_t>(i), ",");
    return s;
}

} // namespace

Job resolve_job(const TrainingWorkload& w, const ModelShape& m, const Calibration& cal) {
    Job j;
    j.model_name = m.name;
    j.arch = m.arch;
    j.transformer = m.arch == "decoder" || m.arch == "moe-decoder" || m.arch == "encoder";
    j.moe = m.arch == "moe-decoder" && m.experts.value_or(1) > 1;
    j.causal = m.arch == "decoder" || m.arch == "moe-decoder";
    j.params = m.params;
    j.precision = w.precision;
    j.prefetch_gathers = w.stack == Stack::TorchTitan || w.stack == Stack::PyTorch;
    j.global_batch = std::max(1, w.global_batch);
    if (w.dataset_tokens) j.run_tokens = w.dataset_tokens;
    if (w.dataset_samples) j.run_samples = w.dataset_samples;
    if (!j.transformer) {
        j.gflops_per_sample = m.gflops_per_sample.value_or(0);
        if (j.gflops_per_sample <= 0) {
            // Without a FLOP count a forward pass is taken as 2 FLOPs per parameter.
            j.gflops_per_sample = 2 * m.params / 1e9;
            j.defaults.push_back("gflops_per_sample not given: 2 × parameters assumed");
        }
        j.active_params = m.params;
        return j;
    }
    j.layers = std::max(1, m.layers.value_or(1));
    j.hidden = std::max(1, m.hidden.value_or(1));
    if (m.heads) j.heads = *m.heads;
    else {
        const std::string dim = std::to_string(cal.default_head_dim);
        j.heads = std::max(1, j.hidden / cal.default_head_dim);
        j.defaults.push_back("heads not given: hidden/" + dim + " = " + std::to_string(j.heads) + " assumed (head dimension " + dim + ")");
    }
    j.kv_heads = m.kv_heads.value_or(j.heads);
    if (!m.kv_heads && m.heads) j.defaults.push_back("kv_heads not given: multi-head attention (kv_heads = heads) assumed");
    j.ffn = m.ffn.value_or(cal.default_ffn_per_hidden * j.hidden);
    if (!m.ffn) j.defaults.push_back("ffn not given: " + std::to_string(cal.default_ffn_per_hidden) + " × hidden assumed");
    if (m.vocab) j.vocab = *m.vocab;
    else {
        j.vocab = cal.default_vocab;
        j.defaults.push_back("vocab not given: " + grouped(j.vocab) + " assumed (GPT-2 BPE padded, Megatron default)");
    }
    if (w.seq_len) j.seq = *w.seq_len;
    else if (m.seq_len) j.seq = *m.seq_len;
    else {
        j.seq = cal.default_seq_len;
        j.defaults.push_back("sequence length not given: " + grouped(j.seq) + " assumed");
    }
    if (j.moe) {
        j.experts = *m.experts;
        j.experts_active = std::clamp(m.experts_active.value_or(cal.default_experts_active), 1, j.experts);
    }
    // Two or three MLP matrices: whichever makes the layer count match the stated parameters.
    const double h = j.hidden, kv = h * j.kv_heads / std::max(1, j.heads);
    const double attn = 2 * h * h + 2 * h * kv;
    auto total = [&](double mats, double emb) { return j.layers * (attn + mats * h * j.ffn * j.experts) + emb * j.vocab * h; };
    double best = std::numeric_limits<double>::max();
    for (double mats : {2.0, kGatedMlpMatrices})
        for (double emb : {1.0, 2.0}) {
            const double err = std::fabs(total(mats, emb) - m.params);
            if (err < best) {
                best = err;
                j.gated_mlp = mats == kGatedMlpMatrices;
            }
        }
    if (has_shape_detail(m)) {
        const TransformerCount c = count_transformer(m, false, j.gated_mlp);
        j.layer_attention_params = c.attention;
        j.layer_mlp_active_params = c.mlp_active / j.layers;
    }
    if (j.moe) j.moe_layers = std::clamp(m.moe_layers.value_or(j.layers), 1, j.layers);
    if (j.moe) {
        const double mlp_one = (j.gated_mlp ? kGatedMlpMatrices : 2.0) * h * j.ffn;
        j.active_params = m.active_params.value_or(m.params - j.layers * mlp_one * (j.experts - j.experts_active));
    } else {
        j.active_params = m.params;
    }
    return j;
}

PlanConstraints constraints_of(const ParallelismSpec& p) {
    PlanConstraints c;
    if (p.automatic) return c;
    c.tp = p.tp;
    c.pp = p.pp;
    c.dp = p.dp;
    c.cp = p.cp;
    c.v = p.virtual_stages;
    c.ep = p.ep;
    c.micro = p.micro_batch;
    c.zero = p.zero;
    c.recompute = p.recompute;
    c.sp = p.sequence_parallel;
    return c;
}

Hardware sized_for(const Hardware& hw, double gpus_used) {
    if (hw.oversubscription <= 1 || hw.nodes <= 0 || hw.scale_out_GBps <= 0 || hw.nic_GBps <= 0) return hw;
    const double used_nodes = std::ceil(gpus_used / std::max(1, hw.per_node));
    if (used_nodes >= hw.nodes) return hw;
    Hardware h = hw;
    h.scale_out_GBps =
        used_nodes <= hw.nodes_per_leaf ? hw.nic_GBps : hw.nic_GBps / std::max(1.0, hw.oversubscription * used_nodes / hw.nodes);
    h.scale_out_GBps = std::max(h.scale_out_GBps, hw.scale_out_GBps);
    return h;
}

Hardware hardware_of(const ClusterView& v, Precision p) {
    Hardware hw;
    hw.accelerators = v.accelerators;
    hw.per_node = std::max(1, v.per_node);
    hw.domain = std::max(1, v.domain);
    hw.scale_up_GBps = v.scale_up_GBps;
    hw.scale_out_GBps = v.scale_out_GBps;
    hw.nic_GBps = v.nic_GBps_per_accel;
    hw.oversubscription = std::max(1.0, v.oversubscription);
    hw.nodes = v.nodes;
    hw.nodes_per_leaf = v.nodes_per_leaf;
    hw.scale_out_protocol = v.scale_out_protocol;
    hw.storage_GBps = v.storage_read_GBps;
    hw.power_W = v.power_W;
    const AcceleratorSpec* a = v.accelerator;
    if (!a) return hw;
    hw.mem_GB = a->mem_GB.value_or(0);
    hw.mem_bw_GBps = a->mem_bw_GBps.value_or(0);
    hw.generation = a->generation;
    // Peak at the precision, else the nearest one the part publishes.
    auto peak = [&](Precision q) { return a->peak(q); };
    std::vector<Precision> order{p};
    switch (p) {
    case Precision::BF16: order.insert(order.end(), {Precision::FP16, Precision::FP32}); break;
    case Precision::FP16: order.insert(order.end(), {Precision::BF16, Precision::FP32}); break;
    case Precision::TF32: order.insert(order.end(), {Precision::FP32}); break;
    case Precision::FP8: order.insert(order.end(), {Precision::BF16, Precision::FP16}); break;
    case Precision::FP4: order.insert(order.end(), {Precision::FP8, Precision::BF16}); break;
    case Precision::INT8:
    case Precision::INT4: order.insert(order.end(), {Precision::FP8, Precision::FP16}); break;
    case Precision::FP32: break;
    }
    for (Precision q : {Precision::BF16, Precision::FP16})
        if (auto pk = peak(q); pk && *pk > 0 && hw.peak16_tflops <= 0) hw.peak16_tflops = *pk;
    for (Precision q : order)
        if (auto pk = peak(q); pk && *pk > 0) {
            hw.peak_tflops = *pk;
            hw.peak_at_precision = q == p;
            if (q != p)
                hw.peak_note =
                    std::string(to_string(p)) + " peak not published for " + a->info.id + ": " + std::string(to_string(q)) + " peak used";
            break;
        }
    return hw;
}

} // namespace cc::engine::training
