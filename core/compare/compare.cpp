// Headline metrics per workload kind, chosen to match the studio's score cards.
#include "compare/compare.h"

#include "engine/edge/edge_engine.h"
#include "engine/inference/serving_engine.h"
#include "engine/training/training_engine.h"
#include "model/scenarios.h"
#include "report/bom.h"
#include "util/diagnostic.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace cc::compare {
namespace {

namespace tr = engine::training;
namespace inf = engine::inference;

Metric m(std::string key, std::string label, std::string unit, Better better, std::optional<double> value) {
    if (value && !std::isfinite(*value)) value.reset();
    return Metric{std::move(key), std::move(label), std::move(unit), better, value};
}

void add_training(const Design& d, const Catalog& cat, ScenarioScores& s) {
    tr::EvaluateOptions opt;
    opt.explain = false;
    opt.keep = 1;
    const auto e = tr::evaluate_training(d, cat, opt);
    if (!e.ok) {
        s.error = e.error;
        return;
    }
    s.ok = true;
    const auto& r = e.best;
    s.metrics = {
        m("step_time_s", "Step time", "s", Better::Lower, r.step_s),
        m("tokens_per_s", e.job.transformer ? "Throughput (tokens/s)" : "Throughput (samples/s)",
          e.job.transformer ? "tokens/s" : "samples/s", Better::Higher, e.job.transformer ? r.tokens_per_s : r.samples_per_s),
        m("mfu_pct", "MFU", "%", Better::Higher, r.mfu * 100),
        m("memory_per_gpu_GB", "Memory per GPU", "GB", Better::Neither, r.mem.total() / 1e9),
        m("gpus_used", "GPUs used", "GPUs", Better::Neither, r.gpus_used),
        m("time_to_train_s", "Time to train", "s", Better::Lower, e.run.time_s),
        m("cost_to_train_usd", "Cost to train", "USD", Better::Lower,
          e.run.gpu_cost_usd ? std::optional<double>(*e.run.gpu_cost_usd + e.run.energy_cost_usd.value_or(0))
                             : e.run.energy_cost_usd),
        m("energy_to_train_kWh", "Energy to train", "kWh", Better::Lower, e.run.energy_kWh),
    };
    s.bottleneck = e.bottleneck.detail;
}

void add_serving(const Design& d, const Catalog& cat, ScenarioScores& s) {
    inf::EvaluateOptions opt;
    opt.explain = false;
    const auto r = inf::evaluate_serving(d, cat, opt);
    if (!r.ok) {
        s.error = r.error;
        return;
    }
    s.ok = true;
    if (r.llm) {
        s.metrics = {
            m("ttft_p99_ms", "TTFT p99", "ms", Better::Lower, r.ttft_ms.p99),
            m("tpot_ms", "TPOT", "ms", Better::Lower, r.tpot_ms.mean),
            m("e2e_p99_ms", "Latency p99", "ms", Better::Lower, r.e2e_ms.p99),
            m("output_tokens_per_s", "Throughput", "tokens/s", Better::Higher, r.output_tokens_per_s),
            m("capacity_requests_per_s", "Capacity", "requests/s", Better::Higher, r.capacity_requests_per_s),
            m("kv_max_batch", "KV-cache limit", "sequences", Better::Higher, r.kv_max_batch),
        };
    } else {
        s.metrics = {
            m("samples_per_s", "Throughput", "samples/s", Better::Higher, r.samples_per_s),
            m("latency_p99_ms", "Latency p99", "ms", Better::Lower, r.latency_ms.p99),
        };
    }
    s.metrics.push_back(m("utilisation_pct", "Utilisation", "%", Better::Neither, r.utilisation * 100));
    s.metrics.push_back(m("cost_per_million_tokens_usd", "Cost per 1 M tokens", "USD", Better::Lower, r.cost_per_million_tokens_usd));
    s.metrics.push_back(m("power_W", "Power", "W", Better::Lower, r.power_W));
    s.bottleneck = r.bottleneck.detail;
}

void add_edge(const Design& d, const Catalog& cat, ScenarioScores& s) {
    const auto r = engine::edge::evaluate_edge(d, cat);
    if (!r.ok) {
        s.error = r.error;
        return;
    }
    s.ok = true;
    const bool remote = r.placement != Placement::Edge;
    s.metrics = {
        m("streams_per_device", "Streams per device", "streams", Better::Higher, r.streams_per_device),
        m("frame_latency_ms", "Per-frame latency", "ms", Better::Lower, r.frame_latency_ms),
        m("uplink_Mbps", "Uplink needed", "Mb/s", Better::Lower, r.uplink_needed_Mbps),
        m("cloud_latency_p99_ms", "Cloud path p99", "ms", Better::Lower,
          remote ? std::optional<double>(r.cloud_latency_p99_ms) : std::nullopt),
        m("power_per_site_W", "Power per site", "W", Better::Lower, r.power_per_site_W),
        m("fits", "Fits the budget", "yes/no", Better::Higher, r.fits ? 1.0 : 0.0),
    };
    s.bottleneck = r.verdict.empty() ? r.bottleneck.detail : r.verdict;
}

} // namespace

