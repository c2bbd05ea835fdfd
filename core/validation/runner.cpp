#include "validation/runner.h"
#include "validation/inference_case.h"

#include "engine/training/training_engine.h"
#include "evaluate/evaluation.h"
#include "util/diagnostic.h"
#include "util/json_reader.h"
#include "validation/training_case.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace cc::validation {
namespace {

using json_in::child;
using nlohmann::json;

CaseEvaluator& inference_slot() {
    static CaseEvaluator e;
    return e;
}

// The dispatch point: one evaluator per case kind.
Prediction evaluate_case(const json& c, const std::string& ptr, const std::string& kind, const Catalog& cat, const RunOptions& opt) {
    if (kind == "training") return evaluate_training_case(c, ptr, cat, opt);
    if (kind == "inference") {
        if (!inference_slot()) throw InputError("", "inference engine not available yet");
        return inference_slot()(c, ptr, cat);
    }
    throw InputError(child(ptr, "kind"), "unknown kind '" + kind + "' (expected training or inference)");
}

std::string case_id_of(const json& c, std::size_t i) {
    if (c.is_object())
        if (auto it = c.find("id"); it != c.end() && it->is_string()) return it->get<std::string>();
    return "#" + std::to_string(i);
}

} // namespace

void register_inference_evaluator(CaseEvaluator e) { inference_slot() = std::move(e); }
bool inference_evaluator_registered() { return static_cast<bool>(inference_slot()); }

namespace {

engine::training::TrainingEvaluation evaluate_read_case(const TrainingCase& tc, const Catalog& cat, bool explain, const RunOptions& ro) {
    using namespace engine::training;
    evaluate::Options opt = case_options(explain);
    opt.validation.calibration = ro.calibration;
    opt.validation.time_runs_that_do_not_fit = true;
    opt.validation.plan = tc.constraints;
    evaluate::Evaluation ev = evaluate::evaluate(build_case_design(tc, cat), cat, opt);
    TrainingEvaluation e = std::move(ev.training->result); // a training design always has a training outcome
    for (auto it = tc.defaults.rbegin(); it != tc.defaults.rend(); ++it) e.notes.insert(e.notes.begin(), *it);
    return e;
}

} // namespace

engine::training::TrainingEvaluation evaluate_training_case_full(const json& c, const std::string& ptr, const Catalog& cat, bool explain,
                                                                 const RunOptions& ro) {
    return evaluate_read_case(read_training_case(c, ptr, cat), cat, explain, ro);
}

Prediction evaluate_training_case(const json& c, const std::string& ptr, const Catalog& cat, const RunOptions& ro) {
    using namespace engine::training;
    const TrainingCase tc = read_training_case(c, ptr, cat);
    const TrainingEvaluation e = evaluate_read_case(tc, cat, false, ro);
    if (!e.ok) throw InputError(ptr, e.error);
    const StepResult& r = e.best;
    Prediction p;
    p.values["step_time_s"] = r.step_s;
    p.values["samples_per_s"] = r.samples_per_s;
    if (e.job.transformer) p.values["tokens_per_s"] = r.tokens_per_s;
    p.values["tflops_per_gpu"] = r.model_tflops_per_gpu;
    p.values["hw_tflops_per_gpu"] = r.hw_tflops_per_gpu;
    p.values["mfu"] = r.mfu;
    if (e.run.time_s) p.values["time_to_train_min"] = *e.run.time_s / 60;
    p.per_accelerator_throughput = r.samples_per_s / r.gpus_used;
    p.notes = e.notes;
    p.notes.push_back("plan: " + describe(r.plan));
    p.stack = tc.stack;
    return p;
}

