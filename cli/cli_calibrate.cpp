// `calibrate FILE... [--params A,B] [--json]`: refits the training engine's fitted
// constants on the cases by least squares and prints the before/after table;
// `validate --cv` (cv_summary) reports leave-one-source-out cross-validated error.
#include "cli/cli.h"
#include "cli/cli_common.h"
#include "cli/cli_training.h"
#include "cli/text_table.h"
#include "util/json_reader.h"
#include "validation/calibrate.h"

#include <nlohmann/json.hpp>

#include <cstdio>
#include <ostream>
#include <sstream>
#include <stdexcept>

namespace cc::cli {
namespace {

std::string pct(double f) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f %%", f * 100);
    return buf;
}

std::string signed_pct(double f) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%+.1f %%", f * 100);
    return buf;
}

std::string val(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.4g", v);
    return buf;
}

std::vector<nlohmann::json> read_cases(const std::vector<std::string>& files) {
    std::vector<nlohmann::json> docs;
    for (const auto& f : files) {
        try {
            docs.push_back(json_in::parse_file(f));
        } catch (const InputError& e) {
            throw std::invalid_argument(f + ": " + e.what());
        }
    }
    return validation::training_cases(docs);
}

validation::FitOptions fit_options(const std::string& list) {
    validation::FitOptions o;
    if (!list.empty()) {
        std::stringstream ss(list);
        for (std::string name; std::getline(ss, name, ',');) {
            bool known = false;
            for (const auto& fp : validation::training_fit_parameters()) known |= name == fp.name;
            if (!known) {
                std::string names;
                for (const auto& fp : validation::training_fit_parameters()) names += std::string(names.empty() ? "" : ", ") + fp.name;
                throw std::invalid_argument("--params: unknown parameter '" + name + "' (fittable: " + names + ")");
            }
            o.parameters.push_back(name);
        }
    }
    return o;
}

nlohmann::json summary_json(const validation::Summary& s) {
    return {{"rows", s.rows}, {"failed", s.failed}, {"mdape", s.mdape}, {"within_20", s.within_20}, {"median_error", s.median_error}};
}

std::string summary_line(const validation::Summary& s) {
    return "MdAPE " + pct(s.mdape) + " · within ±20 % " + pct(s.within_20) + " · median signed error " + signed_pct(s.median_error);
}

} // namespace

/// "name=value" of a fittable training constant (validation/calibrate.h).
void set_constant(engine::training::Calibration& cal, const std::string& kv) {
    const auto eq = kv.find('=');
    const std::string name = kv.substr(0, eq);
    for (const auto& fp : validation::training_fit_parameters())
        if (name == fp.name && eq != std::string::npos) {
            try {
                cal.*(fp.field) = std::stod(kv.substr(eq + 1));
                return;
            } catch (const std::exception&) {
            }
        }
    throw std::invalid_argument("--set: expected NAME=NUMBER with NAME a fittable constant (see 'calibrate'), got '" + kv + "'");
}

int cmd_calibrate(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    auto spec = common_options();
    spec.push_back({"--params", true, false, "comma-separated names of the constants to fit (default: all fittable)"});
    spec.push_back({"--set", true, true, "NAME=VALUE: start the fit from this value instead of the shipped one"});
    const Parsed p = parse_args(args, spec);
    if (p.positional.empty()) throw std::invalid_argument("expected one or more *.cases.json FILEs");
    Context ctx = make_context(p);
    print_notices(ctx, err);
    const auto cases = read_cases(p.positional);
    if (cases.empty()) throw std::invalid_argument("no training case in the files (calibrate fits the training engine)");
    engine::training::Calibration start = engine::training::default_calibration();
    for (const auto& kv : p.values("--set")) set_constant(start, kv);
    const validation::FitResult fit = validation::fit_training(cases, ctx.catalog, start, fit_options(p.value("--params").value_or("")));
    if (p.flag("--json")) {
        nlohmann::json params = nlohmann::json::object();
        for (const auto& [name, before] : fit.before) params[name] = {{"before", before}, {"after", fit.after.at(name)}};
        out << nlohmann::json{{"parameters", params},
                              {"families", fit.families},
                              {"iterations", fit.iterations},
                              {"before", summary_json(fit.before_summary)},
                              {"after", summary_json(fit.after_summary)}}
                   .dump(2)
            << "\n";
        return kOk;
    }
    text::Table t({{"Parameter", text::Align::Left}, {"Before", text::Align::Right}, {"After", text::Align::Right}});
    for (const auto& [name, before] : fit.before) t.row({name, val(before), val(fit.after.at(name))});
    out << "Calibration: least squares on log(predicted ÷ measured), " << cases.size() << " training cases from " << fit.families
        << " source families, " << fit.before.size() << " constants, " << fit.iterations << " iterations\n"
        << t.str() << "\nBefore: " << summary_line(fit.before_summary) << "\nAfter:  " << summary_line(fit.after_summary) << "\n";
    if (fit.before.size() >= fit.families)
        err << "warning: " << fit.before.size() << " constants fitted on " << fit.families
            << " source families; fit fewer constants than families (--params)\n";
    return kOk;
}

int cv_summary(const std::vector<std::string>& files, const Catalog& cat, const engine::training::Calibration& start,
               const std::string& params, bool as_json, std::ostream& out) {
    const auto cases = read_cases(files);
    const auto cv = validation::cross_validate_training(cases, cat, start, fit_options(params));
    if (as_json) {
        nlohmann::json fam = nlohmann::json::object();
        for (const auto& [f, s] : cv.by_family) fam[f] = summary_json(s);
        out << nlohmann::json{{"in_sample", summary_json(cv.in_sample)},
                              {"cross_validated", summary_json(cv.cross_validated)},
                              {"by_family", fam}}
                   .dump(2)
            << "\n";
        return kOk;
    }
    text::Table t({{"Held-out family", text::Align::Left},
                   {"Rows", text::Align::Right},
                   {"MdAPE", text::Align::Right},
                   {"Median signed", text::Align::Right}});
    for (const auto& [f, s] : cv.by_family) t.row({f, std::to_string(s.rows), pct(s.mdape), signed_pct(s.median_error)});
    out << "Leave-one-source-family-out cross-validation of the training fit (" << cases.size() << " cases)\n"
        << t.str() << "\nIn-sample (fitted on all):  " << summary_line(cv.in_sample)
        << "\nCross-validated:            " << summary_line(cv.cross_validated) << "\n";
    return kOk;
}

} // namespace cc::cli
