// `validate FILE... [--json]`: published measurements vs the engines' predictions.
#include "cli/cli.h"
#include "cli/cli_common.h"
#include "cli/cli_training.h"
#include "cli/text_table.h"
#include "util/json_reader.h"
#include "validation/calibrate.h"
#include "validation/runner.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdio>
#include <ostream>
#include <stdexcept>

namespace cc::cli {
namespace {

std::string num(double v) {
    char buf[64];
    const double a = std::fabs(v);
    std::snprintf(buf, sizeof buf, a >= 1000 ? "%.0f" : a >= 10 ? "%.1f" : a >= 1 ? "%.3f" : "%.4f", v);
    return buf;
}

std::string pct(double f) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%+.1f %%", f * 100);
    return buf;
}

int explain_case(const std::vector<std::string>& files, const std::string& id, const Context& ctx, const validation::RunOptions& ro,
                 std::ostream& out, std::ostream& err) {
    for (const auto& f : files) {
        nlohmann::json doc;
        try {
            doc = json_in::parse_file(f);
        } catch (const InputError& e) {
            err << "clustercanvas-cli validate: " << f << ": " << e.what() << "\n";
            return kBadInput;
        }
        if (!doc.contains("cases") || !doc["cases"].is_array()) continue;
        for (std::size_t i = 0; i < doc["cases"].size(); ++i) {
            const auto& c = doc["cases"][i];
            if (!c.is_object() || c.value("id", std::string()) != id) continue;
            try {
                const auto e = validation::evaluate_training_case_full(c, json_in::child("/cases", i), ctx.catalog, true, ro);
                if (!e.ok) {
                    err << id << ": " << e.error << "\n";
                    return kDesignErrors;
                }
                print_explanation(e.explanation, out);
                out << "\nRanked plans\n";
                for (std::size_t k = 0; k < e.ranked.size(); ++k)
                    out << "  " << k + 1 << ". " << engine::training::describe(e.ranked[k].result.plan) << "  step "
                        << num(e.ranked[k].result.step_s) << " s" << (k ? "  — " + e.ranked[k].why_loses : "") << "\n";
                out << "\nAssumptions and defaults\n";
                for (const auto& n : e.notes) out << "  · " << n << "\n";
                return kOk;
            } catch (const InputError& e) {
                err << id << ": " << e.what() << "\n";
                return kDesignErrors;
            }
        }
    }
    err << "clustercanvas-cli validate: no case '" << id << "'\n";
    return kBadInput;
}

} // namespace

int cmd_validate(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    auto spec = common_options();
    spec.push_back({"--notes", false, false, "print the engine defaults used for each case"});
    spec.push_back({"--explain", true, false, "print the explanation tree and ranked plans of one case"});
    spec.push_back({"--cv", false, false, "leave-one-source-family-out cross-validation of the training fit"});
    spec.push_back({"--params", true, false, "with --cv: the constants refitted in each fold (default: all fittable)"});
    spec.push_back({"--set", true, true, "NAME=VALUE: score with a fitted training constant changed (see calibrate)"});
    const Parsed p = parse_args(args, spec);
    if (p.positional.empty()) throw std::invalid_argument("expected one or more *.cases.json FILEs");
    Context ctx = make_context(p);
    print_notices(ctx, err);
    if (p.value("--params") && !p.flag("--cv")) throw std::invalid_argument("--params names the constants --cv refits; add --cv");
    // --set applies to every mode: the plain run, --explain and the start of --cv's fits.
    engine::training::Calibration cal = engine::training::default_calibration();
    for (const auto& kv : p.values("--set")) set_constant(cal, kv);
    validation::RunOptions ro;
    ro.calibration = &cal;
    if (auto id = p.value("--explain")) return explain_case(p.positional, *id, ctx, ro, out, err);
    if (p.flag("--cv")) return cv_summary(p.positional, ctx.catalog, cal, p.value("--params").value_or(""), p.flag("--json"), out);
    const validation::Report r = validation::run_files(p.positional, ctx.catalog, ro);
    if (p.flag("--json")) {
        out << validation::to_json(r).dump(2) << "\n";
        return r.failed.empty() ? kOk : kDesignErrors;
    }
    text::Table t({{"Case", text::Align::Left},
                   {"Metric", text::Align::Left},
                   {"Predicted", text::Align::Right},
                   {"Measured", text::Align::Right},
                   {"Error", text::Align::Right}});
    for (const auto& row : r.rows) t.row({row.case_id, row.metric, num(row.predicted), num(row.measured), pct(row.error)});
    out << "Validation: predicted vs measured\n" << t.str();
    if (!r.failed.empty()) {
        out << "\nFailed cases\n";
        for (const auto& f : r.failed) out << "  ✗ " << f.case_id << ": " << f.message << "\n";
    }
    if (p.flag("--notes") && !r.notes.empty()) {
        out << "\nEngine defaults and choices\n";
        for (const auto& n : r.notes) out << "  · " << n << "\n";
    }
    const auto& s = r.summary;
    char buf[256];
    std::snprintf(buf, sizeof buf,
                  "\nSummary: %zu rows, %zu failed · MdAPE %.1f %% · within ±10 %% %.0f %% · within ±20 %% %.0f %% · median signed "
                  "error %+.1f %%\n",
                  s.rows, s.failed, s.mdape * 100, s.within_10 * 100, s.within_20 * 100, s.median_error * 100);
    out << buf;
    if (s.worst) out << "Worst: " << s.worst->case_id << " " << s.worst->metric << " " << pct(s.worst->error) << "\n";
    return r.failed.empty() ? kOk : kDesignErrors;
}

} // namespace cc::cli
