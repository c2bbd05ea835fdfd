#include "engine/inference/serving_engine.h"

#include "engine/inference/llm_model.h"
#include "engine/inference/queueing.h"
#include "engine/inference/vision_model.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <sstream>

namespace cc::engine::inference {

const char* to_string(Resource r) {
    switch (r) {
    case Resource::Compute: return "compute";
    case Resource::MemoryBandwidth: return "memory bandwidth";
    case Resource::KvCapacity: return "KV-cache capacity";
    case Resource::MemoryCapacity: return "memory capacity";
    case Resource::ScaleUp: return "scale-up fabric";
    case Resource::HostCpu: return "host CPU";
    case Resource::Decode: return "video decode";
    case Resource::Uplink: return "uplink";
    case Resource::WanLatency: return "WAN latency";
    case Resource::Queueing: return "queueing";
    }
    return "?";
}

const char* to_string(Scenario s) {
    switch (s) {
    case Scenario::Offline: return "offline";
    case Scenario::Server: return "server";
    case Scenario::SingleStream: return "single_stream";
    case Scenario::MultiStream: return "multi_stream";
    case Scenario::Concurrency: return "concurrency";
    }
    return "?";
}

namespace {

// Human-sized numbers for sentences: 2048, 75.3, 0.221.
std::string fmt(double v) {
    char buf[64]; // literal-ok: buffer size
    const double a = std::abs(v);
    const bool whole = std::abs(v - std::round(v)) < 1e-9;
    std::snprintf(buf, sizeof buf, a >= 100 || whole ? "%.0f" : a >= 10 ? "%.1f" : "%.3g", v); // literal-ok: digits shown
    return buf;
}

// Per-GPU-hour price: the workload's, else capex over the amortisation years plus energy.
std::optional<double> gpu_hour_price(const ServingSetup& s, double hw_price_usd, const ServingCalibration& cal) {
    const Assumptions& a = s.req.assumptions;
    if (a.price_per_gpu_hour_usd) return a.price_per_gpu_hour_usd;
    if (s.hw.price_per_gpu_hour_usd) return s.hw.price_per_gpu_hour_usd;
    if (hw_price_usd <= 0) return std::nullopt;
    return hw_price_usd / (cal.capex_amortisation_years * 8760.0) + s.hw.power_per_gpu_W / 1000.0 * a.pue * a.price_per_kWh_usd;
}

void economics(const ServingSetup& s, const ServingCalibration& cal, ServingResult& r, double tokens_per_s) {
    r.power_W = s.hw.power_per_gpu_W * s.hw.gpus;
    if (tokens_per_s > 0) {
        r.energy_per_1000_tokens_Wh = r.power_W * s.req.assumptions.pue / tokens_per_s * 1000.0 / 3600.0;
        if (auto p = gpu_hour_price(s, 0, cal)) r.cost_per_million_tokens_usd = *p * s.hw.gpus / (tokens_per_s * 3600.0) * 1e6;
    }
}

Percentiles scaled(double mean, double cv) {
    Percentiles p;
    p.mean = mean;
    p.p50 = mean * lognormal_quantile_ratio(cv, 0.5);
    p.p90 = mean * lognormal_quantile_ratio(cv, kQuantileP90);
    p.p99 = mean * lognormal_quantile_ratio(cv, kQuantileP99);
    return p;
}

void evaluate_llm(const ServingSetup& s, const ServingCalibration& cal, ServingResult& r) {
    const LlmModel m(s, cal);
    const ServingRequest& q = s.req;
    const double in = std::max(1.0, q.input_tokens), out = std::max(1.0, q.output_tokens);
    r.tp = std::max(1, q.tp);
    r.replicas = std::floor(s.hw.gpus / r.tp);
    if (r.replicas < 1) {
        r.error = "tensor parallel " + std::to_string(r.tp) + " needs more accelerators than the " + fmt(s.hw.gpus) + " drawn";
        return;
    }
    r.weights_GB_per_gpu = m.weight_bytes_per_gpu() / 1e9;
    r.kv_GB_per_seq = m.kv_bytes_per_token() * (in + out) / 1e9;
    // Paged KV: a running sequence holds on average its prompt + half its output.
    r.kv_max_batch = m.max_batch(in + out / 2);
    if (r.kv_max_batch < 1) {
        r.error = "the model's weights (" + fmt(r.weights_GB_per_gpu) + " GB per accelerator at tp " + std::to_string(r.tp) +
                  ") leave no room for the KV cache in " + fmt(s.hw.mem_GB) + " GB";
        r.bottleneck = {Resource::MemoryCapacity, s.hw.node_component, r.error};
        return;
    }
    const double e2e_o = q.end_to_end ? cal.e2e_overhead_s : 0.0;
    const double cap = q.batch ? std::min<double>(*q.batch, r.kv_max_batch) : r.kv_max_batch;
    if (q.batch && *q.batch > r.kv_max_batch)
        r.notes.push_back("batch " + std::to_string(*q.batch) + " exceeds the KV cache (" + std::to_string(r.kv_max_batch) +
                          " sequences per replica): capped");
    r.capacity_requests_per_s = m.replica_rate(cap) * r.replicas;
    const double pre = m.prefill(in, in).total_s;
    r.prefill_s = pre;
    const double cv = cal.length_cv;
    bool kv_bound = false;
    double B = cap, rate_rep = 0;

    if (q.scenario == Scenario::SingleStream) {
        B = 1;
        const double tpot = m.decode_step(1, in + out / 2).total_s + e2e_o;
        const double ttft = pre + e2e_o;
        r.decode_step_s = tpot - e2e_o;
        r.ttft_ms = {ttft * 1e3, ttft * 1e3, ttft * 1e3, ttft * 1e3};
        r.tpot_ms = {tpot * 1e3, tpot * 1e3, tpot * 1e3, tpot * 1e3 * (1 + cal.tpot_jitter)};
        r.e2e_ms = scaled((ttft + (out - 1) * tpot) * 1e3, cv);
        r.output_tokens_per_s = r.replicas / tpot; // generation rate of each stream
        r.requests_per_s = r.replicas / (ttft + (out - 1) * tpot);
        r.batch = 1;
        r.utilisation = 0;
        r.notes.push_back("single stream: output tokens/s is the decode rate (1 / TPOT) per replica × replicas");
    } else {
        double conc_rep = 0;
        if (q.scenario == Scenario::Concurrency && q.concurrency) {
            conc_rep = static_cast<double>(*q.concurrency) / r.replicas;
            B = std::min(cap, conc_rep);
            kv_bound = conc_rep > cap && !q.batch;
            // Closed loop: each client also waits for the serving stack on every token.
            rate_rep = B / (m.cycle_s(B) + e2e_o * out);
        } else if (q.scenario == Scenario::Server) {
            if (q.rate_per_s) {
                rate_rep = *q.rate_per_s / r.replicas;
                B = m.batch_for_rate(rate_rep, cap);
            } else {
                // Largest running batch whose TPOT (with margin) meets the bound.
                const double bound_s = (q.latency_bound_ms ? *q.latency_bound_ms : q.tpot_target_ms.value_or(1e9)) / 1e3;
                const double target = std::max(1e-6, bound_s / cal.server_tpot_margin - e2e_o);
                if (m.tpot_s(cap) <= target) B = cap;
                else {
                    double lo = 1, hi = cap;
                    for (int i = 0; i < 50; ++i) { // literal-ok: bisection steps (2^-50 of the range)
                        const double mid = 0.5 * (lo + hi);
                        (m.tpot_s(mid) <= target ? lo : hi) = mid;
                    }
                    B = lo;
                }
                rate_rep = m.replica_rate(B);
                r.notes.push_back("server: load set to the largest that keeps TPOT within the bound");
            }
            kv_bound = B >= cap - 1e-9 && !q.batch;
        } else { // offline / multi-stream: full batch
            B = cap;
            rate_rep = m.replica_rate(B);
            kv_bound = !q.batch || *q.batch > r.kv_max_batch;
        }
        const double cap_rate = m.replica_rate(cap);
        r.utilisation = cap_rate > 0 ? rate_rep / cap_rate : 1;
        if (r.utilisation > 1.0 + 1e-9) {
            r.overloaded = true;
            r.notes.push_back("offered load " + fmt(rate_rep * r.replicas) + " req/s exceeds capacity " + fmt(cap_rate * r.replicas) +
                              " req/s: queues grow without bound (latency shown at " + fmt(kMaxUtilisation * 100) + " % load)");
        }
        const double served_rep = std::min(rate_rep, cap_rate);
        const double tpot = m.tpot_s(std::max(1.0, B)) + e2e_o;
        r.decode_step_s = m.decode_step(std::max(1.0, B), in + out / 2).total_s;
        // TTFT: wait for the running step, own prefill (stretched to a step when
        // it rides with decode), prefill queue (M/G/1) and admission (M/M/c on KV slots).
        const double others = q.scenario == Scenario::Concurrency && conc_rep > 0 ? (conc_rep - 1) / conc_rep : 1.0;
        // Prefill GPU share: prompts are batched into shared passes, so the
        // marginal prefill time per request is the batched one; the wait is M/G/1.
        const double pre_marginal = m.prefill(std::max(1.0, B) * in, in).total_s / std::max(1.0, B);
        const double rho_p = std::min(kMaxUtilisation, served_rep * pre_marginal * others);
        const double svc_step = std::min(tpot - e2e_o, std::max(pre, tpot - e2e_o));
        const double base = std::max(pre, svc_step);
        // Other sequences running (the batch rounds to two or more): on average half a step is left.
        const double resid = std::round(B) >= 2 ? 0.5 * (tpot - e2e_o) : 0.0;
        double ttft = resid + base + mg1_mean_wait(rho_p, pre, cv) + e2e_o;
        auto ttft_q = [&](double qq) {
            return 2 * resid + std::max(pre * lognormal_quantile_ratio(cv, qq), svc_step) + mg1_wait_quantile(rho_p, pre, cv, qq) + e2e_o;
        };
        double t50 = ttft_q(0.5), t90 = ttft_q(kQuantileP90), t99 = ttft_q(kQuantileP99);
        if (q.scenario == Scenario::Server && q.rate_per_s && !q.batch) {
            // Open loop at a given rate, waiting for a KV slot: M/G/c (Allen–Cunneen), c = the
            // sequences the KV cache holds, each held for a whole request (the spread of
            // request lengths is the spread of service times).
            const double rho_slot = std::min(kMaxUtilisation, r.utilisation);
            const double service = ttft + out * tpot;
            ttft += mgc_mean_wait(rho_slot, cap, service, cv);
            t50 += mgc_wait_quantile(rho_slot, cap, service, cv, 0.5);
            t90 += mgc_wait_quantile(rho_slot, cap, service, cv, kQuantileP90);
            t99 += mgc_wait_quantile(rho_slot, cap, service, cv, kQuantileP99);
        }
        if (q.scenario == Scenario::Concurrency && conc_rep > B) {
            // Closed loop past the KV knee: clients wait for a free sequence slot (Little's law).
            const double cycle = conc_rep / std::max(1e-12, rate_rep);
            const double wait = std::max(0.0, cycle - (ttft + out * tpot));
            ttft += wait;
            t50 += wait;
            t90 += wait;
            t99 += wait;
        }
        t50 = std::min(t50, ttft);
        t90 = std::max(t90, t50);
        t99 = std::max(t99, t90);
        r.ttft_ms = {ttft * 1e3, t50 * 1e3, t90 * 1e3, t99 * 1e3};
        r.tpot_ms = {tpot * 1e3, tpot * 1e3, tpot * 1e3 * (1 + cal.tpot_p90_jitter_share * cal.tpot_jitter),
                     tpot * 1e3 * (1 + cal.tpot_jitter)};
        const double e2e = ttft + (out - 1) * tpot;
        r.e2e_ms.mean = e2e * 1e3;
        r.e2e_ms.p50 = (t50 + (out * lognormal_quantile_ratio(cv, 0.5) - 1) * tpot) * 1e3;
        r.e2e_ms.p90 = (ttft + (out * lognormal_quantile_ratio(cv, kQuantileP90) - 1) * tpot) * 1e3;
        r.e2e_ms.p99 = (ttft + (out * lognormal_quantile_ratio(cv, kQuantileP99) - 1) * tpot) * 1e3;
        r.e2e_ms.p50 = std::max(0.0, std::min(r.e2e_ms.p50, r.e2e_ms.p90));
        r.batch = B;
        r.requests_per_s = served_rep * r.replicas;
        r.output_tokens_per_s = r.requests_per_s * out;
    }

    // Bottleneck: the largest part of the time a request spends.
    const StepParts d = m.decode_step(std::max(1.0, B), in + out / 2);
    const double prefill_share = m.prefill(std::max(1.0, B) * in, in).total_s / m.cycle_s(std::max(1.0, B));
    Bottleneck& b = r.bottleneck;
    b.component = s.hw.node_component;
    if (r.overloaded) {
        b.resource = Resource::Queueing;
        b.detail = "offered load exceeds what " + fmt(r.replicas) + " replica(s) serve: requests queue";
    } else if (kv_bound && q.scenario != Scenario::SingleStream) {
        b.resource = Resource::KvCapacity;
        b.detail = "the KV cache holds " + std::to_string(r.kv_max_batch) + " sequences of " + fmt(in + out) +
                   " tokens per replica; a larger batch does not fit";
    } else if (d.comm_s > std::max(d.memory_s, d.compute_s)) {
        b.resource = Resource::ScaleUp;
        b.component = s.hw.fabric_component.empty() ? s.hw.node_component : s.hw.fabric_component;
        b.detail = "tensor-parallel all-reduces over " + s.hw.scale_up_id + " take longer than the decode math";
    } else if (prefill_share > 0.5 || (q.scenario == Scenario::SingleStream && out <= 1)) {
        b.resource = Resource::Compute;
        b.detail = "prefill (" + fmt(in) + " prompt tokens per request) is compute bound and takes most of the time";
    } else if (d.memory_s >= d.compute_s) {
        b.resource = Resource::MemoryBandwidth;
        b.detail = "each decode step streams " +
                   fmt((m.weight_bytes_per_gpu() + std::max(1.0, B) * (in + out / 2) * m.kv_bytes_per_token() / r.tp) / 1e9) +
                   " GB of weights + KV per accelerator";
    } else {
        b.resource = Resource::Compute;
        b.detail = "decode at batch " + fmt(B) + " is compute bound";
    }
    economics(s, cal, r, r.output_tokens_per_s);
    r.ok = true;
}

void evaluate_vision(const ServingSetup& s, const ServingCalibration& cal, ServingResult& r) {
    const VisionModel v(s, cal);
    const ServingRequest& q = s.req;
    r.llm = false;
    if (q.end_to_end && !s.hw.host_cpu_cores)
        r.notes.push_back("host CPU cores not published for this node: " + std::to_string(cal.host_cpu_cores_default) +
                          " assumed for pre/post-processing");
    r.tp = 1;
    r.replicas = s.hw.gpus;
    const double big_batch = q.batch ? *q.batch : cal.vision_offline_batch;
    const double per_gpu = v.throughput_per_gpu(big_batch);
    const double capacity = per_gpu * s.hw.gpus;
    r.capacity_requests_per_s = capacity;
    const double t1 = v.batch_s(1);
    auto jitter = [&](double mean) { return Percentiles{mean, mean, mean * cal.vision_p90_factor, mean * cal.vision_p99_factor}; };
    switch (q.scenario) {
    case Scenario::SingleStream:
        r.latency_ms = jitter(t1 * 1e3);
        r.samples_per_s = 1.0 / t1;
        r.utilisation = 0;
        break;
    case Scenario::Offline:
    case Scenario::MultiStream:
        r.samples_per_s = capacity;
        r.latency_ms = jitter(v.batch_s(big_batch) * 1e3);
        r.utilisation = 1;
        break;
    case Scenario::Server:
    case Scenario::Concurrency: {
        if (!q.rate_per_s && q.latency_bound_ms) {
            // MLPerf-style server: the runtime batches up to a timeout inside the bound.
            r.samples_per_s = capacity * cal.server_throughput_frac;
            r.latency_ms = {*q.latency_bound_ms * cal.server_latency_frac, *q.latency_bound_ms * cal.server_latency_frac,
                            *q.latency_bound_ms * 0.5 * (cal.server_latency_frac + cal.server_latency_p99_frac),
                            *q.latency_bound_ms * cal.server_latency_p99_frac};
            r.utilisation = cal.server_throughput_frac;
            break;
        }
        // Open loop at a rate: the runtime forms batches as large as the load needs
        // (b = λ·t(b)), and the batch queue is M/G/1 on the batch time.
        const double rate = q.rate_per_s ? *q.rate_per_s : cal.vision_default_load_frac * capacity;
        const double lam = rate / s.hw.gpus;
        r.utilisation = std::min(cal.utilisation_report_cap, lam / per_gpu);
        const double rho = std::min(kMaxUtilisation, r.utilisation);
        if (r.utilisation > 1) {
            r.overloaded = true;
            r.notes.push_back("offered " + fmt(rate) + " samples/s exceeds capacity " + fmt(capacity) + " samples/s");
        }
        const double fixed = v.batch_s(1) - v.sample_s();
        const double b = std::max(1.0, lam * fixed / std::max(1e-9, 1 - rho));
        const double tb = v.batch_s(b);
        // Mean: half a batch forming + the batch itself + the queue; tails: a whole batch forming.
        const double mean = (1 + 0.5) * tb + mg1_mean_wait(rho, tb, cal.vision_batch_cv);
        r.latency_ms = {mean * 1e3, (tb + 0.5 * tb + mg1_wait_quantile(rho, tb, cal.vision_batch_cv, 0.5)) * 1e3,
                        (2 * tb + mg1_wait_quantile(rho, tb, cal.vision_batch_cv, kQuantileP90)) * 1e3,
                        (2 * tb + mg1_wait_quantile(rho, tb, cal.vision_batch_cv, kQuantileP99)) * 1e3};
        r.latency_ms.p50 = std::min(r.latency_ms.p50, r.latency_ms.mean);
        r.samples_per_s = std::min(rate, capacity);
        r.batch = b;
        break;
    }
    }
    r.requests_per_s = r.samples_per_s;
    Bottleneck& bn = r.bottleneck;
    bn.component = s.hw.node_component;
    const double gpu_rate = big_batch / (v.batch_s(big_batch) - (q.end_to_end ? cal.host_cpu_ms_per_frame / 1000 : 0));
    if (r.overloaded) {
        bn.resource = Resource::Queueing;
        bn.detail = "offered load exceeds capacity: requests queue";
    } else if (v.host_cpu_samples_per_s() > 0 && v.host_cpu_samples_per_s() < gpu_rate + v.dla_samples_per_s()) {
        bn.resource = Resource::HostCpu;
        bn.detail = "pre/post-processing on the host CPU (" + fmt(cal.host_cpu_ms_per_frame) + " ms per frame per core) caps " +
                    fmt(v.host_cpu_samples_per_s()) + " samples/s per accelerator";
    } else {
        bn.resource = Resource::Compute;
        bn.detail = fmt(v.flops_per_sample() / 1e9) + " GFLOP per sample at " + fmt(v.efficiency() * 100) + " % of the " +
                    fmt(s.hw.peak_tflops) + " TFLOP/s peak";
    }
    r.power_W = s.hw.power_per_gpu_W * s.hw.gpus;
    r.ok = true;
}

} // namespace

ServingResult evaluate_setup(const ServingSetup& s, const EvaluateOptions& opt) {
    const ServingCalibration& cal = opt.calibration ? *opt.calibration : default_serving_calibration();
    ServingResult r;
    r.scenario = s.req.scenario;
    r.llm = s.model.llm;
    r.notes = s.hw.notes;
    r.notes.insert(r.notes.end(), s.model.defaults.begin(), s.model.defaults.end());
    if (s.hw.peak_tflops <= 0 || s.hw.mem_bw_GBps <= 0) {
        r.error = s.hw.peak_tflops <= 0 && !s.hw.peak_note.empty()
                      ? s.hw.peak_note
                      : "accelerator " + s.hw.accelerator_id + " has no published memory bandwidth (catalog mem_bw_GBps is unset)";
        return r;
    }
    if (s.model.llm) {
        if (s.model.layers <= 0 || s.model.hidden <= 0) {
            r.error = "an LLM needs layers and hidden size";
            return r;
        }
        evaluate_llm(s, cal, r);
    } else {
        evaluate_vision(s, cal, r);
    }
    if (r.ok && opt.explain) r.explanation = explain_serving(s, r, cal);
    return r;
}

namespace {
SloSizing size_at_tp(const ServingSetup& s, double rate, std::optional<double> ttft_p99_ms, std::optional<double> tpot_ms,
                     const ServingCalibration* cal);
} // namespace

// When the engine chose tp, every power of two inside a node is tried and the
// fewest GPUs win (a larger tp shortens prefill and decode, at the cost of GPUs).
SloSizing size_for_slo(const ServingSetup& s, double rate, std::optional<double> ttft_p99_ms, std::optional<double> tpot_ms,
                       const ServingCalibration* cal) {
    if (s.req.tp_fixed || !s.model.llm) return size_at_tp(s, rate, ttft_p99_ms, tpot_ms, cal);
    SloSizing best;
    for (int tp = 1; tp <= std::max(1, s.hw.per_node); tp *= 2) {
        ServingSetup t = s;
        t.req.tp = tp;
        const SloSizing z = size_at_tp(t, rate, ttft_p99_ms, tpot_ms, cal);
        if (z.feasible && (!best.feasible || z.gpus < best.gpus)) best = z;
        else if (!best.feasible && best.reason.empty()) best = z;
    }
    return best;
}

namespace {
SloSizing size_at_tp(const ServingSetup& s, double rate, std::optional<double> ttft_p99_ms, std::optional<double> tpot_ms,
                     const ServingCalibration* cal) {
    SloSizing z;
    EvaluateOptions opt;
    opt.calibration = cal;
    opt.explain = false;
    const int tp = s.model.llm ? std::max(1, s.req.tp) : 1;
    auto run = [&](double replicas) {
        ServingSetup t = s;
        t.hw.gpus = replicas * tp;
        t.req.scenario = Scenario::Server;
        t.req.rate_per_s = rate;
        t.req.latency_bound_ms.reset();
        return evaluate_setup(t, opt);
    };
    auto meets = [&](const ServingResult& r) {
        if (!r.ok || r.overloaded) return false;
        const double ttft = r.llm ? r.ttft_ms.p99 : r.latency_ms.p99;
        if (ttft_p99_ms && ttft > *ttft_p99_ms) return false;
        if (tpot_ms && r.llm && r.tpot_ms.mean > *tpot_ms) return false;
        return true;
    };
    // Lower bound: enough replicas for the raw capacity; then exponential + binary search.
    const ServingResult one = run(1);
    if (!one.ok) {
        z.reason = one.error;
        return z;
    }
    if (tpot_ms && one.llm) {
        ServingSetup t = s;
        t.hw.gpus = tp;
        t.req.scenario = Scenario::SingleStream;
        const ServingResult idle = evaluate_setup(t, opt);
        if (idle.ok && idle.tpot_ms.mean > *tpot_ms) {
            z.reason = "TPOT at batch 1 is " + fmt(idle.tpot_ms.mean) + " ms, above the " + fmt(*tpot_ms) +
                       " ms target: more replicas cannot help (raise tp or use faster memory)";
            z.bottleneck = idle.bottleneck;
            return z;
        }
    }
    double lo = std::max(1.0, std::floor(rate / std::max(1e-12, one.capacity_requests_per_s)));
    if (meets(run(lo))) {
        if (lo > 1) { // capacity bound was already enough; search down is unnecessary
        }
    }
    double hi = lo;
    ServingResult rh = run(hi);
    int guard = 0;
    while (!meets(rh) && guard++ < 40) { // literal-ok: doublings (2^40 replicas)
        lo = hi;
        hi *= 2;
        rh = run(hi);
    }
    if (!meets(rh)) {
        z.reason = "no replica count up to " + fmt(hi) + " meets the targets";
        z.bottleneck = rh.bottleneck;
        return z;
    }
    if (lo < hi && !meets(run(lo))) {
        while (hi - lo > 1) {
            const double mid = std::floor(0.5 * (lo + hi));
            (meets(run(mid)) ? hi : lo) = mid;
        }
    } else {
        hi = lo;
    }
    const ServingResult best = run(hi);
    z.feasible = true;
    z.replicas = hi;
    z.gpus = hi * tp;
    z.ttft_p99_ms = best.llm ? best.ttft_ms.p99 : best.latency_ms.p99;
    z.tpot_ms = best.tpot_ms.mean;
    z.e2e_p99_ms = best.llm ? best.e2e_ms.p99 : best.latency_ms.p99;
    z.utilisation = best.utilisation;
    z.bottleneck = best.bottleneck;
    z.reason = fmt(hi) + " replica(s) of tp " + std::to_string(tp) + " serve " + fmt(rate) + " req/s at " + fmt(best.utilisation * 100) +
               " % load; binding: " + to_string(best.bottleneck.resource);
    z.tp = tp;
    return z;
}
} // namespace

} // namespace cc::engine::inference