void run_document(const json& doc, const std::string& origin, const Catalog& cat, Report& report, const RunOptions& opt) {
    register_inference_case_evaluator(); // explicit: static initialisers in a static library may be dropped
    // Compared as JSON values: a "format" or "version" of another type is a mismatch, not a type_error.
    if (!doc.is_object() || !doc.contains("format") || doc["format"] != "clustercanvas-validation") {
        report.failed.push_back({origin, "/format: expected \"clustercanvas-validation\""});
        return;
    }
    if (!doc.contains("version") || !doc["version"].is_number_integer() || doc["version"] != 1) {
        report.failed.push_back({origin, "/version: expected 1"});
        return;
    }
    auto it = doc.find("cases");
    if (it == doc.end() || !it->is_array()) {
        report.failed.push_back({origin, "/cases: expected an array"});
        return;
    }
    const json& cases = *it;
    std::map<std::string, Prediction> done;    // for relative metrics
    std::map<std::string, std::string> errors; // case id -> message
    std::map<std::string, std::size_t> index;
    for (std::size_t i = 0; i < cases.size(); ++i) index.emplace(case_id_of(cases[i], i), i);

    // Evaluate (memoised, so reference cases are evaluated once).
    auto predict = [&](std::size_t i) -> const Prediction* {
        const std::string id = case_id_of(cases[i], i);
        if (auto d = done.find(id); d != done.end()) return &d->second;
        if (errors.count(id)) return nullptr;
        const std::string ptr = child("/cases", i);
        try {
            const json& c = cases[i];
            if (!c.is_object()) throw InputError(ptr, "expected an object");
            auto k = c.find("kind");
            if (k == c.end() || !k->is_string()) throw InputError(child(ptr, "kind"), "missing required field");
            Prediction p = evaluate_case(c, ptr, k->get<std::string>(), cat, opt);
            return &done.emplace(id, std::move(p)).first->second;
        } catch (const InputError& e) {
            errors[id] = e.where().empty() ? e.detail() : e.where() + ": " + e.detail();
        } catch (const std::exception& e) {
            errors[id] = ptr + ": " + e.what();
        }
        return nullptr;
    };

    for (std::size_t i = 0; i < cases.size(); ++i) {
        const json& c = cases[i];
        const std::string id = case_id_of(c, i);
        const std::string ptr = child("/cases", i);
        const json* expect = c.is_object() && c.contains("expect") ? &c["expect"] : nullptr;
        const std::size_t n_expect = expect && expect->is_array() ? expect->size() : 0;
        if (!expect || !expect->is_array()) {
            report.failed.push_back({id, child(ptr, "expect") + ": missing required field"});
            ++report.missed;
            continue;
        }
        const Prediction* p = predict(i);
        if (!p) {
            report.failed.push_back({id, errors[id]});
            report.missed += n_expect;
            continue;
        }
        for (const auto& n : p->notes) report.notes.push_back(id + ": " + n);
        std::vector<Row> rows;
        std::string failure;
        for (std::size_t k = 0; k < n_expect && failure.empty(); ++k) {
            const json& ex = (*expect)[k];
            const std::string ep = child(child(ptr, "expect"), k);
            if (!ex.is_object() || !ex.contains("metric") || !ex["metric"].is_string()) {
                failure = child(ep, "metric") + ": missing required field";
                break;
            }
            if (!ex.contains("value") || !ex["value"].is_number() || ex["value"].get<double>() == 0) {
                failure = child(ep, "value") + ": expected a non-zero number";
                break;
            }
            const std::string metric = ex["metric"].get<std::string>();
            const double measured = ex["value"].get<double>();
            double predicted = 0;
            if (metric == "scaling_efficiency") {
                if (!ex.contains("relative_to") || !ex["relative_to"].is_string()) {
                    failure = child(ep, "relative_to") + ": scaling_efficiency needs relative_to";
                    break;
                }
                const std::string ref = ex["relative_to"].get<std::string>();
                auto ri = index.find(ref);
                if (ri == index.end()) {
                    failure = child(ep, "relative_to") + ": no case '" + ref + "' in this file";
                    break;
                }
                const Prediction* rp = predict(ri->second);
                if (!rp || rp->per_accelerator_throughput <= 0) {
                    failure = child(ep, "relative_to") + ": reference case '" + ref + "' failed: " + errors[ref];
                    break;
                }
                predicted = p->per_accelerator_throughput / rp->per_accelerator_throughput;
            } else {
                std::string key = metric;
                if (ex.contains("percentile") && ex["percentile"].is_number()) {
                    const double pct = ex["percentile"].get<double>();
                    if (!(pct >= 0 && pct <= 100)) { // and never cast 1e300 to int
                        failure = child(ep, "percentile") + ": expected a number from 0 to 100";
                        break;
                    }
                    key += "@p" + std::to_string(static_cast<int>(pct));
                }
                auto v = p->values.find(key);
                if (v == p->values.end()) v = p->values.find(metric);
                if (v == p->values.end()) {
                    failure = child(ep, "metric") + ": the engine does not predict '" + metric + "' for this case" +
                              (metric == "time_to_train_min" ? " (needs run.tokens, run.samples or run.epochs)" : "");
                    break;
                }
                predicted = v->second;
            }
            rows.push_back({id, metric, predicted, measured, (predicted - measured) / measured, p->stack});
        }
        if (!failure.empty()) {
            report.failed.push_back({id, failure});
            report.missed += n_expect;
            continue;
        }
        report.rows.insert(report.rows.end(), rows.begin(), rows.end());
    }
}