const Metric* ScenarioScores::metric(const std::string& key) const {
    for (const auto& x : metrics)
        if (x.key == key) return &x;
    return nullptr;
}

std::optional<double> delta(const std::optional<double>& base, const std::optional<double>& value) {
    if (!base || !value || *base == 0 || !std::isfinite(*base) || !std::isfinite(*value)) return std::nullopt;
    return (*value - *base) / std::abs(*base);
}

int verdict(const Metric& metric, const std::optional<double>& change) {
    if (!change || std::abs(*change) < 0.005 || metric.better == Better::Neither) return 0;
    const bool up = *change > 0;
    return (up == (metric.better == Better::Higher)) ? 1 : -1;
}

ScenarioScores score_design(const Design& d, const Catalog& cat, const std::string& name) {
    ScenarioScores s;
    s.name = name;
    if (std::holds_alternative<TrainingWorkload>(d.workload.spec)) {
        s.workload = "training";
        add_training(d, cat, s);
    } else if (std::holds_alternative<ServingWorkload>(d.workload.spec)) {
        s.workload = "inference";
        add_serving(d, cat, s);
    } else if (std::holds_alternative<EdgeWorkload>(d.workload.spec)) {
        s.workload = "edge";
        add_edge(d, cat, s);
    } else {
        s.workload = "none";
        s.error = "no workload set";
    }
    const Totals t = bill_of_materials(d, cat).totals;
    const std::vector<Metric> design{
        m("accelerators", "Accelerators", "GPUs", Better::Neither, t.accelerators),
        m("power_nominal_W", "Power (nominal)", "W", Better::Lower, t.power_nominal_W),
        m("capex_usd", "List price", "USD", Better::Lower,
          t.lines_without_price == 0 ? std::optional<double>(t.capex_usd) : std::nullopt), // partial sums would mislead
    };
    s.metrics.insert(s.metrics.begin(), design.begin(), design.end());
    return s;
}

std::optional<Change> change(const Metric& metric, const Metric* base) {
    if (!base || &metric == base || metric.unit == "yes/no") return std::nullopt;
    const auto d = delta(base->value, metric.value);
    if (!d || std::abs(*d) < 0.0005) return std::nullopt;
    return Change{*d, verdict(metric, d)};
}

std::vector<const Metric*> rows(const Comparison& c) {
    std::vector<const Metric*> out;
    for (const auto& s : c.scenarios)
        for (const auto& metric : s.metrics)
            if (std::none_of(out.begin(), out.end(), [&](const Metric* r) { return r->key == metric.key; })) out.push_back(&metric);
    return out;
}

Comparison compare(const Design& d, const Catalog& cat, const std::string& baseline) {
    Comparison c;
    const auto names = scenario_names(d);
    for (std::size_t i = 0; i < names.size(); ++i) c.scenarios.push_back(score_design(scenario_design(d, i), cat, names[i]));
    if (!baseline.empty()) {
        std::size_t i = 0;
        while (i < names.size() && names[i] != baseline) ++i;
        if (i == names.size()) throw std::invalid_argument("no scenario named \"" + clip_text(baseline) + "\"");
        c.baseline = i;
    }
    return c;
}

} // namespace cc::compare

#include "util/human_units.h"

#include <cstdio>

namespace cc::compare {

std::string value_text(const Metric& metric) {
    if (!metric.value) return "—";
    const double v = *metric.value;
    if (metric.unit == "s") return human::duration(v);
    if (metric.unit == "USD") return human::money(v);
    if (metric.unit == "kWh") return human::energy_kWh(v);
    if (metric.unit == "%") return human::percent(v / 100);
    if (metric.unit == "yes/no") return v != 0 ? "yes" : "no";
    if (metric.unit == "GB") return human::number(v) + " GB";
    if (metric.unit == "ms") return human::number(v) + " ms";
    if (metric.unit == "W") return human::si(v, "W"); // "1.51 kW", not the count rule below
    if (v == std::floor(v) && std::abs(v) < 1e4) return human::number(v) + " " + metric.unit; // counts: "12 GPUs"
    return human::si(v, metric.unit);
}

std::string delta_text(const std::optional<double>& change) {
    if (!change) return {};
    char buf[32];
    std::snprintf(buf, sizeof buf, "%s%.1f %%", *change >= 0 ? "+" : "−", std::abs(*change) * 100);
    return buf;
}

} // namespace cc::compare
