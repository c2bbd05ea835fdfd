// The serving and edge sections of `evaluate` (owned by the inference engine):
// headline metrics with percentiles, KV capacity, bottleneck with the drawn
// component to blame, SLO sizing; for edge designs streams per device, power
// per site, uplink and WAN latency, the verdict and outage behaviour. Text and
// JSON carry the same numbers.
#include "cli/cli_sections.h"

#include "engine/edge/edge_engine.h"
#include "engine/inference/serving_engine.h"
#include "validation/inference_case.h"

#include <nlohmann/json.hpp>

#include <cstdio>
#include <ostream>

namespace cc::cli {
namespace {

using nlohmann::json;
namespace inf = engine::inference;
namespace edge = engine::edge;

// This file is always linked into the CLI (evaluate calls it), so its static
// initialiser registers the inference case evaluator for `validate` too.
const bool registered = (validation::register_inference_case_evaluator(), true);

std::string num(double v, int decimals = 1) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
    return buf;
}

std::string ms(double v) { return v >= 1000 ? num(v / 1000, 2) + " s" : num(v, v < 10 ? 2 : 1) + " ms"; }

json pct(const inf::Percentiles& p) { return {{"mean", p.mean}, {"p50", p.p50}, {"p90", p.p90}, {"p99", p.p99}}; }

json bottleneck_json(const inf::Bottleneck& b) {
    return {{"resource", inf::to_string(b.resource)}, {"component", b.component}, {"detail", b.detail}};
}

void print_serving(const evaluate::ServingOutcome& so, std::ostream& out) {
    const auto& s = so.setup;
    const inf::ServingResult& r = so.result;
    out << "\nInference\n";
    if (!s || !r.ok) {
        out << "  not evaluated: " << r.error << "\n";
        return;
    }
    out << "  model " << s->model.name << " on " << num(s->hw.gpus, 0) << " × " << s->hw.accelerator_id << " ("
        << inf::to_string(r.scenario) << ")\n";
    if (r.llm) {
        out << "  tp " << r.tp << " × " << num(r.replicas, 0) << " replica(s); weights " << num(r.weights_GB_per_gpu)
            << " GB per GPU; KV cache holds " << r.kv_max_batch << " sequences of " << num(s->req.input_tokens + s->req.output_tokens, 0)
            << " tokens per replica\n";
        out << "  throughput      " << num(r.output_tokens_per_s, 0) << " output tokens/s, " << num(r.requests_per_s, 2)
            << " requests/s (capacity " << num(r.capacity_requests_per_s, 2) << " req/s, load " << num(r.utilisation * 100, 0) << " %)\n";
        out << "  TTFT            mean " << ms(r.ttft_ms.mean) << ", p50 " << ms(r.ttft_ms.p50) << ", p99 " << ms(r.ttft_ms.p99) << "\n";
        out << "  TPOT            mean " << ms(r.tpot_ms.mean) << ", p99 " << ms(r.tpot_ms.p99) << "\n";
        out << "  end-to-end      mean " << ms(r.e2e_ms.mean) << ", p99 " << ms(r.e2e_ms.p99) << "\n";
        out << "  energy          " << num(r.energy_per_1000_tokens_Wh, 2) << " Wh per 1,000 tokens";
        if (r.cost_per_million_tokens_usd) out << "; $" << num(*r.cost_per_million_tokens_usd, 2) << " per million tokens";
        out << "\n";
    } else {
        out << "  throughput      " << num(r.samples_per_s, 0) << " samples/s (capacity " << num(r.capacity_requests_per_s, 0) << ", load "
            << num(r.utilisation * 100, 0) << " %)\n";
        out << "  latency         mean " << ms(r.latency_ms.mean) << ", p99 " << ms(r.latency_ms.p99) << "\n";
    }
    out << "  bottleneck      " << inf::to_string(r.bottleneck.resource) << " (" << r.bottleneck.component << "): " << r.bottleneck.detail
        << "\n";
    auto target = [&](const char* what, double value, const std::optional<double>& goal) {
        if (goal) out << "  target          " << what << " " << ms(value) << (value <= *goal ? " meets " : " misses ") << ms(*goal) << "\n";
    };
    if (r.llm) {
        target("p99 TTFT", r.ttft_ms.p99, s->req.ttft_p99_target_ms);
        target("TPOT", r.tpot_ms.mean, s->req.tpot_target_ms);
        target("p99 end-to-end", r.e2e_ms.p99, s->req.latency_p99_target_ms);
    } else {
        target("p99 latency", r.latency_ms.p99, s->req.latency_p99_target_ms);
    }
    if (const auto& z = so.sizing) {
        if (z->feasible)
            out << "  SLO sizing      " << num(z->gpus, 0) << " GPUs (" << num(z->replicas, 0) << " replicas"
                << (r.llm ? " of tp " + std::to_string(z->tp) : "") << "): p99 " << (r.llm ? "TTFT " : "latency ") << ms(z->ttft_p99_ms)
                << (r.llm ? ", TPOT " + ms(z->tpot_ms) : "") << "\n";
        else out << "  SLO sizing      not reachable: " << z->reason << "\n";
    }
    for (const auto& n : r.notes) out << "  note: " << n << "\n";
}

void print_edge(const edge::EdgeResult& r, std::ostream& out) {
    out << "\nEdge\n";
    if (!r.ok) {
        out << "  not evaluated: " << r.error << "\n";
        return;
    }
    out << "  placement       " << to_string(r.placement) << "; " << num(r.sites, 0) << " site(s), " << num(r.devices, 0) << " device(s) "
        << r.accelerator_id << (r.power_mode.empty() ? "" : " (" + r.power_mode + ")") << ", " << num(r.streams, 0)
        << " camera stream(s)\n";
    out << "  per device      " << num(r.streams_per_device, 1) << " streams sustained (inference " << num(r.streams_by_inference, 1)
        << ", decode " << num(std::min(r.streams_by_decode, 1e6), 1) << ", host CPU " << num(std::min(r.streams_by_cpu, 1e6), 1) << "); "
        << num(r.streams_needed_per_device, 1) << " needed\n";
    out << "  frame latency   " << ms(r.frame_latency_ms) << " at the edge; power " << num(r.power_per_site_W, 0) << " W per site\n";
    if (r.placement != Placement::Edge) {
        out << "  uplink          " << num(r.uplink_needed_Mbps, 1) << " Mb/s needed per site of " << num(r.uplink_capacity_Mbps, 1)
            << " Mb/s (" << r.wan_component << ")\n";
        out << "  cloud path      p50 " << ms(r.cloud_latency_p50_ms) << ", p99 " << ms(r.cloud_latency_p99_ms) << " (WAN RTT p99 "
            << ms(r.wan_rtt_p99_ms.value_or(0)) << " + cloud inference " << ms(r.cloud_inference_ms) << ")\n";
    }
    out << "  bottleneck      " << inf::to_string(r.bottleneck.resource) << " (" << r.bottleneck.component << "): " << r.bottleneck.detail
        << "\n";
    out << "  verdict         " << r.verdict << "\n";
    out << "  outage          " << r.outage << "\n";
    for (const auto& n : r.notes) out << "  note: " << n << "\n";
}

} // namespace

