#include "engine/inference/sweeps.h"

#include "model/enum_names.h"

#include <algorithm>
#include <cmath>

namespace cc::engine::inference {

namespace {

// Indexed by ServingSweepAxis: the command-line spelling and the unit of x.
const std::vector<std::string_view>& axis_names() {
    static const std::vector<std::string_view> n{"rate", "concurrency", "users", "input_tokens", "output_tokens", "gpus"};
    return n;
}
constexpr const char* kAxisUnits[] = {"requests/s", "clients", "users", "tokens", "tokens", "accelerators"};

} // namespace

const std::vector<ServingSweepAxis>& serving_sweep_axes() {
    using A = ServingSweepAxis;
    static const std::vector<A> v{A::Rate, A::Concurrency, A::Users, A::InputTokens, A::OutputTokens, A::Gpus};
    return v;
}

// The names view string literals, so data() is NUL-terminated.
const char* to_string(ServingSweepAxis a) { return axis_names()[static_cast<std::size_t>(a)].data(); }

std::optional<ServingSweepAxis> serving_sweep_axis_from(std::string_view s) { return enum_from_name<ServingSweepAxis>(axis_names(), s); }

const char* unit_of(ServingSweepAxis a) { return kAxisUnits[static_cast<std::size_t>(a)]; }

Sweep sweep_serving(const ServingSetup& s, ServingSweepAxis vary, double from, double to, int steps, const ServingCalibration* cal) {
    Sweep sw;
    sw.vary = vary;
    steps = std::max(1, steps);
    EvaluateOptions opt;
    opt.calibration = cal;
    opt.explain = false;
    sw.x_unit = unit_of(vary);
    ServingSetup t = s;
    for (int i = 0; i < steps; ++i) {
        const double x = steps == 1 ? from : from + (to - from) * i / (steps - 1);
        SweepPoint p;
        p.x = x;
        if (vary == ServingSweepAxis::Users) {
            const double rate = std::max(1e-9, x * (cal ? *cal : default_serving_calibration()).requests_per_user_per_s);
            const SloSizing z = size_for_slo(s, rate, s.req.ttft_p99_target_ms ? s.req.ttft_p99_target_ms : s.req.latency_p99_target_ms,
                                             s.req.tpot_target_ms, cal);
            p.gpus = z.gpus;
            p.feasible = z.feasible;
            p.ttft_p99_ms = z.ttft_p99_ms;
            p.tpot_ms = z.tpot_ms;
            p.latency_p99_ms = z.e2e_p99_ms;
            p.utilisation = z.utilisation;
            p.requests_per_s = rate;
            p.bottleneck = z.bottleneck.resource;
            sw.points.push_back(p);
            continue;
        }
        switch (vary) {
        case ServingSweepAxis::Rate:
            t.req.scenario = Scenario::Server;
            t.req.rate_per_s = std::max(1e-9, x);
            t.req.latency_bound_ms.reset();
            break;
        case ServingSweepAxis::Concurrency:
            t.req.scenario = Scenario::Concurrency;
            t.req.concurrency = std::max(1, static_cast<int>(std::lround(x)));
            break;
        case ServingSweepAxis::InputTokens: t.req.input_tokens = std::max(1.0, x); break;
        case ServingSweepAxis::OutputTokens: t.req.output_tokens = std::max(1.0, x); break;
        case ServingSweepAxis::Gpus: t.hw.gpus = std::max(1.0, std::round(x)); break;
        case ServingSweepAxis::Users: break; // sized per point above
        }
        const ServingResult r = evaluate_setup(t, opt);
        p.feasible = r.ok;
        if (r.ok) {
            p.ttft_p50_ms = r.llm ? r.ttft_ms.p50 : r.latency_ms.p50;
            p.ttft_p99_ms = r.llm ? r.ttft_ms.p99 : r.latency_ms.p99;
            p.tpot_ms = r.tpot_ms.mean;
            p.latency_p50_ms = r.llm ? r.e2e_ms.p50 : r.latency_ms.p50;
            p.latency_p99_ms = r.llm ? r.e2e_ms.p99 : r.latency_ms.p99;
            p.output_tokens_per_s = r.output_tokens_per_s;
            p.requests_per_s = r.llm ? r.requests_per_s : r.samples_per_s;
            p.utilisation = r.utilisation;
            p.overloaded = r.overloaded;
            p.bottleneck = r.bottleneck.resource;
        }
        p.gpus = t.hw.gpus;
        sw.points.push_back(p);
    }
    if (vary == ServingSweepAxis::Rate && !sw.points.empty()) {
        const double base = sw.points.front().ttft_p99_ms;
        for (const auto& p : sw.points)
            if (base > 0 && p.ttft_p99_ms >= 2 * base) {
                sw.knee_x = p.x;
                break;
            }
    }
    return sw;
}

} // namespace cc::engine::inference
