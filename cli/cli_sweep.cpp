// `sweep FILE --vary gpus|tokens|params|batch[=FROM:TO[:STEPS]] [--json]`: growth
// curves of a training design from the core sweep API (the studio charts the same points).
#include "cli/cli.h"
#include "cli/cli_common.h"
#include "cli/cli_sweep_serving.h"
#include "cli/cli_training.h"
#include "cli/text_table.h"
#include "engine/training/sweep.h"
#include "format/design_format.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdio>
#include <ostream>
#include <stdexcept>

namespace cc::cli {
namespace {

using nlohmann::json;
using namespace engine::training;

double positive_number(const std::string& s, const std::string& what) {
    std::size_t used = 0;
    double v = 0;
    try {
        v = std::stod(s, &used);
    } catch (const std::exception&) {
        used = 0;
    }
    if (used != s.size() || !std::isfinite(v) || v <= 0)
        throw std::invalid_argument("--vary: " + what + " must be a positive number, got \"" + s + "\"");
    return v;
}

// "gpus", "gpus=8:1024", "tokens=1e12:15e12:6".
SweepSpec parse_vary(const std::string& arg) {
    SweepSpec s;
    const auto eq = arg.find('=');
    const std::string axis = arg.substr(0, eq);
    auto a = sweep_axis_from(axis);
    if (!a) throw std::invalid_argument("--vary: expected gpus, tokens, params or batch, got \"" + axis + "\"");
    s.axis = *a;
    if (eq == std::string::npos) return s;
    std::vector<std::string> parts;
    std::string rest = arg.substr(eq + 1);
    for (std::size_t start = 0;;) {
        const auto c = rest.find(':', start);
        parts.push_back(rest.substr(start, c == std::string::npos ? std::string::npos : c - start));
        if (c == std::string::npos) break;
        start = c + 1;
    }
    if (parts.size() < 2 || parts.size() > 3) throw std::invalid_argument("--vary: expected " + axis + "=FROM:TO[:STEPS]");
    s.from = positive_number(parts[0], "FROM");
    s.to = positive_number(parts[1], "TO");
    if (*s.to < *s.from) throw std::invalid_argument("--vary: TO must not be below FROM");
    if (parts.size() == 3) {
        const double n = positive_number(parts[2], "STEPS");
        if (n != std::floor(n) || n > 10000) throw std::invalid_argument("--vary: STEPS must be a whole number up to 10000");
        s.steps = static_cast<int>(n);
    }
    return s;
}

json opt(const std::optional<double>& v) { return v ? json(*v) : json(nullptr); }

std::string fixed(double v, int d) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", d, v);
    return buf;
}

std::string x_text(SweepAxis a, double x) {
    switch (a) {
    case SweepAxis::Gpus: return text::grouped(x);
    case SweepAxis::Batch: return text::grouped(x);
    case SweepAxis::Tokens: return text::si(x, "");
    case SweepAxis::Params: return text::si(x, "");
    }
    return "";
}

} // namespace

int cmd_sweep(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    if (is_serving_sweep(args)) return cmd_sweep_serving(args, out, err);
    const auto in = read_sweep_input(args, "gpus|tokens|params|batch", err);
    if (!in) return kBadInput;
    const SweepSpec s = parse_vary(in->vary);
    const Parsed& p = in->args;
    const std::string& file = in->file;
    const Context& ctx = in->ctx;
    const Design& d = in->design;
    const SweepResult r = sweep_training(d, ctx.catalog, s);
    if (!r.error.empty()) {
        err << "clustercanvas-cli sweep: " << file << ": " << r.error << "\n";
        return kBadInput;
    }
    if (p.flag("--json")) {
        json pts = json::array();
        for (const auto& pt : r.points) {
            if (!pt.ok) {
                pts.push_back({{"x", pt.x}, {"ok", false}, {"error", pt.error}});
                continue;
            }
            pts.push_back({{"x", pt.x},
                           {"ok", true},
                           {"gpus_used", pt.gpus},
                           {"plan", describe(pt.plan)},
                           {"step_time_s", pt.step_s},
                           {"samples_per_s", pt.samples_per_s},
                           {"tokens_per_s", pt.tokens_per_s},
                           {"mfu", pt.mfu},
                           {"scaling_efficiency", pt.scaling_efficiency},
                           {"breakdown_s", training_breakdown_json(pt.breakdown)},
                           {"memory_GB", pt.memory_GB},
                           {"capacity_GB", pt.capacity_GB},
                           {"fits", pt.fits},
                           {"bottleneck", std::string(to_string(pt.bottleneck))},
                           {"bottleneck_component", pt.bottleneck_component},
                           {"time_to_train_s", opt(pt.time_to_train_s)},
                           {"energy_kWh", opt(pt.energy_kWh)},
                           {"gpu_hours", opt(pt.gpu_hours)}});
        }
        out << json{{"format", "clustercanvas-sweep"}, {"version", 1}, {"file", file}, {"axis", to_string(r.axis)}, {"points", pts}}.dump(2)
            << "\n";
        return kOk;
    }
    const char* label = r.axis == SweepAxis::Gpus     ? "GPUs"
                        : r.axis == SweepAxis::Tokens ? "Tokens"
                        : r.axis == SweepAxis::Params ? "Params"
                                                      : "Batch";
    text::Table t({{label, text::Align::Right},
                   {"Plan", text::Align::Left},
                   {"Step", text::Align::Right},
                   {"Samples/s", text::Align::Right},
                   {"MFU", text::Align::Right},
                   {"Scaling", text::Align::Right},
                   {"Memory", text::Align::Left},
                   {"Time to train", text::Align::Right},
                   {"Bottleneck", text::Align::Left}});
    for (const auto& pt : r.points) {
        if (!pt.ok) {
            t.row({x_text(r.axis, pt.x), "—", "", "", "", "", "", "", pt.error});
            continue;
        }
        t.row({x_text(r.axis, pt.x), describe(pt.plan), fixed(pt.step_s, 3) + " s", text::si(pt.samples_per_s, ""),
               fixed(pt.mfu * 100, 1) + " %", fixed(pt.scaling_efficiency * 100, 1) + " %",
               (pt.fits ? "fits " : "NO FIT ") + fixed(pt.memory_GB, 1) + " GB",
               pt.time_to_train_s ? fixed(*pt.time_to_train_s / 86400, 2) + " d" : "—",
               std::string(to_string(pt.bottleneck)) + (pt.bottleneck_component.empty() ? "" : " (" + pt.bottleneck_component + ")")});
    }
    out << "Sweep of " << file << " over " << to_string(r.axis) << "\n" << t.str();
    out << "Scaling: throughput per GPU relative to the first point that fits in memory"
        << (r.axis == SweepAxis::Params ? " (params: MFU relative to the first point)" : "") << ".\n";
    return kOk;
}

} // namespace cc::cli
