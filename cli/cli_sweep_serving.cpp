// Growth curves of inference and edge designs on the command line: latency
// p50/p99 vs offered load (knee marked), throughput vs concurrency, TTFT/TPOT
// vs lengths, GPUs needed vs users, throughput vs GPUs, streams vs devices.
// Each point names its bottleneck. Text and JSON carry the same numbers.
#include "cli/cli_sweep_serving.h"

#include "cli/cli.h"
#include "cli/cli_common.h"
#include "cli/text_table.h"
#include "engine/edge/edge_engine.h"
#include "engine/inference/sweeps.h"
#include "format/design_format.h"
#include "util/diagnostic.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdio>
#include <ostream>
#include <stdexcept>

namespace cc::cli {
namespace {

using nlohmann::json;
namespace inf = engine::inference;

struct Vary {
    std::string name;
    std::optional<double> from, to;
    int steps = 20;
};

Vary parse_vary(const std::string& v) {
    Vary r;
    const auto eq = v.find('=');
    r.name = v.substr(0, eq);
    if (eq == std::string::npos) return r;
    const std::string range = v.substr(eq + 1);
    std::vector<std::string> parts;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= range.size(); ++i)
        if (i == range.size() || range[i] == ':') {
            parts.push_back(range.substr(start, i - start));
            start = i + 1;
        }
    if (parts.size() < 2 || parts.size() > 3) throw std::invalid_argument("--vary " + v + ": expected NAME=FROM:TO[:STEPS]");
    auto num = [&](const std::string& s) {
        std::size_t used = 0;
        double x = 0;
        try {
            x = std::stod(s, &used);
        } catch (const std::exception&) {
            used = 0;
        }
        if (used != s.size() || !std::isfinite(x) || x < 0)
            throw std::invalid_argument("--vary " + v + ": '" + s + "' is not a number ≥ 0");
        return x;
    };
    r.from = num(parts[0]);
    r.to = num(parts[1]);
    if (parts.size() == 3) {
        const double n = num(parts[2]);
        if (n < 1 || n > 10000 || std::floor(n) != n) throw std::invalid_argument("--vary " + v + ": STEPS must be 1…10000");
        r.steps = static_cast<int>(n);
    }
    return r;
}

// "rate, concurrency, …, gpus or streams": the serving axes and the edge one.
std::string axis_choices(const char* separator = ", ", const char* last = " or ") {
    std::string list;
    for (auto a : inf::serving_sweep_axes()) list += std::string(list.empty() ? "" : separator) + inf::to_string(a);
    return list + last + "streams";
}

std::string fixed(double v, int d) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", d, v);
    return buf;
}

int sweep_edge(const Design& d, const Context& ctx, const Vary& v, const std::string& file, bool as_json, std::ostream& out,
               std::ostream& err) {
    if (v.name != "streams") {
        err << "clustercanvas-cli sweep: " << file << ": an edge design sweeps --vary streams (streams vs devices)\n";
        return kBadInput;
    }
    const engine::edge::EdgeResult r = engine::edge::evaluate_edge(d, ctx.catalog);
    if (!r.ok) {
        err << "clustercanvas-cli sweep: " << file << ": " << r.error << "\n";
        return kBadInput;
    }
    const int to = static_cast<int>(v.to.value_or(std::max(2.0, 2 * r.devices_per_site)));
    const auto pts = engine::edge::streams_vs_devices(r, std::max(1, to));
    const int from = static_cast<int>(std::max(1.0, v.from.value_or(1)));
    if (as_json) {
        json a = json::array();
        for (const auto& p : pts)
            if (p.devices >= from)
                a.push_back(
                    {{"devices", p.devices}, {"streams_capacity", p.streams_capacity}, {"bottleneck", inf::to_string(p.bottleneck)}});
        out << json{{"format", "clustercanvas-sweep"}, {"version", 1}, {"file", file}, {"axis", "devices"}, {"points", a}}.dump(2) << "\n";
        return kOk;
    }
    out << "Sweep: streams sustained vs edge devices per site (" << r.accelerator_id << ", " << r.power_mode << ")\n";
    text::Table t({{"Devices", text::Align::Right}, {"Streams", text::Align::Right}, {"Bottleneck", text::Align::Left}});
    for (const auto& p : pts)
        if (p.devices >= from) t.row({fixed(p.devices, 0), fixed(p.streams_capacity, 1), inf::to_string(p.bottleneck)});
    out << t.str();
    return kOk;
}

} // namespace

bool is_serving_sweep(const std::vector<std::string>& args) {
    // Dispatch on the design's workload (gpus is a training axis too); any
    // parse or read problem returns false so `sweep` reports it itself.
    try {
        auto spec = common_options();
        spec.push_back({"--vary", true, false, ""});
        const Parsed p = parse_args(args, spec);
        if (p.positional.size() != 1) return false;
        const Design d = format::load_design_file(p.positional[0]);
        return std::holds_alternative<ServingWorkload>(d.workload.spec) || std::holds_alternative<EdgeWorkload>(d.workload.spec);
    } catch (const std::exception&) {
        return false;
    }
}

