// The explanation tree of a serving result: every headline number with its
// formula in words, inputs with units and where they come from.
#include "engine/inference/llm_model.h"
#include "engine/inference/serving_engine.h"
#include "engine/inference/vision_model.h"

namespace cc::engine::inference {
namespace {

const std::string kCal = "calibrated (core/engine/inference/CALIBRATION.md)";

void hw_inputs(const ServingSetup& s, Explanation& e) {
    const std::string src = "catalog " + s.hw.accelerator_id + (s.hw.power_mode.empty() ? "" : " (" + s.hw.power_mode + ")");
    e.inputs.push_back({"peak at " + std::string(to_string(s.req.precision)), s.hw.peak_tflops, "TFLOP/s", src});
    e.inputs.push_back({"memory bandwidth", s.hw.mem_bw_GBps, "GB/s", src});
    e.inputs.push_back({"memory", s.hw.mem_GB, "GB", src});
    e.inputs.push_back({"accelerators", s.hw.gpus, "", "design (after ×N)"});
}

} // namespace

Explanation explain_serving(const ServingSetup& s, const ServingResult& r, const ServingCalibration& cal) {
    if (!r.llm) {
        const VisionModel v(s, cal);
        Explanation root = node("samples_per_s", "Throughput", r.samples_per_s, "samples/s",
                                "accelerators × batch ÷ (launch + weights read + batch × FLOPs per sample ÷ (peak × efficiency))");
        hw_inputs(s, root);
        root.inputs.push_back({"FLOPs per sample", v.flops_per_sample() / 1e9, "GFLOP", v.flops_note()});
        root.inputs.push_back({"efficiency (" + s.hw.category + ", " + s.model.arch + ")", v.efficiency(), "fraction of peak", kCal});
        if (v.host_cpu_samples_per_s() > 0)
            root.inputs.push_back({"host CPU pre/post-processing", cal.host_cpu_ms_per_frame, "ms per frame per core", kCal});
        Explanation lat = node("latency_ms", "Latency (mean)", r.latency_ms.mean, "ms",
                               s.req.scenario == Scenario::SingleStream ? "one sample: launch + weights read + FLOPs ÷ (peak × efficiency)"
                                                                        : "batch formation + batch time + M/G/1 queueing");
        lat.children.push_back(node("latency_ms@p99", "Latency p99", r.latency_ms.p99, "ms", "tail of the batch queue"));
        root.children.push_back(lat);
        return root;
    }
    const LlmModel m(s, cal);
    const double in = s.req.input_tokens, out = s.req.output_tokens;
    Explanation root = node("output_tokens_per_s", "Output tokens/s", r.output_tokens_per_s, "tokens/s",
                            "replicas × requests/s per replica × output tokens; requests/s per replica = batch ÷ (prefill of the batch + "
                            "output tokens × decode step)");
    hw_inputs(s, root);
    root.inputs.push_back({"tensor parallel", static_cast<double>(r.tp), "", "workload / engine choice"});
    root.inputs.push_back({"replicas", r.replicas, "", "accelerators ÷ tp"});
    root.inputs.push_back({"running batch per replica", r.batch, "sequences", "scenario"});
    root.inputs.push_back({"input tokens", in, "tokens", "workload"});
    root.inputs.push_back({"output tokens", out, "tokens", "workload"});

    Explanation kv = node("kv_max_batch", "KV-cache capacity", r.kv_max_batch, "sequences per replica",
                          "(memory − weights ÷ tp − runtime reserve) × KV share ÷ (KV bytes per token ÷ tp × (input + output))");
    kv.inputs.push_back({"weights per accelerator", r.weights_GB_per_gpu, "GB",
                         "params × " + std::string(to_string(s.req.weights_precision)) + " bytes ÷ tp"});
    kv.inputs.push_back(
        {"KV per token (replica)", m.kv_bytes_per_token() / 1e6, "MB",
         "2 × layers × kv_heads × head_dim × " + std::string(to_string(s.req.kv_precision)) + " bytes (GQA from the model shape)"});
    kv.inputs.push_back({"runtime reserve", cal.runtime_reserve_GB, "GB", kCal});
    kv.inputs.push_back({"KV share of free memory", cal.kv_mem_frac, "", kCal});
    root.children.push_back(kv);

    const StepParts pf = m.prefill(in, in);
    Explanation pre = node("prefill_ms", "Prefill of one request", pf.total_s * 1e3, "ms",
                           "max(FLOPs ÷ (tp × peak × efficiency(tokens)), weights ÷ bandwidth) + tensor-parallel all-reduces");
    pre.inputs.push_back({"FLOPs per token", m.flops_per_token() / 1e9, "GFLOP", "2 × active params"});
    pre.inputs.push_back({"compute time", pf.compute_s * 1e3, "ms", "efficiency = fraction × n ÷ (n + n0), " + kCal});
    pre.inputs.push_back({"weights-read floor", pf.memory_s * 1e3, "ms", "weights per accelerator ÷ (bandwidth × achieved fraction)"});
    pre.inputs.push_back({"all-reduce time", pf.comm_s * 1e3, "ms", "2 per layer over " + s.hw.scale_up_id});
    root.children.push_back(pre);

    const StepParts d = m.decode_step(std::max(1.0, r.batch), in + out / 2);
    Explanation dec = node("decode_step_ms", "Decode step", d.total_s * 1e3, "ms",
                           "max(memory, compute) + overlap penalty × min(memory, compute) + all-reduces + step overhead");
    dec.inputs.push_back(
        {"memory time (weights + KV read)", d.memory_s * 1e3, "ms", "bytes ÷ (bandwidth × " + std::to_string(cal.mem_bw_frac) + ")"});
    dec.inputs.push_back({"compute time", d.compute_s * 1e3, "ms", "batch × FLOPs per token ÷ (tp × peak × fraction)"});
    dec.inputs.push_back({"all-reduce time", d.comm_s * 1e3, "ms", s.hw.scale_up_id});
    dec.inputs.push_back({"step overhead", d.overhead_s * 1e3, "ms", kCal});
    root.children.push_back(dec);

    Explanation ttft = node("ttft_ms", "Time to first token (mean)", r.ttft_ms.mean, "ms",
                            "half a running step + own prefill (≥ one step) + prefill queue (M/G/1) + admission wait (M/M/c on KV slots)");
    ttft.children.push_back(node("ttft_ms@p50", "TTFT p50", r.ttft_ms.p50, "ms", "median"));
    ttft.children.push_back(node("ttft_ms@p99", "TTFT p99", r.ttft_ms.p99, "ms", "lognormal prompt lengths + exponential queue tail"));
    ttft.inputs.push_back({"utilisation", r.utilisation, "", "offered ÷ capacity"});
    ttft.inputs.push_back({"length spread (cv)", cal.length_cv, "", kCal});
    root.children.push_back(ttft);
    Explanation tpot = node("tpot_ms", "Time per output token", r.tpot_ms.mean, "ms",
                            "(prefill of the batch + output tokens × decode step) ÷ output tokens");
    tpot.children.push_back(node("tpot_ms@p99", "TPOT p99", r.tpot_ms.p99, "ms", "mean × (1 + jitter), " + kCal));
    root.children.push_back(tpot);
    Explanation e2e = node("latency_ms", "End-to-end latency (mean)", r.e2e_ms.mean, "ms", "TTFT + (output tokens − 1) × TPOT");
    e2e.children.push_back(node("latency_ms@p99", "End-to-end p99", r.e2e_ms.p99, "ms", "TTFT + (p99 output length − 1) × TPOT"));
    root.children.push_back(e2e);
    Explanation energy = node("energy_per_1000_tokens_Wh", "Energy per 1,000 tokens", r.energy_per_1000_tokens_Wh, "Wh",
                              "accelerator power × PUE ÷ tokens/s × 1000 ÷ 3600");
    energy.inputs.push_back({"power", r.power_W, "W", "catalog TDP / power mode × accelerators"});
    energy.inputs.push_back({"PUE", s.req.assumptions.pue, "", "assumptions"});
    root.children.push_back(energy);
    if (r.cost_per_million_tokens_usd)
        root.children.push_back(node("cost_per_million_tokens_usd", "Cost per million tokens", *r.cost_per_million_tokens_usd, "USD",
                                     "accelerators × price per GPU-hour ÷ (tokens/s × 3600) × 10⁶"));
    return root;
}

} // namespace cc::engine::inference
