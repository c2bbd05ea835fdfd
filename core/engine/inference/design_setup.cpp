// From a drawn design (or catalog ids) to the setup the inference engine scores.
#include "catalog/model_library.h"
#include "engine/inference/llm_model.h"
#include "engine/inference/serving_engine.h"
#include "engine/training/compute_model.h"
#include "topology/cluster_view.h"

#include <algorithm>
#include <cmath>

namespace cc::engine::inference {
namespace {

// Dense peak at the compute precision, falling back along the tensor-core ladder.
double peak_for(const AcceleratorSpec& a, Precision p, std::string& note) {
    std::vector<Precision> ladder{p};
    switch (p) {
    case Precision::INT4: ladder = {Precision::INT4, Precision::INT8, Precision::FP8, Precision::FP16}; break;
    case Precision::FP4: ladder = {Precision::FP4, Precision::FP8, Precision::INT8, Precision::FP16}; break;
    case Precision::INT8: ladder = {Precision::INT8, Precision::FP8, Precision::FP16, Precision::BF16}; break;
    case Precision::FP8: ladder = {Precision::FP8, Precision::INT8, Precision::FP16, Precision::BF16}; break;
    case Precision::FP16: ladder = {Precision::FP16, Precision::BF16}; break;
    case Precision::BF16: ladder = {Precision::BF16, Precision::FP16}; break;
    case Precision::TF32: ladder = {Precision::TF32, Precision::FP32}; break;
    case Precision::FP32: ladder = {Precision::FP32}; break;
    }
    for (Precision q : ladder)
        if (auto v = a.peak(q); v && *v > 0) {
            if (q != p)
                note = std::string(to_string(p)) + " peak not published for " + a.info.id + ": " + std::string(to_string(q)) + " peak used";
            return *v;
        }
    std::string tried;
    for (Precision q : ladder) tried += std::string(tried.empty() ? "" : ", ") + std::string(to_string(q));
    note = "accelerator " + a.info.id + " publishes no peak at " + std::string(to_string(p)) +
           " nor at a precision that runs it (catalog peak_tflops " + tried + " unset): choose a precision it publishes";
    return 0;
}

const PowerMode* pick_mode(const AcceleratorSpec& a, const std::string& name) {
    if (a.power_modes.empty()) return nullptr;
    if (!name.empty())
        if (const PowerMode* m = a.mode(name)) return m;
    if (const PowerMode* m = a.mode("MAXN")) return m;
    // No MAXN (e.g. a module whose uncapped mode is MAXN_SUPER): the fastest mode, the
    // higher-power one on a tie.
    return &*std::max_element(a.power_modes.begin(), a.power_modes.end(), [](const PowerMode& x, const PowerMode& y) {
        return x.compute_scale != y.compute_scale ? x.compute_scale < y.compute_scale : x.power_W < y.power_W;
    });
}

} // namespace

Precision compute_precision(const AcceleratorSpec& a, Precision precision, Precision weights) {
    if (precision != Precision::INT4 || weights != Precision::INT4) return precision;
    // Weight-only INT4 runs its matmuls on 16-bit activations (W4A16) where the
    // accelerator publishes a 16-bit peak, else on its 8-bit tensor cores (W4A8).
    return a.peak(Precision::FP16) || a.peak(Precision::BF16) ? Precision::FP16 : Precision::INT4;
}

std::optional<std::string> missing_peak(const AcceleratorSpec& a, Precision compute) {
    std::string note;
    if (peak_for(a, compute, note) > 0) return std::nullopt;
    return note;
}

ServingHardware hardware_from_catalog(const AcceleratorSpec& a, const FabricSpec* fabric, double count, int per_node, Precision compute,
                                      const std::string& power_mode) {
    ServingHardware h;
    h.accelerator_id = a.info.id;
    h.category = a.category;
    h.peak_tflops = peak_for(a, compute, h.peak_note);
    const bool eight_bit =
        compute == Precision::FP8 || compute == Precision::INT8 || compute == Precision::FP4 || compute == Precision::INT4;
    h.compute_reach = training::reach_relative_to_hopper(a.generation, eight_bit, training::default_calibration());
    if (h.compute_reach != 1)
        h.notes.push_back("matmul fractions scaled by " + a.info.id + "'s measured GEMM reach relative to H100's (CALIBRATION.md)");
    if (!h.peak_note.empty()) h.notes.push_back(h.peak_note);
    std::string n8;
    h.peak_int8_tops = peak_for(a, Precision::INT8, n8);
    h.mem_GB = a.mem_GB.value_or(0);
    h.mem_bw_GBps = a.mem_bw_GBps.value_or(0);
    h.power_per_gpu_W = a.tdp_W.value_or(0);
    h.dla_int8_tops = a.dla_int8_tops.value_or(0);
    if (const PowerMode* m = pick_mode(a, power_mode)) {
        h.power_mode = m->name;
        h.peak_tflops *= m->compute_scale;
        h.peak_int8_tops *= m->compute_scale;
        if (m->mem_bw_GBps) h.mem_bw_GBps = *m->mem_bw_GBps;
        h.power_per_gpu_W = m->power_W;
        if (!power_mode.empty() && m->name != power_mode)
            h.notes.push_back("power mode '" + power_mode + "' unknown for " + a.info.id + ": " + m->name + " used");
    }
    h.gpus = std::max(1.0, count);
    h.per_node = std::max(1, per_node);
    if (fabric && per_node > 1) {
        h.scale_up_id = fabric->info.id;
        h.scale_up_GBps = fabric->per_accel_GBps_per_dir;
    }
    return h;
}

ServingModel serving_model_of(const ModelShape& s, const ServingCalibration& cal) {
    ServingModel m;
    m.name = s.name;
    m.arch = s.arch;
    m.llm = s.arch == "decoder" || s.arch == "moe-decoder";
    m.params = s.params;
    m.active_params = s.active_params.value_or(s.params);
    m.layers = s.layers.value_or(0);
    m.hidden = s.hidden.value_or(0);
    m.heads = s.heads.value_or(m.hidden > 0 ? std::max(1, m.hidden / cal.default_head_dim) : 0);
    if (!s.heads && m.hidden > 0) m.defaults.push_back("heads not given: hidden / " + std::to_string(cal.default_head_dim) + " assumed");
    m.kv_heads = s.kv_heads.value_or(m.heads);
    if (!s.kv_heads && m.llm) m.defaults.push_back("kv_heads not given: multi-head attention (kv_heads = heads) assumed");
    m.vocab = s.vocab.value_or(0);
    m.seq_len = s.seq_len.value_or(0);
    m.experts = s.experts.value_or(1);
    m.experts_active = s.experts_active.value_or(1);
    m.gflops_per_sample = s.gflops_per_sample.value_or(0);
    m.head_dim = s.head_dim.value_or(0);
    m.kv_lora_rank = s.kv_lora_rank.value_or(0);
    return m;
}

std::optional<ServingSetup> serving_setup(const Design& d, const Catalog& cat, std::string* error, const ServingCalibration& cal) {
    return serving_setup(d, cat, resolve_cluster(d, cat), error, cal);
}

std::optional<ServingSetup> serving_setup(const Design& d, const Catalog& cat, const ClusterView& v, std::string* error,
                                          const ServingCalibration& cal) {
    auto fail = [&](const std::string& e) -> std::optional<ServingSetup> {
        if (error) *error = e;
        return std::nullopt;
    };
    const auto* w = std::get_if<ServingWorkload>(&d.workload.spec);
    if (!w) return fail("the design has no inference workload");
    const ModelShape* shape = resolve_model(w->model);
    if (!shape) return fail("unknown model '" + w->model.library_id + "'");
    if (!v.accelerator || v.accelerators <= 0) return fail("no accelerators are drawn");

    ServingSetup s;
    s.model = serving_model_of(*shape, cal);
    ServingRequest& q = s.req;
    q.precision = w->precision;
    q.weights_precision = w->weights_precision.value_or(w->precision);
    const bool kv_ok = w->precision == Precision::FP8 || w->precision == Precision::INT8 || w->precision == Precision::FP16 ||
                       w->precision == Precision::BF16;
    q.kv_precision = w->kv_precision.value_or(kv_ok ? w->precision : Precision::FP16);
    q.input_tokens = std::max(1.0, w->input_tokens);
    q.output_tokens = std::max(1.0, w->output_tokens);
    q.rate_per_s = w->request_rate_per_s;
    q.concurrency = w->concurrency;
    q.scenario = w->request_rate_per_s ? Scenario::Server : w->concurrency ? Scenario::Concurrency : Scenario::Offline;
    q.ttft_p99_target_ms = w->ttft_p99_target_ms;
    q.tpot_target_ms = w->tpot_target_ms;
    q.latency_p99_target_ms = w->latency_p99_target_ms;
    q.end_to_end = w->pipeline != "kernel";
    q.assumptions = d.workload.assumptions;

    std::string mode;
    for (const auto& c : d.components)
        if (c.id == v.node_component && c.power_mode) mode = *c.power_mode;
    s.hw = hardware_from_catalog(*v.accelerator, cat.fabric(v.scale_up_id), v.accelerators, v.per_node,
                                 compute_precision(*v.accelerator, w->precision, q.weights_precision), mode);
    s.hw.node_component = v.node_component;
    s.hw.fabric_component = v.node_component;
    s.hw.scale_up_GBps = v.per_node > 1 ? v.scale_up_GBps : 0;
    if (v.node) {
        s.hw.host_cpu_cores = v.node->cpu_cores;
        if (v.node->info.price_usd && v.node->accelerator_count > 0) {
            const double capex = *v.node->info.price_usd / v.node->accelerator_count;
            s.hw.price_per_gpu_hour_usd = capex / (cal.capex_amortisation_years * 8760.0) +
                                          s.hw.power_per_gpu_W / 1000.0 * q.assumptions.pue * q.assumptions.price_per_kWh_usd;
        }
    }
    if (!s.hw.price_per_gpu_hour_usd && v.accelerator->info.price_usd)
        s.hw.price_per_gpu_hour_usd = *v.accelerator->info.price_usd / (cal.capex_amortisation_years * 8760.0) +
                                      s.hw.power_per_gpu_W / 1000.0 * q.assumptions.pue * q.assumptions.price_per_kWh_usd;
    s.hw.notes.insert(s.hw.notes.end(), v.notes.begin(), v.notes.end());

    // Tensor parallelism: the workload's, else the smallest power of two inside the
    // scale-up domain that leaves KV room for a useful batch (≥ tp_choice_min_batch sequences).
    if (w->tp) q.tp = *w->tp;
    else if (s.model.llm) {
        q.tp = 1;
        q.tp_fixed = false;
        for (int tp = 1; tp <= std::max(1, v.domain); tp *= 2) {
            q.tp = tp;
            ServingSetup t = s;
            t.req.tp = tp;
            const LlmModel m(t, cal);
            if (m.max_batch(q.input_tokens + q.output_tokens) >= cal.tp_choice_min_batch) break;
        }
        s.hw.notes.push_back("tp not given: " + std::to_string(q.tp) + " chosen (smallest that leaves KV room for " +
                             std::to_string(cal.tp_choice_min_batch) + " sequences)");
    }
    return s;
}

ServingResult evaluate_serving(const Design& d, const Catalog& cat, const EvaluateOptions& opt) {
    std::string err;
    const auto s = serving_setup(d, cat, &err, opt.calibration ? *opt.calibration : default_serving_calibration());
    if (!s) {
        ServingResult r;
        r.error = err;
        return r;
    }
    return evaluate_setup(*s, opt);
}

} // namespace cc::engine::inference