void summarise(Report& r) {
    Summary& s = r.summary;
    s = {};
    s.rows = r.rows.size();
    s.failed = r.failed.size();
    std::vector<double> errs, signed_errs;
    for (const auto& row : r.rows) {
        errs.push_back(std::fabs(row.error));
        signed_errs.push_back(row.error);
        if (!s.worst || std::fabs(row.error) > std::fabs(s.worst->error)) s.worst = row;
    }
    for (std::size_t i = 0; i < r.missed; ++i) errs.push_back(std::numeric_limits<double>::infinity());
    if (errs.empty()) return;
    if (!signed_errs.empty()) {
        std::sort(signed_errs.begin(), signed_errs.end());
        const std::size_t k = signed_errs.size();
        s.median_error = k % 2 ? signed_errs[k / 2] : (signed_errs[k / 2 - 1] + signed_errs[k / 2]) / 2;
    }
    std::sort(errs.begin(), errs.end());
    const std::size_t n = errs.size();
    s.mdape = n % 2 ? errs[n / 2] : (errs[n / 2 - 1] + errs[n / 2]) / 2;
    if (!std::isfinite(s.mdape)) s.mdape = 1e9;
    double w10 = 0, w20 = 0;
    for (double e : errs) {
        w10 += e <= 0.10;
        w20 += e <= 0.20;
    }
    s.within_10 = w10 / static_cast<double>(n);
    s.within_20 = w20 / static_cast<double>(n);
}

void run_text(std::string_view text, const std::string& origin, const Catalog& cat, Report& report, const RunOptions& opt) {
    try {
        run_document(json_in::parse(text), origin, cat, report, opt);
    } catch (const InputError& e) {
        report.failed.push_back({origin, e.what()});
    }
}

Report run_files(const std::vector<std::string>& files, const Catalog& cat, const RunOptions& opt) {
    Report r;
    for (const auto& f : files) {
        try {
            run_document(json_in::parse_file(f), f, cat, r, opt);
        } catch (const InputError& e) {
            r.failed.push_back({f, e.what()});
        }
    }
    summarise(r);
    return r;
}

json to_json(const Report& r) {
    json rows = json::array(), failed = json::array();
    for (const auto& x : r.rows) {
        rows.push_back(
            {{"case", x.case_id}, {"metric", x.metric}, {"predicted", x.predicted}, {"measured", x.measured}, {"error", x.error}});
        if (x.stack) rows.back()["stack"] = to_string(*x.stack);
    }
    for (const auto& f : r.failed) failed.push_back({{"case", f.case_id}, {"message", f.message}});
    json summary{{"rows", r.summary.rows},
                 {"failed", r.summary.failed},
                 {"mdape", r.summary.mdape},
                 {"within_10", r.summary.within_10},
                 {"within_20", r.summary.within_20},
                 {"median_error", r.summary.median_error},
                 {"worst", nullptr}};
    if (r.summary.worst)
        summary["worst"] = {{"case", r.summary.worst->case_id}, {"metric", r.summary.worst->metric}, {"error", r.summary.worst->error}};
    return {{"rows", rows}, {"failed", failed}, {"summary", summary}};
}

} // namespace cc::validation
