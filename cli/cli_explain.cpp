// `explain FILE METRIC`: the explanation tree behind one number of the training evaluation.
#include "cli/cli.h"
#include "cli/cli_common.h"
#include "cli/cli_training.h"
#include "engine/explain.h"
#include "engine/training/training_engine.h"
#include "format/design_format.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdio>
#include <functional>
#include <ostream>
#include <stdexcept>

namespace cc::cli {
namespace {

std::string value_text(double v, const std::string& unit) {
    char buf[64];
    const double a = std::fabs(v);
    if (unit == "B") {
        std::snprintf(buf, sizeof buf, a >= 1e9 ? "%.2f GB" : a >= 1e6 ? "%.1f MB" : "%.0f B", a >= 1e9 ? v / 1e9 : a >= 1e6 ? v / 1e6 : v);
        return buf;
    }
    if (a != 0 && (a >= 1e6 || a < 1e-3)) std::snprintf(buf, sizeof buf, "%.3g", v);
    else std::snprintf(buf, sizeof buf, a >= 100 ? "%.1f" : a >= 1 ? "%.3f" : "%.4f", v);
    return std::string(buf) + (unit.empty() ? "" : " " + unit);
}

nlohmann::json to_json(const engine::Explanation& e) {
    nlohmann::json inputs = nlohmann::json::array(), children = nlohmann::json::array();
    for (const auto& i : e.inputs) inputs.push_back({{"name", i.name}, {"value", i.value}, {"unit", i.unit}, {"source", i.source}});
    for (const auto& c : e.children) children.push_back(to_json(c));
    return {{"metric", e.metric},   {"label", e.label}, {"value", e.value},    {"unit", e.unit},
            {"formula", e.formula}, {"inputs", inputs}, {"children", children}};
}

} // namespace

void print_explanation(const engine::Explanation& e, std::ostream& out, int depth, int max_depth) {
    const std::string pad(static_cast<std::size_t>(depth) * 2, ' ');
    out << pad << (depth ? "└ " : "") << e.label << " = " << value_text(e.value, e.unit) << "   [" << e.metric << "]\n";
    if (!e.formula.empty()) out << pad << "    = " << e.formula << "\n";
    for (const auto& i : e.inputs)
        out << pad << "    · " << i.name << ": " << value_text(i.value, i.unit) << (i.source.empty() ? "" : "  (" + i.source + ")") << "\n";
    if (depth < max_depth)
        for (const auto& c : e.children) print_explanation(c, out, depth + 1, max_depth);
}

int cmd_explain(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    const Parsed p = parse_args(args, common_options());
    if (p.positional.size() != 2) throw std::invalid_argument("expected a design FILE and a METRIC (or 'all')");
    const std::string file = p.positional[0], metric = p.positional[1];
    Context ctx = make_context(p);
    print_notices(ctx, err);
    const std::optional<Design> loaded = load_design_reporting("explain", file, err);
    if (!loaded) return kBadInput;
    const Design& d = *loaded;
    const auto ev = engine::training::evaluate_training(d, ctx.catalog);
    if (!ev.ok) {
        err << "clustercanvas-cli explain: " << file << ": " << ev.error << "\n";
        return kBadInput;
    }
    const engine::Explanation* e = metric == "all" ? &ev.explanation : ev.explanation.find(metric);
    if (!e) {
        err << "clustercanvas-cli explain: no metric '" << metric << "'. Known: ";
        std::vector<std::string> keys;
        std::function<void(const engine::Explanation&)> walk = [&](const engine::Explanation& x) {
            keys.push_back(x.metric);
            for (const auto& c : x.children) walk(c);
        };
        walk(ev.explanation);
        for (std::size_t i = 0; i < keys.size(); ++i) err << (i ? ", " : "") << keys[i];
        err << "\n";
        return kBadInput;
    }
    if (p.flag("--json")) {
        out << to_json(*e).dump(2) << "\n";
        return kOk;
    }
    print_explanation(*e, out);
    if (!ev.notes.empty()) {
        out << "\nAssumptions and defaults\n";
        for (const auto& n : ev.notes) out << "  · " << n << "\n";
    }
    return kOk;
}

} // namespace cc::cli