void print_serving_section(const evaluate::Evaluation& ev, std::ostream& out) {
    (void)registered;
    if (ev.serving) print_serving(*ev.serving, out);
    else if (ev.edge) print_edge(ev.edge->result, out);
}

void add_serving_section_json(const evaluate::Evaluation& ev, json& j) {
    if (ev.serving) {
        const auto& s = ev.serving->setup;
        json o;
        if (!s) {
            o = {{"ok", false}, {"error", ev.serving->result.error}};
        } else {
            const inf::ServingResult& r = ev.serving->result;
            o = {{"ok", r.ok},
                 {"error", r.error},
                 {"scenario", inf::to_string(r.scenario)},
                 {"model", s->model.name},
                 {"accelerator", s->hw.accelerator_id},
                 {"accelerators", s->hw.gpus},
                 {"llm", r.llm},
                 {"notes", r.notes}};
            if (r.ok) {
                o["bottleneck"] = bottleneck_json(r.bottleneck);
                o["capacity_requests_per_s"] = r.capacity_requests_per_s;
                o["utilisation"] = r.utilisation;
                o["overloaded"] = r.overloaded;
                if (r.llm) {
                    o["tp"] = r.tp;
                    o["replicas"] = r.replicas;
                    o["kv_max_batch"] = r.kv_max_batch;
                    o["batch"] = r.batch;
                    o["weights_GB_per_gpu"] = r.weights_GB_per_gpu;
                    o["output_tokens_per_s"] = r.output_tokens_per_s;
                    o["requests_per_s"] = r.requests_per_s;
                    o["ttft_ms"] = pct(r.ttft_ms);
                    o["tpot_ms"] = pct(r.tpot_ms);
                    o["e2e_ms"] = pct(r.e2e_ms);
                    o["energy_per_1000_tokens_Wh"] = r.energy_per_1000_tokens_Wh;
                    o["cost_per_million_tokens_usd"] = r.cost_per_million_tokens_usd ? json(*r.cost_per_million_tokens_usd) : json(nullptr);
                } else {
                    o["samples_per_s"] = r.samples_per_s;
                    o["latency_ms"] = pct(r.latency_ms);
                }
                if (const auto& z = ev.serving->sizing)
                    o["slo_sizing"] = {{"feasible", z->feasible},       {"gpus", z->gpus},       {"replicas", z->replicas}, {"tp", z->tp},
                                       {"ttft_p99_ms", z->ttft_p99_ms}, {"tpot_ms", z->tpot_ms}, {"reason", z->reason}};
            }
        }
        j["inference"] = o;
    } else if (ev.edge) {
        const edge::EdgeResult& r = ev.edge->result;
        json o = {{"ok", r.ok}, {"error", r.error}};
        if (r.ok) {
            o.update({{"placement", to_string(r.placement)},
                      {"sites", r.sites},
                      {"devices", r.devices},
                      {"streams", r.streams},
                      {"accelerator", r.accelerator_id},
                      {"power_mode", r.power_mode},
                      {"streams_per_device", r.streams_per_device},
                      {"streams_needed_per_device", r.streams_needed_per_device},
                      {"streams_by",
                       {{"inference", r.streams_by_inference},
                        {"decode", std::min(r.streams_by_decode, 1e9)},
                        {"host_cpu", std::min(r.streams_by_cpu, 1e9)}}},
                      {"frame_latency_ms", r.frame_latency_ms},
                      {"power_per_site_W", r.power_per_site_W},
                      {"uplink_needed_Mbps", r.uplink_needed_Mbps},
                      {"uplink_capacity_Mbps", r.uplink_capacity_Mbps},
                      {"wan_rtt_ms",
                       {{"p50", r.wan_rtt_p50_ms ? json(*r.wan_rtt_p50_ms) : json(nullptr)},
                        {"p99", r.wan_rtt_p99_ms ? json(*r.wan_rtt_p99_ms) : json(nullptr)}}},
                      {"cloud_inference_ms", r.cloud_inference_ms},
                      {"cloud_latency_ms", {{"p50", r.cloud_latency_p50_ms}, {"p99", r.cloud_latency_p99_ms}}},
                      {"fits", r.fits},
                      {"verdict", r.verdict},
                      {"outage", r.outage},
                      {"bottleneck", bottleneck_json(r.bottleneck)},
                      {"notes", r.notes}});
        }
        j["edge"] = o;
    }
}

} // namespace cc::cli
