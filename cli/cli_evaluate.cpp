// `evaluate` and `check`: BOM, totals and design-rule findings, text or JSON.
#include "cli/cli.h"
#include "cli/cli_common.h"
#include "cli/text_table.h"
#include "evaluate/evaluation.h"
#include "format/design_format.h"
#include "model/scenarios.h"
#include "report/bom.h"
#include "rules/check.h"
#include "util/diagnostic.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <ostream>
#include <stdexcept>

namespace cc::cli {
namespace {

using nlohmann::json;

json opt(const std::optional<double>& v) { return v ? json(*v) : json(nullptr); }

json bom_json(const Bom& bom) {
    json lines = json::array();
    for (const auto& l : bom.lines) {
        json j{{"catalog_id", l.catalog_id},
               {"name", l.name},
               {"kind", std::string(to_string(l.kind))},
               {"count", l.count},
               {"unit_price_usd", opt(l.unit_price_usd)},
               {"rack_units_each", opt(l.rack_units_each)},
               {"power_typical_W_each", opt(l.power_typical_W_each)},
               {"power_max_W_each", opt(l.power_max_W_each)}};
        if (!l.included_in.empty()) j["included_in"] = l.included_in;
        lines.push_back(std::move(j));
    }
    return lines;
}

json totals_json(const Totals& t) {
    json peaks = json::object();
    for (const auto& [p, v] : t.peak_PFLOPs) peaks[std::string(to_string(p))] = v;
    return {{"accelerators", t.accelerators},
            {"accelerator_memory_GB", t.accelerator_memory_GB},
            {"peak_PFLOPs_dense", peaks},
            {"rack_units", t.rack_units},
            {"power_nominal_W", t.power_nominal_W},
            {"power_max_W", t.power_max_W},
            {"lines_without_power", t.lines_without_power},
            {"lines_nominal_is_max", t.lines_nominal_is_max},
            {"capex_usd", priced_capex_usd(t) ? json(*priced_capex_usd(t)) : json()}, // null = not priced
            {"lines_without_price", t.lines_without_price},
            {"cloud_usd_per_hour", t.cloud_usd_per_hour}};
}

json findings_json(const std::vector<Finding>& fs) {
    json arr = json::array();
    for (const auto& f : fs)
        arr.push_back({{"severity", std::string(to_string(f.severity))}, {"rule", f.rule}, {"subject", f.subject}, {"message", f.message}});
    return arr;
}

void print_findings(const std::vector<Finding>& fs, std::ostream& out) {
    out << "Design rules\n";
    if (fs.empty()) {
        out << "  ✓ no findings\n";
        return;
    }
    int errors = 0, warnings = 0;
    for (const auto& f : fs) {
        const char* mark = f.severity == Severity::Error ? "✗ error  " : f.severity == Severity::Warning ? "! warning" : "· info   ";
        out << "  " << mark << "  " << f.message << "  [" << f.rule << "]\n";
        errors += f.severity == Severity::Error;
        warnings += f.severity == Severity::Warning;
    }
    out << "  " << errors << " error(s), " << warnings << " warning(s)\n";
}

void print_bom(const Bom& bom, std::ostream& out) {
    out << "Bill of materials (after ×N replication)\n";
    text::Table t({{"Qty", text::Align::Right},
                   {"Part", text::Align::Left},
                   {"Catalog id", text::Align::Left},
                   {"Unit price", text::Align::Right},
                   {"RU", text::Align::Right},
                   {"Max W each", text::Align::Right}});
    for (const auto& l : bom.lines) {
        const bool inner = !l.included_in.empty();
        t.row({text::grouped(l.count), (inner ? "  └ " : "") + l.name, l.catalog_id,
               inner                                ? "incl."
               : l.kind == CatalogKind::CloudRegion ? "rented"
               : l.unit_price_usd                   ? text::usd(*l.unit_price_usd)
                                                    : "not priced",
               inner || !l.rack_units_each ? "" : text::grouped(*l.rack_units_each),
               inner                ? ""
               : l.power_max_W_each ? text::grouped(*l.power_max_W_each)
                                    : "—"});
    }
    out << t.str();
}

void print_totals(const Bom& bom, std::ostream& out) {
    const Totals& t = bom.totals;
    out << "Totals\n";
    text::Table tab({{"", text::Align::Left}, {"", text::Align::Left}});
    tab.row({"Accelerators", text::grouped(t.accelerators)});
    tab.row({"Accelerator memory", text::si(t.accelerator_memory_GB * 1e9, "B")});
    std::string peaks;
    // The precisions people size with; FP16 only where it differs from BF16.
    const auto bf16 = t.peak_PFLOPs.find(Precision::BF16);
    for (Precision p : {Precision::BF16, Precision::FP16, Precision::FP8, Precision::FP4, Precision::INT8})
        if (auto it = t.peak_PFLOPs.find(p); it != t.peak_PFLOPs.end()) {
            if (p == Precision::FP16 && bf16 != t.peak_PFLOPs.end() && std::abs(bf16->second - it->second) < 1e-9 * it->second) continue;
            std::string name(to_string(p));
            for (auto& ch : name) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
            const bool ops = p == Precision::INT8 || p == Precision::INT4;
            peaks +=
                (peaks.empty() ? "" : " · ") + text::grouped(it->second, it->second < 10 ? 2 : 1) + (ops ? " POP/s " : " PFLOP/s ") + name;
        }
    tab.row({"Peak compute (dense)", peaks.empty() ? "—" : peaks});
    tab.row({"Rack units", text::grouped(t.rack_units) + " U"});
    std::string power = text::grouped(t.power_nominal_W / 1000, 1) + " kW nominal · " + text::grouped(t.power_max_W / 1000, 1) + " kW max";
    if (t.lines_nominal_is_max) power += " (" + std::to_string(t.lines_nominal_is_max) + " part type(s) publish only a maximum)";
    if (t.lines_without_power) power += "; " + std::to_string(t.lines_without_power) + " part type(s) without a power figure";
    tab.row({"Power", power});
    std::string price = priced_capex_usd(t) ? text::usd(*priced_capex_usd(t)) : std::string("not priced");
    if (priced_capex_usd(t) && t.lines_without_price)
        price += " (" + std::to_string(t.lines_without_price) + " part type(s) not priced, not included)";
    tab.row({"List price", price});
    if (t.cloud_usd_per_hour > 0) tab.row({"Cloud rental", text::usd(t.cloud_usd_per_hour) + " per hour"});
    out << tab.str().substr(tab.str().find('\n') + 1); // no header row
}

} // namespace

int cmd_evaluate(const std::vector<std::string>& args, std::ostream& out, std::ostream& err, bool rules_only) {
    const char* name = rules_only ? "check" : "evaluate";
    auto spec = common_options();
    spec.push_back({"--scenario", true, false, "evaluate this scenario of the design (default: the base design)"});
    spec.push_back(model_config_option());
    const Parsed p = parse_args(args, spec);
    if (p.positional.size() != 1)
        throw std::invalid_argument(p.positional.empty() ? "expected a design FILE"
                                                         : "expected one design FILE, got " + std::to_string(p.positional.size()));
    const std::string file = p.positional[0];
    Context ctx = make_context(p);
    print_notices(ctx, err);
    std::optional<Design> loaded = load_design_reporting(name, file, err);
    if (!loaded) return kBadInput;
    if (const auto scenario = p.value("--scenario")) {
        const auto names = scenario_names(*loaded);
        const auto it = std::find(names.begin(), names.end(), *scenario);
        if (it == names.end()) {
            err << "clustercanvas-cli " << name << ": --scenario: no scenario named \"" << clip_text(*scenario) << "\" in " << file << "\n";
            return kBadInput;
        }
        loaded = scenario_design(*loaded, static_cast<std::size_t>(it - names.begin()));
    }
    if (!apply_model_config(p, name, *loaded, err)) return kBadInput;
    const Design& d = *loaded;
    // One evaluation for every section below (the studio and the report use the same one).
    evaluate::Options opt;
    opt.explain = false;
    opt.curves = false;
    const evaluate::Evaluation ev = rules_only ? evaluate::Evaluation{} : evaluate::evaluate(d, ctx.catalog, opt);
    const auto findings = rules_only ? check(d, ctx.catalog) : ev.findings;
    const int code = has_errors(findings) ? kDesignErrors : kOk;
    if (p.flag("--json")) {
        json j{{"format", "clustercanvas-evaluation"},
               {"version", 1},
               {"file", file},
               {"title", d.title},
               {"findings", findings_json(findings)}};
        if (!rules_only) {
            j["bom"] = bom_json(ev.bom);
            j["totals"] = totals_json(ev.bom.totals);
            add_engine_sections_json(ev, j);
        }
        out << j.dump(2) << "\n";
        return code;
    }
    out << (d.title.empty() ? file : d.title) << "\n";
    out << std::string(text::width(d.title.empty() ? file : d.title), '=') << "\n";
    if (!d.description.empty() && !rules_only) out << d.description << "\n";
    out << "File: " << file << "\n\n";
    if (!rules_only) {
        print_bom(ev.bom, out);
        out << "\n";
        print_totals(ev.bom, out);
        out << "\n";
        print_engine_sections(ev, out);
    }
    print_findings(findings, out);
    return code;
}

} // namespace cc::cli
