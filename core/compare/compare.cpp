// Scenario comparison on top of core/evaluate: the same headline metrics as the score cards.
#include "compare/compare.h"

#include "model/scenarios.h"
#include "util/diagnostic.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace cc::compare {

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

Metric metric_of(MetricId id, std::optional<double> value) {
    const auto& def = evaluate::metric_def(id);
    return Metric{id, std::string(def.key), std::string(def.label), std::string(def.unit), def.better, value};
}

ScenarioScores scores_of(const evaluate::Evaluation& e, const std::string& name) {
    ScenarioScores s;
    s.name = name;
    s.workload = evaluate::to_string(e.kind);
    s.ok = e.ok;
    s.error = e.error;
    s.bottleneck = e.bottleneck;
    for (const auto& v : e.metrics) s.metrics.push_back(metric_of(v.id, v.value));
    return s;
}

namespace {
evaluate::Options headline_only() {
    evaluate::Options opt;
    opt.explain = false;
    opt.curves = false;
    opt.rules = false;
    return opt;
}
} // namespace

ScenarioScores score_design(const Design& d, const Catalog& cat, const std::string& name) {
    return scores_of(evaluate::evaluate(d, cat, headline_only()), name);
}

std::vector<evaluate::EvaluationPtr> evaluate_scenarios(const Design& d, const Catalog& cat, const evaluate::Options& opt) {
    std::vector<evaluate::EvaluationPtr> out;
    for (std::size_t i = 0; i < scenario_count(d); ++i) out.push_back(evaluate::evaluate_shared(scenario_design(d, i), cat, opt));
    return out;
}

Comparison comparison_of(const std::vector<std::string>& names, const std::vector<evaluate::EvaluationPtr>& evals,
                         const std::string& baseline) {
    Comparison c;
    for (std::size_t i = 0; i < names.size() && i < evals.size(); ++i) c.scenarios.push_back(scores_of(*evals[i], names[i]));
    if (!baseline.empty()) {
        std::size_t i = 0;
        while (i < names.size() && names[i] != baseline) ++i;
        if (i == names.size()) throw std::invalid_argument("no scenario named \"" + clip_text(baseline) + "\"");
        c.baseline = i;
    }
    return c;
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
    return comparison_of(scenario_names(d), evaluate_scenarios(d, cat, headline_only()), baseline);
}

} // namespace cc::compare

#include "util/human_units.h"

#include <cstdio>

namespace cc::compare {

std::string value_text(const Metric& metric) {
    if (!metric.value) return metric.id == MetricId::ListPrice_usd ? "not priced" : "—";
    const double v = *metric.value;
    if (metric.unit == "s") return human::duration(v);
    if (metric.unit == "USD") return human::money(v);
    if (metric.unit == "kWh") return human::energy_kWh(v);
    if (metric.unit == "%") return human::percent(v / 100);
    if (metric.unit == "yes/no") return v != 0 ? "yes" : "no";
    if (metric.unit == "GB") return human::number(v) + " GB";
    if (metric.unit == "ms") return human::number(v) + " ms";
    if (metric.unit == "W") return human::si(v, "W");                                         // "1.51 kW", not the count rule below
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
