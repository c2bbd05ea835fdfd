#include "validation/training_case.h"

#include "validation/case_fields.h"

#include "model/workload_limits.h"
#include "util/diagnostic.h"
#include "util/json_reader.h"

#include <algorithm>
#include <climits>
#include <cmath>

namespace cc::validation {
namespace {

using json_in::child;
using nlohmann::json;

using fields::need;
using fields::number;
using fields::opt;
using fields::opt_int;
using fields::opt_num;
using fields::positive_int;
using fields::str;

} // namespace

TrainingCase read_training_case(const json& c, const std::string& p, const Catalog& cat) {
    TrainingCase tc;
    tc.id = str(need(c, p, "id"), child(p, "id"));
    const std::string cp = child(p, "cluster");
    const json& cl = need(c, p, "cluster");
    CaseCluster& hw = tc.cluster;
    hw.accelerator = str(need(cl, cp, "accelerator"), child(cp, "accelerator"));
    if (!cat.accelerator(hw.accelerator)) throw InputError(child(cp, "accelerator"), "unknown id '" + hw.accelerator + "'");
    hw.count = positive_int(need(cl, cp, "count"), child(cp, "count"));
    hw.per_node = positive_int(need(cl, cp, "per_node"), child(cp, "per_node"));
    if (hw.per_node > hw.count) throw InputError(child(cp, "per_node"), "more accelerators per node than in total");
    if (auto n = whole_nodes_note(hw)) tc.defaults.push_back(*n);
    if (const json* su = opt(cl, "scale_up")) {
        hw.scale_up = str(*su, child(cp, "scale_up"));
        if (!cat.fabric(hw.scale_up)) throw InputError(child(cp, "scale_up"), "unknown fabric id '" + hw.scale_up + "'");
    } else {
        hw.scale_up = cat.accelerator(hw.accelerator)->scale_up_fabric;
        tc.defaults.push_back("scale_up not given: the accelerator's own fabric " + hw.scale_up);
    }
    hw.scale_out_gbps_per_accel = opt_num(cl, cp, "scale_out_gbps_per_accel");
    if (const json* so = opt(cl, "scale_out")) hw.scale_out = str(*so, child(cp, "scale_out"));

    const std::string mp = child(p, "model");
    const json& m = need(c, p, "model");
    tc.model.name = opt(m, "name") ? str(m["name"], child(mp, "name")) : tc.id;
    tc.model.arch = str(need(m, mp, "arch"), child(mp, "arch"));
    static const char* archs[] = {"decoder", "moe-decoder", "encoder", "cnn", "detector", "diffusion"};
    if (std::none_of(std::begin(archs), std::end(archs), [&](const char* a) { return tc.model.arch == a; }))
        throw InputError(child(mp, "arch"), "unknown architecture '" + tc.model.arch + "'");
    tc.model.params = number(need(m, mp, "params"), child(mp, "params"));
    if (tc.model.params <= 0) throw InputError(child(mp, "params"), "expected a positive number");
    tc.model.active_params = opt_num(m, mp, "active_params");
    fields::shape_counts(m, mp, tc.model);
    tc.model.gflops_per_sample = opt_num(m, mp, "gflops_per_sample");
    const bool transformer = tc.model.arch == "decoder" || tc.model.arch == "moe-decoder" || tc.model.arch == "encoder";
    if (transformer && !tc.model.layers) throw InputError(child(mp, "layers"), "a transformer case needs layers");
    if (transformer && !tc.model.hidden) throw InputError(child(mp, "hidden"), "a transformer case needs hidden");
    if (!transformer && !tc.model.gflops_per_sample)
        throw InputError(child(mp, "gflops_per_sample"), "a " + tc.model.arch + " case needs gflops_per_sample");

    tc.stack = fields::opt_stack(c, p, training_stacks(), "training cases");

    const std::string prec = str(need(c, p, "precision"), child(p, "precision"));
    auto pr = precision_from(prec);
    if (!pr) throw InputError(child(p, "precision"), "unknown precision '" + prec + "'");
    tc.precision = *pr;

    if (const json* par = opt(c, "parallelism")) {
        const std::string pp = child(p, "parallelism");
        auto& k = tc.constraints;
        k.tp = opt_int(*par, pp, "tp", limits::kModelParallel);
        k.pp = opt_int(*par, pp, "pp", limits::kModelParallel);
        k.dp = opt_int(*par, pp, "dp", limits::kDataParallel);
        k.v = opt_int(*par, pp, "virtual_stages", limits::kModelParallel);
        k.ep = opt_int(*par, pp, "ep", limits::kModelParallel);
        k.cp = opt_int(*par, pp, "cp", limits::kModelParallel);
        if (const json* z = opt(*par, "zero")) {
            const double zv = number(*z, child(pp, "zero"));
            if (zv < 0 || zv > 3 || std::floor(zv) != zv) throw InputError(child(pp, "zero"), "expected 0, 1, 2 or 3");
            k.zero = static_cast<int>(zv);
        }
        if (const json* rc = opt(*par, "recompute")) {
            auto r = recompute_from(str(*rc, child(pp, "recompute")));
            if (!r) throw InputError(child(pp, "recompute"), "expected none, selective or full");
            k.recompute = *r;
        }
        if (const json* sp = opt(*par, "sequence_parallel")) {
            if (!sp->is_boolean()) throw InputError(child(pp, "sequence_parallel"), "expected true or false");
            k.sp = sp->get<bool>();
        }
        if (k.tp && k.pp && k.dp) {
            // Each degree may be up to 1e9: the product is checked, not left to overflow.
            long long product = 0;
            const bool huge = __builtin_mul_overflow(static_cast<long long>(*k.tp) * *k.pp, static_cast<long long>(*k.dp), &product);
            if (huge || product != tc.cluster.count)
                throw InputError(pp, "tp·pp·dp = " + (huge ? "more than " + std::to_string(LLONG_MAX) : std::to_string(product)) +
                                         " but cluster.count = " + std::to_string(tc.cluster.count));
        }
        // SCHEMA 1.1: cp is folded into dp (tp·pp·dp = count); the true data-parallel degree is dp ÷ cp.
        if (k.cp && *k.cp > 1 && k.dp) {
            if (*k.dp % *k.cp != 0)
                throw InputError(child(pp, "cp"), "cp = " + std::to_string(*k.cp) + " must divide dp = " + std::to_string(*k.dp) +
                                                      " (cp is folded into dp, SCHEMA.md 1.1)");
            k.dp = *k.dp / *k.cp;
        }
    }
    const std::string bp = child(p, "batch");
    const json& b = need(c, p, "batch");
    tc.global_batch = positive_int(need(b, bp, "global"), child(bp, "global"), limits::kGlobalBatch);
    tc.constraints.micro = opt_int(b, bp, "micro", limits::kMicroBatch);
    if (const json* run = opt(c, "run")) {
        const std::string rp = child(p, "run");
        tc.run_tokens = opt_num(*run, rp, "tokens");
        tc.run_samples = opt_num(*run, rp, "samples");
        tc.run_epochs = opt_num(*run, rp, "epochs");
    }
    return tc;
}

Design build_case_design(const TrainingCase& tc, const Catalog& cat) {
    Design d = case_cluster_design(tc.cluster, tc.id, cat);
    TrainingWorkload t;
    t.model.custom = tc.model;
    t.precision = tc.precision;
    t.stack = tc.stack;
    t.global_batch = tc.global_batch;
    t.seq_len = tc.model.seq_len;
    if (tc.run_samples) t.dataset_samples = tc.run_samples;
    if (tc.run_tokens) t.dataset_tokens = tc.run_tokens;
    const auto& k = tc.constraints;
    ParallelismSpec& ps = t.parallelism;
    ps.automatic = !k.tp && !k.pp && !k.dp;
    ps.tp = k.tp.value_or(1);
    ps.pp = k.pp.value_or(1);
    ps.dp = k.dp.value_or(1);
    ps.virtual_stages = k.v.value_or(1);
    ps.ep = k.ep.value_or(1);
    ps.cp = k.cp.value_or(1);
    ps.zero = k.zero.value_or(0);
    ps.micro_batch = k.micro;
    ps.recompute = k.recompute.value_or(Recompute::Selective);
    ps.sequence_parallel = k.sp.value_or(ps.tp > 1);
    d.workload.spec = t;
    return d;
}

} // namespace cc::validation
