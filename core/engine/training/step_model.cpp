#include "engine/training/step_model.h"

#include "engine/training/collectives.h"
#include "engine/training/compute_model.h"

#include <algorithm>
#include <cmath>

namespace cc::engine::training {

const char* to_string(Resource r) {
    switch (r) {
    case Resource::Compute: return "compute";
    case Resource::ScaleUp: return "scale-up fabric";
    case Resource::ScaleOut: return "scale-out network";
    case Resource::Bubble: return "pipeline bubble";
    case Resource::Storage: return "storage";
    case Resource::Memory: return "memory capacity";
    }
    return "compute";
}

double sample_bytes(const Job& j, const Calibration& cal) { return j.transformer ? cal.token_id_bytes * j.seq : cal.image_sample_bytes; }

StepResult evaluate_plan(const Job& j, const Hardware& cluster, const Plan& plan, const Calibration& cal) {
    StepResult r;
    const Hardware hw =
        sized_for(cluster, static_cast<double>(std::max(1, plan.tp)) * std::max(1, plan.cp) * std::max(1, plan.pp) * std::max(1, plan.dp));
    Plan p = plan;
    p.tp = std::max(1, p.tp);
    p.pp = std::max(1, p.pp);
    p.dp = std::max(1, p.dp);
    p.v = p.pp > 1 ? std::max(1, p.v) : 1;
    p.ep = std::max(1, p.ep);
    p.micro = std::max(1, p.micro);
    p.cp = j.transformer ? std::max(1, p.cp) : 1;
    if (p.tp == 1) p.sp = false;
    r.plan = p;
    r.gpus_used = static_cast<double>(p.tp) * p.cp * p.pp * p.dp;
    const int dpcp = p.dp * p.cp; // gradients and optimizer shards span data and context parallelism
    const double m = std::max(1.0, std::ceil(j.global_batch / (static_cast<double>(p.dp) * p.micro)));
    r.microbatches = static_cast<int>(m);
    const double peak = std::max(1e-9, hw.peak_tflops) * 1e12;
    const ComputeRates rates = compute_rates(j, hw, cal, p.micro);
    r.efficiency = rates.linear / peak;
    const bool fp32 = j.precision == Precision::FP32 || j.precision == Precision::TF32;
    const double act_bytes = bytes_per_value(fp32 ? Precision::FP32 : Precision::BF16); // 16-bit unless FP32/TF32
    const double grad_bytes = act_bytes;

    // --- Compute per micro-batch on the slowest stage.
    double fwd = 0, rc = 0, tp_mb = 0, ep_mb = 0, cp_mb = 0;
    double tp_up = 0, tp_out = 0, ep_up = 0, ep_out = 0, cp_up = 0, cp_out = 0;
    const int L = j.transformer ? layers_per_stage(j, p) : 0;
    if (j.transformer) {
        const TokenFlops f = token_flops(j);
        const double tokens = static_cast<double>(p.micro) * j.seq / p.cp; // this GPU's share of the sequences
        fwd = tokens * rates.seconds(f, L) / p.tp;
        if (p.recompute == Recompute::Full) rc = tokens * (rates.seconds(f, L) - f.head / rates.head) / p.tp;
        else if (p.recompute == Recompute::Selective) rc = tokens * rates.attention_seconds(f, L) / p.tp;
        // Tensor parallelism: 2 all-reduces (or reduce-scatter + all-gather with SP) forward,
        // 2 backward, 2 more when the forward is recomputed; activations of b·s·h.
        if (p.tp > 1) {
            const double n = kTpCollectivesPerLayer + (p.recompute == Recompute::Full ? kTpCollectivesRecompute : 0);
            const GroupShape g{p.tp, std::min(p.tp, hw.domain)};
            const CommTime c = all_reduce(tokens * j.hidden * act_bytes, g, hw, cal);
            tp_mb = n * L * c.total() * (1 - cal.tp_overlap);
            const double bw = std::max(1e-30, c.bandwidth_s);
            tp_up = tp_mb * c.scale_up_s / bw;
            tp_out = tp_mb * c.scale_out_s / bw;
            r.tp_bytes = n * L * tokens * j.hidden * act_bytes * m;
        }
        if (p.cp > 1) {
            // Ring attention: each layer gathers the other ranks' K and V (forward), and again with
            // their gradients (backward, twice the bytes); each chunk moves while the attention of
            // the previous one runs, so only what the attention cannot cover is exposed.
            const double kv_dim = static_cast<double>(j.hidden) * j.kv_heads / std::max(1, j.heads);
            const double kv_bytes = 2.0 * p.micro * j.seq * kv_dim * act_bytes / p.tp;
            const CommTime c = all_gather(kv_bytes, {p.cp, std::clamp(hw.domain / p.tp, 1, p.cp)}, hw, cal);
            const double attention = tokens * rates.attention_seconds(f, 1) / p.tp;
            const double passes = kBackwardPlusForward + (p.recompute == Recompute::Full ? 1 : 0);
            cp_mb = passes * L * std::max(0.0, c.total() - attention);
            r.cp_total_s = passes * L * c.total();
            const double bw = std::max(1e-30, c.bandwidth_s);
            cp_up = cp_mb * c.scale_up_s / bw;
            cp_out = cp_mb * c.scale_out_s / bw;
        }
        if (j.moe && p.ep > 1) {
            const double n = kTpCollectivesPerLayer + (p.recompute == Recompute::Full ? kTpCollectivesRecompute : 0);
            const int local = std::clamp(hw.domain / p.tp, 1, p.ep);
            const CommTime c = all_to_all(tokens * j.hidden * act_bytes * j.experts_active / p.tp, {p.ep, local}, hw, cal);
            ep_mb = n * L * c.total();
            const double bw = std::max(1e-30, c.bandwidth_s);
            ep_up = ep_mb * c.scale_up_s / bw;
            ep_out = ep_mb * c.scale_out_s / bw;
        }
    } else {
        fwd = p.micro * j.gflops_per_sample * 1e9 / (p.tp * p.pp) / rates.linear;
    }
    r.t.forward = m * fwd;
    r.t.backward = m * 2 * fwd;
    r.t.recompute = m * rc;
    r.t.tp_comm = m * tp_mb;
    r.t.ep_comm = m * ep_mb;
    r.t.cp_comm = m * cp_mb;
    r.cp_total_s *= m;
    r.tp_total_s = r.t.tp_comm / std::max(1e-9, 1 - cal.tp_overlap);
    r.ep_total_s = r.t.ep_comm;
    const double ideal = r.t.forward + r.t.backward + r.t.recompute + r.t.tp_comm + r.t.ep_comm + r.t.cp_comm;

    // --- Pipeline: bubble and point-to-point sends.
    double pp_up = 0, pp_out = 0;
    if (p.pp > 1) {
        r.t.bubble = (p.pp - 1.0) / (p.v * m) * ideal;
        const double tokens = static_cast<double>(p.micro) * std::max(1, j.seq) / p.cp;
        // Transformers: b·s·h ÷ tp (scatter/gather over TP); CNNs: a stated size per sample.
        const double bytes = j.transformer ? tokens * j.hidden * act_bytes / p.tp : p.micro * cal.cnn_pp_bytes_per_sample;
        const bool up = r.gpus_used <= hw.domain;
        const CommTime c = send(bytes, up, hw, cal);
        r.pp_total_s = 2.0 * p.v * m * c.total();
        r.pp_bytes = 2.0 * p.v * m * bytes;
        r.t.pp_comm = r.pp_total_s * (1 - cal.pp_overlap);
        (up ? pp_up : pp_out) = r.t.pp_comm;
    }

    // --- Data parallelism: gradient reduction (and ZeRO parameter gathers).
    const double P = params_per_gpu(j, p);
    double dp_up = 0, dp_out = 0;
    if (dpcp > 1) {
        const int local = p.tp >= hw.domain ? 1 : std::clamp(hw.domain / p.tp, 1, dpcp);
        const GroupShape g{dpcp, local};
        const double grads = P * grad_bytes;
        r.dp_bytes = grads;
        CommTime c;
        double window = 0;
        bool zero3 = false;
        // Megatron sizes buckets as max(40 M, 1 M × dp) parameters so ring latency stays amortised at scale.
        const double bucket = std::max(cal.dp_bucket_MB * 1e6, cal.dp_bucket_params_per_rank * grad_bytes * dpcp);
        const double buckets = std::max(1.0, std::ceil(grads / bucket));
        if (p.zero >= kZeroShardParams) {
            // Per micro-batch: gather every layer's parameters for forward and again for backward
            // (the recomputed forward reuses the backward gather), reduce-scatter the gradients.
            // The gathers move a layer at a time, so each rank's chunk is small and NCCL runs few
            // channels: across nodes each GPU pulls the full (n−1)/n of the parameters through its
            // own NIC instead of sharing the node's NICs (the flat ring, not the hierarchical one).
            const GroupShape flat{dpcp, local < dpcp ? 1 : local};
            const CommTime ag = all_gather(P * act_bytes, flat, hw, cal);
            const CommTime rs = all_gather(grads, flat, hw, cal);
            const double collectives = cal.zero3_collectives_per_layer * std::max(1, j.transformer ? L : 1);
            c.bandwidth_s = m * (2 * ag.bandwidth_s + rs.bandwidth_s);
            c.latency_s = m * kZero3CollectivesPerPass * collectives * ag.latency_s;
            c.scale_up_s = m * (2 * ag.scale_up_s + rs.scale_up_s);
            c.scale_out_s = m * (2 * ag.scale_out_s + rs.scale_out_s);
            r.dp_bytes = m * (2 * P * act_bytes + grads);
            window = r.t.forward + r.t.backward + r.t.recompute;
            zero3 = true;
        } else if (p.zero >= 1) {
            const CommTime rs = all_gather(grads, g, hw, cal);
            const CommTime ag = all_gather(P * act_bytes, g, hw, cal);
            c.bandwidth_s = rs.bandwidth_s + ag.bandwidth_s;
            c.latency_s = buckets * (rs.latency_s + ag.latency_s);
            c.scale_up_s = rs.scale_up_s + ag.scale_up_s;
            c.scale_out_s = rs.scale_out_s + ag.scale_out_s;
            // Gradient reduce-scatter hides behind the last backward, the parameter all-gather behind the first forward.
            window = (r.t.forward + r.t.backward + r.t.recompute) / m;
        } else {
            c = all_reduce(grads, g, hw, cal);
            c.latency_s *= buckets;
            window = (r.t.backward + r.t.recompute) / m;
        }
        r.dp_total_s = c.total();
        // Prefetched ZeRO-3 gathers hide behind a share of the compute they feed; bucketed
        // gradient reductions hide a share of their own time within the backward window.
        if (zero3 && j.prefetch_gathers) {
            // FSDP prefetch: each layer's gather runs under the previous layer's compute; the
            // first gather of the forward and of the backward pass and the last reduce-scatter
            // (one layer's worth of the three collectives) wait, as does what outlasts the compute.
            const double first_layer = r.dp_total_s / std::max(1, j.transformer ? L : 1);
            r.dp_overlapped_s = std::min(r.dp_total_s - first_layer, window);
        } else {
            r.dp_overlapped_s = zero3 ? std::min(r.dp_total_s, cal.dp_overlap * window) : std::min(cal.dp_overlap * r.dp_total_s, window);
        }
        r.t.dp_exposed = r.dp_total_s - r.dp_overlapped_s;
        // Split what is exposed between the fabrics; latency goes with the slower one the group spans.
        const double total = std::max(1e-30, c.total());
        const double out_part = c.scale_out_s + (local < dpcp ? c.latency_s : 0);
        dp_out = r.t.dp_exposed * out_part / total;
        dp_up = std::max(0.0, r.t.dp_exposed - dp_out); // never negative by rounding
    }

    // --- Optimizer step: memory-bound pass over this GPU's share of the optimizer state.
    const double opt_params = P / (p.zero >= 1 ? dpcp : 1);
    const double mem_Bps = std::max(1.0, hw.mem_bw_GBps) * 1e9 * cal.memory_bw_frac;
    r.t.optimizer = opt_params * cal.optimizer_bytes_per_param / mem_Bps;
    r.t.overhead = cal.step_overhead_s;

    // --- Storage: samples of one step must arrive within the step (prefetch hides the rest).
    const double before = r.t.sum();
    if (hw.storage_GBps && *hw.storage_GBps > 0) {
        r.data_s = j.global_batch * sample_bytes(j, cal) / (*hw.storage_GBps * 1e9);
        r.t.data_stall = std::max(0.0, r.data_s - before);
    }
    r.step_s = r.t.sum();

    // --- Throughput.
    const double samples = m * p.micro * p.dp;
    r.samples_per_step = samples;
    r.samples_per_s = samples / r.step_s;
    r.tokens_per_s = j.transformer ? r.samples_per_s * j.seq : 0;
    r.model_tflops_per_gpu = model_flops_per_sample(j) * r.samples_per_s / r.gpus_used / 1e12;
    r.hw_tflops_per_gpu = hardware_flops_per_sample(j, p.recompute) * r.samples_per_s / r.gpus_used / 1e12;
    r.mfu = r.model_tflops_per_gpu / std::max(1e-9, hw.peak_tflops);
    r.mem = memory_per_gpu(j, p, hw, cal);

    // --- The dominant resource.
    r.scale_up_s = tp_up + ep_up + cp_up + pp_up + dp_up;
    r.scale_out_s = tp_out + ep_out + cp_out + pp_out + dp_out;
    const double compute = r.t.forward + r.t.backward + r.t.recompute + r.t.optimizer + r.t.overhead;
    const std::pair<double, Resource> parts[] = {{compute, Resource::Compute},
                                                 {r.scale_up_s, Resource::ScaleUp},
                                                 {r.scale_out_s, Resource::ScaleOut},
                                                 {r.t.bubble, Resource::Bubble},
                                                 {r.t.data_stall, Resource::Storage}};
    r.bottleneck = Resource::Compute;
    double most = -1;
    for (const auto& [v, res] : parts)
        if (v > most) {
            most = v;
            r.bottleneck = res;
        }
    if (!r.mem.fits()) r.bottleneck = Resource::Memory;
    return r;
}

} // namespace cc::engine::training
