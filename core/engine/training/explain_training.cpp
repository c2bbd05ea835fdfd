// The explanation tree of a training evaluation: every reported number with its
// formula in words, its inputs (units, sources) and the numbers it is built from.
#include "engine/training/compute_model.h"
#include "engine/training/training_engine.h"

#include <algorithm>
#include <cmath>

namespace cc::engine::training {
namespace {

const char* kCal = "calibrated (core/engine/CALIBRATION.md)";

void in(Explanation& e, std::string name, double value, std::string unit, std::string source) {
    e.inputs.push_back({std::move(name), value, std::move(unit), std::move(source)});
}

} // namespace

Explanation explain(const TrainingEvaluation& ev, const Assumptions& a, const Calibration& cal) {
    const StepResult& r = ev.best;
    const Plan& p = r.plan;
    const Job& j = ev.job;
    const Hardware& hw = ev.hw;
    const std::string acc = ev.view.accelerator_id + " (catalog)";
    const std::string wl = "workload";

    Explanation root =
        node("training",
             "Training: " + j.model_name + " on " + std::to_string(static_cast<long long>(r.gpus_used)) + " × " + ev.view.accelerator_id,
             r.step_s, "s", "best plan: " + describe(p) + (ev.automatic ? " (searched)" : ""));
    in(root, "plans considered", static_cast<double>(ev.plans_considered), "", "plan search");
    in(root, "plans that fit memory", static_cast<double>(ev.plans_fitting), "", "plan search");
    // TP, EP and CP groups that fit in it talk over the scale-up fabric, not the NICs.
    in(root, "scale-up domain (GPUs on one scale-up island)", hw.domain, "GPUs",
       ev.view.domain_origin.empty() ? "one node (" + ev.view.node_catalog_id + ")" : ev.view.domain_origin);

    // Step time and its parts.
    Explanation step = node("step_time_s", "Step time", r.step_s, "s",
                            "forward + backward + recompute + exposed TP/EP/PP communication + pipeline bubble + exposed DP "
                            "communication + optimizer + data stall + fixed overhead");
    in(step, "global batch", j.global_batch, "samples", wl);
    in(step, "micro-batches per step per pipeline", r.microbatches, "", "global batch ÷ (dp × micro-batch)");
    {
        Explanation c = node("compute_s", "Forward + backward compute", r.t.forward + r.t.backward, "s",
                             "micro-batches × FLOPs per micro-batch on the slowest stage ÷ (peak × matmul efficiency); "
                             "backward = 2 × forward");
        in(c, "dense peak", hw.peak_tflops, "TFLOP/s", acc + (hw.peak_note.empty() ? "" : "; " + hw.peak_note));
        Explanation eff = node("matmul_efficiency", "Achieved matmul fraction of peak", r.efficiency, "",
                               !j.transformer                ? "CNN fraction × b ÷ (b + roll-off), b = per-GPU micro-batch"
                               : low_precision_linear(j, hw) ? "generation fraction × low-precision share × h ÷ (h + roll-off)"
                                                             : "generation fraction × h ÷ (h + roll-off)");
        const bool transferred = gemm_reach(hw.generation, cal) && hw.generation != AcceleratorGeneration::Hopper;
        in(eff, "generation/precision fraction", generation_fraction(j, hw, cal), "",
           transferred && j.transformer
               ? "Hopper's fitted fraction × this generation's measured GEMM reach ÷ H100's (core/engine/CALIBRATION.md)"
               : kCal);
        if (j.transformer) {
            in(eff, "hidden size h", j.hidden, "", "model");
            in(eff, "hidden-size roll-off (× machine balance)", hidden_rolloff(hw, cal, j.precision), "", kCal);
            in(eff, "fused attention fraction of the 16-bit peak (causal: half the scores computed)", cal.attention_frac, "", kCal);
            if (low_precision_linear(j, hw)) {
                in(eff, "low-precision GEMM share of the 16-bit fraction", low_precision_factor(hw.generation, cal), "", kCal);
                in(eff, "16-bit peak for attention and LM head", hw.peak16_tflops, "TFLOP/s",
                   "FlashAttention and the output layer stay at 16 bits in FP8 training");
            }
        } else {
            in(eff, "micro-batch per GPU", p.micro, "samples", wl);
            in(eff, "batch roll-off", cal.cnn_batch_rolloff, "samples", kCal);
        }
        c.children.push_back(eff);
        Explanation fwd = node("forward_s", "Forward", r.t.forward, "s", "one third of forward + backward");
        Explanation bwd = node("backward_s", "Backward", r.t.backward, "s", "2 × forward (input and weight gradients)");
        c.children.push_back(fwd);
        c.children.push_back(bwd);
        step.children.push_back(c);
    }
    {
        Explanation e = node("recompute_s", "Activation recompute", r.t.recompute, "s",
                             p.recompute == Recompute::Full        ? "full: the forward pass of every layer again"
                             : p.recompute == Recompute::Selective ? "selective: attention scores recomputed (Korthikanti 2022)"
                                                                   : "none: activations kept");
        step.children.push_back(e);
    }
    {
        Explanation e = node("tp_comm_s", "Tensor-parallel collectives (exposed)", r.t.tp_comm, "s",
                             "layers per stage × (4 + 2 if full recompute) all-reduces of b·s·h per micro-batch, ring over tp "
                             "GPUs: 2(n−1)/n × bytes ÷ bus bandwidth + 2(n−1) × step latency; × (1 − TP overlap)");
        in(e, "tensor-parallel degree", p.tp, "", ev.automatic ? "plan search" : wl);
        in(e, "scale-up bandwidth per GPU per direction", hw.scale_up_GBps, "GB/s", ev.view.scale_up_id + " (catalog)");
        in(e, "achieved bus-bandwidth fraction (scale-up)", cal.busbw_frac_scale_up, "", kCal);
        in(e, "TP overlap", cal.tp_overlap, "", kCal);
        in(e, "bytes moved per GPU per step", r.tp_bytes, "B", "model shape × plan");
        step.children.push_back(e);
    }
    if (j.moe) {
        Explanation e = node("ep_comm_s", "Expert all-to-all (exposed)", r.t.ep_comm, "s",
                             "dispatch + combine per MoE layer, forward and backward, across ep GPUs");
        in(e, "expert-parallel degree", p.ep, "", ev.automatic ? "plan search" : wl);
        in(e, "expert-parallel GPUs inside the scale-up domain", std::clamp(hw.domain / p.tp, 1, p.ep), "",
           "min(ep, domain ÷ tp): the rest of the all-to-all crosses the scale-out network");
        step.children.push_back(e);
    }
    if (p.cp > 1) {
        Explanation e = node("cp_comm_s", "Context-parallel K/V exchange (exposed)", r.t.cp_comm, "s",
                             "ring attention: per layer, forward and backward, the other ranks' K and V (and their gradients) "
                             "arrive while the local attention runs; only what attention cannot cover is exposed");
        in(e, "context-parallel degree", p.cp, "", ev.automatic ? "plan search" : wl);
        in(e, "sequence tokens per GPU", static_cast<double>(j.seq) / p.cp, "tokens", "sequence ÷ cp");
        e.children.push_back(node("cp_total_s", "K/V exchange (total)", r.cp_total_s, "s", "bandwidth term + latency term"));
        step.children.push_back(e);
    }
    {
        Explanation e = node("pp_comm_s", "Pipeline point-to-point (exposed)", r.t.pp_comm, "s",
                             "2 × virtual stages × micro-batches sends of b·s·h ÷ tp (scatter/gather) × (1 − PP overlap)");
        in(e, "pipeline stages", p.pp, "", ev.automatic ? "plan search" : wl);
        in(e, "bytes sent per GPU per step", r.pp_bytes, "B", "model shape × plan");
        in(e, "scale-out bandwidth per GPU per direction", hw.scale_out_GBps, "GB/s", "cluster view (cabled NIC ports ÷ oversubscription)");
        in(e, "PP overlap", cal.pp_overlap, "", kCal);
        step.children.push_back(e);
    }
    {
        Explanation e =
            node("bubble_s", "Pipeline bubble", r.t.bubble, "s", "(p − 1) ÷ (v × m) × ideal step (compute + TP/EP communication)");
        in(e, "pipeline stages p", p.pp, "", ev.automatic ? "plan search" : wl);
        in(e, "virtual stages v", p.v, "", ev.automatic ? "plan search" : wl);
        in(e, "micro-batches m", r.microbatches, "", "global batch ÷ (dp × micro-batch)");
        step.children.push_back(e);
    }
    {
        const bool zero3 = p.zero >= kZeroShardParams;
        Explanation e = node("dp_exposed_s", "Data-parallel communication (exposed)", r.t.dp_exposed, "s",
                             zero3         ? "ZeRO-3: per micro-batch 2 parameter all-gathers + 1 gradient reduce-scatter, one "
                                             "collective per tensor; minus what hides behind compute"
                             : p.zero >= 1 ? "reduce-scatter of gradients + all-gather of parameters, hierarchical; minus what "
                                             "hides behind the last backward"
                                           : "all-reduce of gradients, hierarchical (scale-up ring, then NIC rails across nodes); "
                                             "minus what hides behind the last backward");
        in(e, "data-parallel degree", p.dp, "", ev.automatic ? "plan search" : wl);
        in(e, "ZeRO stage", p.zero, "", ev.automatic ? "plan search" : wl);
        in(e, "gradient bytes per GPU", r.dp_bytes, "B", "parameters per GPU × bytes per gradient");
        in(e, "scale-out bandwidth per GPU per direction", hw.scale_out_GBps, "GB/s", "cluster view");
        in(e, "achieved bus-bandwidth fraction (scale-out)", cal.busbw_frac_scale_out, "", kCal);
        in(e, "DP overlap", cal.dp_overlap, "", kCal);
        e.children.push_back(node("dp_total_s", "Data-parallel communication (total)", r.dp_total_s, "s", "bandwidth term + latency term"));
        e.children.push_back(node("dp_overlapped_s", "Data-parallel communication hidden by compute", r.dp_overlapped_s, "s",
                                  "min(DP overlap × total, backward window)"));
        step.children.push_back(e);
    }
    {
        Explanation e = node("optimizer_s", "Optimizer step", r.t.optimizer, "s",
                             "parameters per GPU (÷ dp with ZeRO ≥ 1) × bytes touched per parameter ÷ (HBM bandwidth × fraction)");
        in(e, "HBM bandwidth", hw.mem_bw_GBps, "GB/s", acc);
        in(e, "bytes per parameter", cal.optimizer_bytes_per_param, "B", kCal);
        step.children.push_back(e);
    }
    {
        Explanation e = node("data_stall_s", "Data-ingest stall", r.t.data_stall, "s",
                             hw.storage_GBps ? "max(0, global batch × bytes per sample ÷ storage read bandwidth − rest of the step)"
                                             : "no storage drawn: data ingest assumed not to limit training");
        if (hw.storage_GBps) in(e, "storage read bandwidth", *hw.storage_GBps, "GB/s", ev.view.storage_component + " (catalog)");
        in(e, "bytes per sample", sample_bytes(j, cal), "B",
           "assumption (int32 token ids; ~" + std::to_string(std::llround(cal.image_sample_bytes / 1e3)) + " kB JPEG)");
        step.children.push_back(e);
    }
    {
        Explanation e = node("overhead_s", "Fixed per-step overhead", r.t.overhead, "s", "launch, logging, synchronisation");
        in(e, "per-step overhead", cal.step_overhead_s, "s", kCal);
        step.children.push_back(e);
    }
    root.children.push_back(step);

    // Throughput.
    Explanation sps = node("samples_per_s", "Samples per second (cluster)", r.samples_per_s, "samples/s", "global batch ÷ step time");
    root.children.push_back(sps);
    if (j.transformer) {
        Explanation tps = node("tokens_per_s", "Tokens per second (cluster)", r.tokens_per_s, "tokens/s", "samples/s × sequence length");
        in(tps, "sequence length", j.seq, "tokens", "model / workload");
        root.children.push_back(tps);
    }
    Explanation tf = node("tflops_per_gpu", "Model TFLOP/s per GPU", r.model_tflops_per_gpu, "TFLOP/s",
                          j.transformer ? "6 × parameters × tokens/s ÷ GPUs (recompute not counted)"
                                        : "3 × forward GFLOPs per sample × samples/s ÷ GPUs");
    in(tf, j.moe ? "active parameters" : "parameters", j.active_params, "", "model");
    root.children.push_back(tf);
    Explanation hwt = node("hw_tflops_per_gpu", "Hardware TFLOP/s per GPU (recompute counted)", r.hw_tflops_per_gpu, "TFLOP/s",
                           "(3 × forward + recomputed forward) FLOPs × samples/s ÷ GPUs; full recompute = "
                           "96·B·s·l·h²·(1 + s/6h + V/16lh)");
    root.children.push_back(hwt);
    Explanation mfu = node("mfu", "Model FLOPs utilisation", r.mfu, "", "model TFLOP/s per GPU ÷ dense peak");
    in(mfu, "dense peak", hw.peak_tflops, "TFLOP/s", acc);
    root.children.push_back(mfu);

    // Memory.
    Explanation mem = node("memory_per_gpu_GB", "Memory per GPU", r.mem.total() / 1e9, "GB",
                           "weights + gradients + optimizer state + activations + communication buffers + runtime reserve");
    in(mem, "capacity", r.mem.capacity / 1e9, "GB", acc);
    mem.children.push_back(
        node("memory_weights_GB", "Weights", r.mem.weights / 1e9, "GB", "parameters per GPU × bytes per weight (÷ dp with ZeRO-3)"));
    mem.children.push_back(
        node("memory_grads_GB", "Gradients", r.mem.grads / 1e9, "GB", "parameters per GPU × bytes per gradient (÷ dp with ZeRO ≥ 2)"));
    mem.children.push_back(node("memory_optimizer_GB", "Optimizer state", r.mem.optimizer / 1e9, "GB",
                                "parameters per GPU × 12 B (fp32 master + Adam moments; 8 B in fp32 training) (÷ dp with ZeRO ≥ 1)"));
    mem.children.push_back(node("memory_activations_GB", "Activations", r.mem.activations / 1e9, "GB",
                                "Korthikanti 2022 per layer (none: sbh(10+24/t+5as/ht), selective: sbh(10+24/t), full: 2sbh; "
                                "÷ t with SP) × layers per stage × micro-batches in flight, + fp32 logits"));
    mem.children.push_back(node("memory_buffers_GB", "Communication buffers", r.mem.buffers / 1e9, "GB",
                                "2 gradient buckets + TP/PP send/receive buffers (+ prefetched layers with ZeRO-3)"));
    mem.children.push_back(node("memory_reserve_GB", "Runtime reserve", r.mem.reserve / 1e9, "GB",
                                "CUDA context and allocator fragmentation (" + std::string(kCal) + ")"));
    mem.children.push_back(node("memory_headroom_GB", r.mem.fits() ? "Headroom (fits)" : "Shortfall (does not fit)", r.mem.headroom() / 1e9,
                                "GB", "capacity − total"));
    root.children.push_back(mem);

    // Run.
    if (ev.run.time_s) {
        Explanation t = node("time_to_train_min", "Time to train", *ev.run.time_s / 60, "min", "samples in the run ÷ samples/s");
        in(t, "samples in the run", ev.run.samples.value_or(0), "samples", wl);
        root.children.push_back(t);
        Explanation en = node("energy_kWh", "Energy", ev.run.energy_kWh.value_or(0), "kWh",
                              "power of the GPUs' nodes and switches at maximum draw × time × PUE");
        in(en, "power", ev.view.power_W * r.gpus_used / std::max(1.0, ev.view.accelerators) / 1000, "kW", "catalog");
        in(en, "PUE", a.pue, "", "workload assumptions");
        root.children.push_back(en);
        Explanation cost = node("cost_usd", "Cost to train", ev.run.energy_cost_usd.value_or(0) + ev.run.gpu_cost_usd.value_or(0), "USD",
                                a.price_per_gpu_hour_usd ? "GPU-hours × price per GPU-hour + energy × price per kWh"
                                                         : "energy × price per kWh (no per-GPU-hour price given)");
        in(cost, "price per kWh", a.price_per_kWh_usd, "USD", "workload assumptions");
        if (a.price_per_gpu_hour_usd) in(cost, "price per GPU-hour", *a.price_per_gpu_hour_usd, "USD", "workload assumptions");
        in(cost, "GPU-hours", ev.run.gpu_hours.value_or(0), "h", "GPUs × time");
        root.children.push_back(cost);
    }
    Explanation bn = node("bottleneck", std::string("Bottleneck: ") + to_string(ev.bottleneck.resource), ev.bottleneck.seconds, "s",
                          ev.bottleneck.detail + (ev.bottleneck.component.empty() ? "" : " [" + ev.bottleneck.component + "]"));
    root.children.push_back(bn);
    return root;
}

} // namespace cc::engine::training
