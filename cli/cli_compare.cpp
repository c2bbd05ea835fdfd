// `compare FILE`: every scenario of a design side by side, with deltas against
// the baseline (the first scenario unless --baseline NAME).
#include "cli/cli.h"
#include "cli/cli_common.h"
#include "cli/text_table.h"
#include "compare/compare.h"

#include <nlohmann/json.hpp>

#include <ostream>
#include <stdexcept>

namespace cc::cli {
namespace {

using nlohmann::json;

const char* better_name(compare::Better b) {
    switch (b) {
    case compare::Better::Lower: return "lower";
    case compare::Better::Higher: return "higher";
    case compare::Better::Neither: return "neither";
    }
    return "neither";
}

json comparison_json(const compare::Comparison& c) {
    const auto& base = c.scenarios[c.baseline];
    json list = json::array();
    for (const auto& s : c.scenarios) {
        json metrics = json::array();
        for (const auto& m : s.metrics) {
            const compare::Metric* b = base.metric(m.key);
            const auto d = b ? compare::delta(b->value, m.value) : std::nullopt;
            metrics.push_back({{"key", m.key},
                               {"label", m.label},
                               {"unit", m.unit},
                               {"better", better_name(m.better)},
                               {"value", m.value ? json(*m.value) : json(nullptr)},
                               {"delta_vs_baseline", d ? json(*d) : json(nullptr)},
                               {"verdict", compare::verdict(m, d)}});
        }
        list.push_back({{"name", s.name},
                        {"workload", s.workload},
                        {"ok", s.ok},
                        {"error", s.error},
                        {"bottleneck", s.bottleneck},
                        {"metrics", metrics}});
    }
    return {{"baseline", base.name}, {"scenarios", list}};
}

void print_comparison(const compare::Comparison& c, std::ostream& out) {
    const auto& base = c.scenarios[c.baseline];
    std::vector<std::pair<std::string, text::Align>> cols{{"Metric", text::Align::Left}};
    for (const auto& s : c.scenarios) cols.push_back({s.name + (&s == &base ? " (baseline)" : ""), text::Align::Right});
    text::Table t(cols);
    for (const auto* row : compare::rows(c)) {
        std::vector<std::string> r{row->label};
        const compare::Metric* b = base.metric(row->key);
        for (const auto& s : c.scenarios) {
            const compare::Metric* m = s.metric(row->key);
            std::string cell = m ? compare::value_text(*m) : "—";
            if (const auto ch = m ? compare::change(*m, &s == &base ? nullptr : b) : std::nullopt)
                cell += " (" + compare::delta_text(ch->relative) + (ch->verdict > 0 ? " better" : ch->verdict < 0 ? " worse" : "") + ")";
            r.push_back(cell);
        }
        t.row(r);
    }
    out << "Scenarios compared against " << base.name << "\n" << t.str();
    for (const auto& s : c.scenarios) {
        if (!s.ok) out << "  " << s.name << ": not scored — " << s.error << "\n";
        else if (!s.bottleneck.empty()) out << "  " << s.name << ": " << s.bottleneck << "\n";
    }
}

} // namespace

int cmd_compare(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    auto spec = common_options();
    spec.push_back({"--baseline", true, false, "scenario to compare against"});
    const Parsed p = parse_args(args, spec);
    if (p.positional.size() != 1) throw std::invalid_argument("expected one design FILE");
    Context ctx = make_context(p);
    print_notices(ctx, err);
    const auto d = load_design_reporting("compare", p.positional[0], err);
    if (!d) return kBadInput;
    compare::Comparison c;
    try {
        c = compare::compare(*d, ctx.catalog, p.value("--baseline").value_or(""));
    } catch (const std::invalid_argument& e) {
        err << "clustercanvas-cli compare: --baseline: " << e.what() << "\n";
        return kBadInput;
    }
    if (p.flag("--json")) out << comparison_json(c).dump(2) << "\n";
    else print_comparison(c, out);
    return kOk;
}

} // namespace cc::cli
