#include "validation/inference_case.h"

#include "validation/case_fields.h"

#include "catalog/model_library.h"
#include "engine/inference/serving_engine.h"
#include "evaluate/evaluation.h"
#include "model/workload_limits.h"
#include "util/diagnostic.h"
#include "util/json_reader.h"

#include <algorithm>
#include <cmath>

namespace cc::validation {
namespace {

using json_in::child;
using nlohmann::json;
namespace inf = engine::inference;

using fields::need;
using fields::number;
using fields::opt;
using fields::opt_int;
using fields::opt_positive; // every optional number of an inference case is > 0
using fields::positive_int;
using fields::str;

Precision precision_at(const json& v, const std::string& ptr) {
    const std::string s = str(v, ptr);
    auto p = precision_from(s);
    if (!p) throw InputError(ptr, "unknown precision '" + s + "'");
    return *p;
}

inf::Scenario scenario_from(const std::string& s, const std::string& ptr) {
    if (s == "offline") return inf::Scenario::Offline;
    if (s == "server") return inf::Scenario::Server;
    if (s == "single_stream") return inf::Scenario::SingleStream;
    if (s == "multi_stream") return inf::Scenario::MultiStream;
    if (s == "concurrency") return inf::Scenario::Concurrency;
    throw InputError(ptr, "unknown scenario '" + s + "' (offline, server, single_stream, multi_stream, concurrency)");
}

} // namespace

InferenceCase read_inference_case(const json& c, const std::string& p, const Catalog& cat) {
    InferenceCase ic;
    ic.id = str(need(c, p, "id"), child(p, "id"));
    const std::string cp = child(p, "cluster");
    const json& cl = need(c, p, "cluster");
    CaseCluster& hw = ic.cluster;
    hw.accelerator = str(need(cl, cp, "accelerator"), child(cp, "accelerator"));
    const AcceleratorSpec* acc = cat.accelerator(hw.accelerator);
    if (!acc) throw InputError(child(cp, "accelerator"), "unknown id '" + hw.accelerator + "'");
    const int count = hw.count = positive_int(need(cl, cp, "count"), child(cp, "count"));
    hw.per_node = positive_int(need(cl, cp, "per_node"), child(cp, "per_node"));
    if (hw.per_node > count) throw InputError(child(cp, "per_node"), "more accelerators per node than in total");
    if (auto n = whole_nodes_note(hw)) ic.defaults.push_back(*n);
    hw.scale_up = acc->scale_up_fabric;
    if (const json* su = opt(cl, "scale_up")) hw.scale_up = str(*su, child(cp, "scale_up"));
    if (!cat.fabric(hw.scale_up) && hw.scale_up != "none")
        throw InputError(child(cp, "scale_up"), "unknown fabric id '" + hw.scale_up + "'");
    if (const json* pm = opt(cl, "power_mode")) hw.power_mode = str(*pm, child(cp, "power_mode"));

    // Model.
    const std::string mp = child(p, "model");
    const json& m = need(c, p, "model");
    ModelShape shape;
    shape.name = opt(m, "name") ? str(m["name"], child(mp, "name")) : ic.id;
    shape.arch = str(need(m, mp, "arch"), child(mp, "arch"));
    static const char* archs[] = {"decoder", "moe-decoder", "encoder", "cnn", "detector", "diffusion"};
    if (std::none_of(std::begin(archs), std::end(archs), [&](const char* a) { return shape.arch == a; }))
        throw InputError(child(mp, "arch"), "unknown architecture '" + shape.arch + "'");
    shape.params = number(need(m, mp, "params"), child(mp, "params"));
    if (shape.params <= 0) throw InputError(child(mp, "params"), "expected a positive number");
    if (auto a = opt_positive(m, mp, "active_params")) shape.active_params = *a;
    fields::shape_counts(m, mp, shape);
    if (auto g = opt_positive(m, mp, "gflops_per_sample")) shape.gflops_per_sample = *g;
    const bool transformer = shape.arch == "decoder" || shape.arch == "moe-decoder" || shape.arch == "encoder";
    if (transformer && !shape.layers) throw InputError(child(mp, "layers"), "a transformer case needs layers");
    if (transformer && !shape.hidden) throw InputError(child(mp, "hidden"), "a transformer case needs hidden");
    if (!transformer && !shape.gflops_per_sample && shape.arch != "diffusion") {
        // The model library's published FLOPs for the same architecture and size (±10 %).
        for (const auto& lib : ModelLibrary::builtin().models())
            if (lib.shape.arch == shape.arch && lib.shape.gflops_per_sample &&
                std::abs(lib.shape.params - shape.params) <= 0.1 * shape.params) {
                shape.gflops_per_sample = lib.shape.gflops_per_sample;
                ic.defaults.push_back("gflops_per_sample not given: " + std::to_string(*lib.shape.gflops_per_sample) +
                                      " from model library entry '" + lib.id + "' (same architecture and size)");
                break;
            }
        if (!shape.gflops_per_sample) throw InputError(child(mp, "gflops_per_sample"), "a " + shape.arch + " case needs gflops_per_sample");
    }

    ic.stack = fields::opt_stack(c, p, inference_stacks(), "inference cases");

    const Precision prec = precision_at(need(c, p, "precision"), child(p, "precision"));
    const std::string sp = child(p, "serving");
    const json& sv = need(c, p, "serving");
    ServingWorkload& w = ic.workload;
    evaluate::ValidationKnobs& k = ic.knobs;
    w.model.custom = shape;
    w.precision = prec;
    k.scenario = scenario_from(str(need(sv, sp, "scenario"), child(sp, "scenario")), child(sp, "scenario"));
    if (opt(sv, "weights_precision")) w.weights_precision = precision_at(sv["weights_precision"], child(sp, "weights_precision"));
    if (opt(sv, "kv_precision")) w.kv_precision = precision_at(sv["kv_precision"], child(sp, "kv_precision"));
    if (auto why = inf::missing_peak(*acc, inf::compute_precision(*acc, prec, w.weights_precision.value_or(prec))))
        throw InputError(child(p, "precision"), *why);
    w.tp = opt_int(sv, sp, "tp", limits::kModelParallel).value_or(1);
    if (count % *w.tp != 0) throw InputError(child(sp, "tp"), "tp does not divide cluster.count");
    k.batch = opt_int(sv, sp, "batch", limits::kGlobalBatch);
    w.concurrency = opt_int(sv, sp, "concurrency", limits::kConcurrency);
    k.latency_bound_ms = opt_positive(sv, sp, "latency_bound_ms");
    const auto out = opt_positive(sv, sp, "output_tokens");
    const auto in = opt_positive(sv, sp, "input_tokens");
    w.output_tokens = out.value_or(128);
    if (!out && (shape.arch == "decoder" || shape.arch == "moe-decoder")) ic.defaults.push_back("output_tokens not given: 128 assumed");
    w.input_tokens = in.value_or(w.output_tokens);
    if (!in && (shape.arch == "decoder" || shape.arch == "moe-decoder"))
        ic.defaults.push_back("input_tokens not given: equal to output tokens assumed (" + std::to_string(w.output_tokens) + ")");
    if (k.scenario == inf::Scenario::Concurrency && !w.concurrency)
        throw InputError(child(sp, "concurrency"), "a concurrency scenario needs concurrency");
    if (const json* e = opt(sv, "engines")) k.use_dla = str(*e, child(sp, "engines")) == "gpu+dla";
    // The engine's stack overhead unless the case says the measurement was kernel-only.
    bool end_to_end = false;
    if (const json* po = opt(sv, "pipeline_overhead")) end_to_end = str(*po, child(sp, "pipeline_overhead")) == "end_to_end";
    w.pipeline = end_to_end ? "end_to_end" : "kernel";
    return ic;
}

Design build_case_design(const InferenceCase& ic, const Catalog& cat) {
    Design d = case_cluster_design(ic.cluster, ic.id, cat);
    d.workload.spec = ic.workload;
    d.workload.set_stack(ic.stack); // the case's stack, read beside the workload
    return d;
}

namespace {

inf::ServingResult evaluate_read_case(const InferenceCase& ic, const Catalog& cat, bool explain) {
    evaluate::Options opt = case_options(explain);
    opt.validation = ic.knobs;
    evaluate::Evaluation ev = evaluate::evaluate(build_case_design(ic, cat), cat, opt);
    inf::ServingResult r = std::move(ev.serving->result); // a serving design always has a serving outcome
    r.notes.insert(r.notes.begin(), ic.defaults.begin(), ic.defaults.end());
    return r;
}

} // namespace

inf::ServingResult evaluate_inference_case_full(const json& c, const std::string& ptr, const Catalog& cat, bool explain) {
    return evaluate_read_case(read_inference_case(c, ptr, cat), cat, explain);
}

Prediction evaluate_inference_case(const json& c, const std::string& ptr, const Catalog& cat) {
    const InferenceCase ic = read_inference_case(c, ptr, cat);
    const inf::ServingResult r = evaluate_read_case(ic, cat, false);
    if (!r.ok) throw InputError(ptr, r.error);
    Prediction p;
    auto put = [&](const std::string& k, const inf::Percentiles& v) {
        p.values[k] = v.mean;
        p.values[k + "@p50"] = v.p50;
        p.values[k + "@p90"] = v.p90;
        p.values[k + "@p99"] = v.p99;
    };
    if (r.llm) {
        p.values["output_tokens_per_s"] = r.output_tokens_per_s;
        p.values["samples_per_s"] = r.requests_per_s;
        put("ttft_ms", r.ttft_ms);
        put("tpot_ms", r.tpot_ms);
        put("latency_ms", r.e2e_ms);
        p.per_accelerator_throughput = r.output_tokens_per_s / std::max(1.0, r.replicas * r.tp);
    } else {
        p.values["samples_per_s"] = r.samples_per_s;
        put("latency_ms", r.latency_ms);
        p.per_accelerator_throughput = r.samples_per_s / std::max(1.0, r.replicas);
    }
    p.notes = r.notes;
    p.notes.push_back(std::string("bottleneck: ") + engine::inference::to_string(r.bottleneck.resource));
    p.stack = ic.stack;
    return p;
}

void register_inference_case_evaluator() {
    if (!inference_evaluator_registered()) register_inference_evaluator(&evaluate_inference_case);
}

} // namespace cc::validation