int cmd_sweep_serving(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    const auto in = read_sweep_input(args, axis_choices("|", "|"), err);
    if (!in) return kBadInput;
    const Vary v = parse_vary(in->vary);
    const Parsed& p = in->args;
    const std::string& file = in->file;
    const Context& ctx = in->ctx;
    const Design& d = in->design;
    if (std::holds_alternative<EdgeWorkload>(d.workload.spec)) return sweep_edge(d, ctx, v, file, p.flag("--json"), out, err);
    const auto axis = inf::serving_sweep_axis_from(v.name);
    if (!axis) throw std::invalid_argument("--vary " + v.name + ": expected " + axis_choices());
    std::string error;
    const auto s = inf::serving_setup(d, ctx.catalog, &error);
    if (!s) {
        err << "clustercanvas-cli sweep: " << file << ": " << error << "\n";
        return kBadInput;
    }
    const inf::ServingResult base = inf::evaluate_setup(*s, {nullptr, false});
    if (!base.ok) {
        err << "clustercanvas-cli sweep: " << file << ": " << base.error << "\n";
        return kBadInput;
    }
    // Default ranges around the design's own operating point.
    const double cap = std::max(1e-3, base.capacity_requests_per_s);
    double from = 0, to = 0;
    switch (*axis) {
    case inf::ServingSweepAxis::Rate: from = 0.05 * cap, to = 1.2 * cap; break;
    case inf::ServingSweepAxis::Concurrency: from = 1, to = std::max(2.0, 2.0 * base.kv_max_batch * base.replicas); break;
    case inf::ServingSweepAxis::Users: from = 100, to = std::max(200.0, 2 * cap / inf::kRequestsPerUserPerS); break;
    case inf::ServingSweepAxis::InputTokens: from = 128, to = 8192; break;
    case inf::ServingSweepAxis::OutputTokens: from = 16, to = 2048; break;
    case inf::ServingSweepAxis::Gpus: from = s->req.tp, to = 8.0 * s->hw.gpus; break;
    }
    const inf::Sweep sw = inf::sweep_serving(*s, *axis, v.from.value_or(from), v.to.value_or(to), v.steps);
    if (p.flag("--json")) {
        json a = json::array();
        for (const auto& pt : sw.points)
            a.push_back({{"x", pt.x},
                         {"feasible", pt.feasible},
                         {"ttft_ms", {{"p50", pt.ttft_p50_ms}, {"p99", pt.ttft_p99_ms}}},
                         {"tpot_ms", pt.tpot_ms},
                         {"latency_ms", {{"p50", pt.latency_p50_ms}, {"p99", pt.latency_p99_ms}}},
                         {"output_tokens_per_s", pt.output_tokens_per_s},
                         {"requests_per_s", pt.requests_per_s},
                         {"utilisation", pt.utilisation},
                         {"gpus", pt.gpus},
                         {"overloaded", pt.overloaded},
                         {"bottleneck", inf::to_string(pt.bottleneck)}});
        out << json{{"format", "clustercanvas-sweep"},
                    {"version", 1},
                    {"file", file},
                    {"axis", inf::to_string(sw.vary)},
                    {"unit", sw.x_unit},
                    {"knee", sw.knee_x ? json(*sw.knee_x) : json(nullptr)},
                    {"points", a}}
                   .dump(2)
            << "\n";
        return kOk;
    }
    out << "Sweep: " << inf::to_string(sw.vary) << " (" << sw.x_unit << ") for " << s->model.name << " on " << fixed(s->hw.gpus, 0) << " × "
        << s->hw.accelerator_id << "\n";
    const bool llm = s->model.llm;
    text::Table t({{inf::to_string(sw.vary), text::Align::Right},
                   {llm ? "TTFT p50" : "lat p50", text::Align::Right},
                   {llm ? "TTFT p99" : "lat p99", text::Align::Right},
                   {"TPOT", text::Align::Right},
                   {"e2e p99", text::Align::Right},
                   {llm ? "tokens/s" : "samples/s", text::Align::Right},
                   {"load", text::Align::Right},
                   {"GPUs", text::Align::Right},
                   {"bottleneck", text::Align::Left}});
    for (const auto& pt : sw.points) {
        const bool knee = sw.knee_x && pt.x == *sw.knee_x;
        t.row({fixed(pt.x, pt.x < 10 ? 2 : 0) + (knee ? " ◀ knee" : ""), fixed(pt.ttft_p50_ms, 1), fixed(pt.ttft_p99_ms, 1),
               fixed(pt.tpot_ms, 1), fixed(pt.latency_p99_ms, 0), fixed(llm ? pt.output_tokens_per_s : pt.requests_per_s, 0),
               fixed(pt.utilisation * 100, 0) + " %", pt.feasible ? fixed(pt.gpus, 0) : "—",
               std::string(inf::to_string(pt.bottleneck)) + (pt.overloaded ? " (overloaded)" : "")});
    }
    out << t.str();
    return kOk;
}

} // namespace cc::cli
