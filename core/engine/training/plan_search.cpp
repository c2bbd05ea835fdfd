#include "engine/training/plan_search.h"

#include "engine/training/compute_model.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace cc::engine::training {
namespace {

// The global batch is fixed, so the faster step is the shorter time to train:
// rank by total throughput (never per GPU, which made more GPUs "slower"),
// then by fewer GPUs, then by memory.
bool better(const StepResult& a, const StepResult& b) {
    const bool fa = a.mem.fits(), fb = b.mem.fits();
    if (fa != fb) return fa;
    if (!fa) return a.mem.total() < b.mem.total();
    const double ta = a.samples_per_s, tb = b.samples_per_s;
    if (std::fabs(ta - tb) > 1e-9 * std::max(ta, tb)) return ta > tb;
    if (a.gpus_used != b.gpus_used) return a.gpus_used < b.gpus_used;
    return a.mem.total() < b.mem.total();
}

// Data-parallel degrees that split the global batch exactly, up to `most`:
// a plan never runs more samples per step than the batch, and may leave GPUs
// idle rather than change the batch.
std::vector<int> batch_divisors(int batch, long most) {
    std::vector<int> out;
    for (int d = 1; d <= batch && d <= most; ++d)
        if (batch % d == 0) out.push_back(d);
    return out;
}

std::string fmt(double v, int decimals = 2) {
    char buf[64]; // literal-ok: buffer size
    std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
    return buf;
}

template <class F>
void for_each_value(const std::optional<int>& fixed, const std::vector<int>& candidates, F f) {
    if (fixed) f(*fixed);
    else
        for (int v : candidates) f(v);
}

} // namespace

std::string describe(const Plan& p) {
    std::string s = "tp " + std::to_string(p.tp);
    if (p.cp > 1) s += " · cp " + std::to_string(p.cp);
    s += " · pp " + std::to_string(p.pp) + " · dp " + std::to_string(p.dp);
    if (p.pp > 1) s += " · v " + std::to_string(p.v);
    if (p.ep > 1) s += " · ep " + std::to_string(p.ep);
    s +=
        " · micro " + std::to_string(p.micro) + " · recompute " + std::string(to_string(p.recompute)) + " · ZeRO " + std::to_string(p.zero);
    if (p.sp) s += " · SP";
    return s;
}

std::string why_loses(const StepResult& loser, const StepResult& best) {
    if (!loser.mem.fits())
        return "does not fit: " + fmt(loser.mem.total() / 1e9, 1) + " GB needed per GPU, " + fmt(loser.mem.capacity / 1e9, 1) +
               " GB available";
    const Breakdown& a = loser.t;
    const Breakdown& b = best.t;
    const std::pair<const char*, double> d[] = {
        {"compute", (a.forward + a.backward) - (b.forward + b.backward)},
        {"recompute", a.recompute - b.recompute},
        {"tensor-parallel communication", a.tp_comm - b.tp_comm},
        {"expert all-to-all", a.ep_comm - b.ep_comm},
        {"context-parallel K/V exchange", a.cp_comm - b.cp_comm},
        {"pipeline point-to-point", a.pp_comm - b.pp_comm},
        {"pipeline bubble", a.bubble - b.bubble},
        {"exposed data-parallel communication", a.dp_exposed - b.dp_exposed},
        {"optimizer step", a.optimizer - b.optimizer},
        {"data-ingest stall", a.data_stall - b.data_stall},
    };
    const auto* worst = &d[0];
    for (const auto& x : d)
        if (x.second > worst->second) worst = &x;
    const double ta = loser.samples_per_s, tb = best.samples_per_s;
    const double slower = tb > 0 ? (tb / std::max(1e-30, ta) - 1) * 100 : 0;
    std::string s = fmt(slower, 1) + " % slower";
    const int decimals = 3; // literal-ok: digits shown
    if (worst->second > 0) s += ": more " + std::string(worst->first) + " (+" + fmt(worst->second, decimals) + " s per step)";
    else s += ": same time, more memory";
    return s;
}

SearchResult search_plans(const Job& j, const Hardware& hw, const PlanConstraints& c, const Calibration& cal, std::size_t keep) {
    SearchResult out;
    keep = std::max<std::size_t>(1, keep);
    const long N = std::max(1L, static_cast<long>(std::floor(hw.accelerators + 1e-9)));
    const int max_tp = std::max(1, std::min(hw.domain, cal.plan_max_tp));
    std::vector<int> tps;
    for (int t = 1; t <= max_tp; t *= 2) {
        if (j.transformer && (j.hidden % t != 0 || j.heads % t != 0)) continue;
        if (!j.transformer && t > 1) continue;
        tps.push_back(t);
    }
    std::vector<int> recomputes;
    if (c.recompute) recomputes.push_back(static_cast<int>(*c.recompute));
    else if (j.transformer) recomputes = {0, 1, 2};
    else recomputes = {0};
    std::vector<RankedPlan> best;
    auto consider = [&](const Plan& p) {
        ++out.considered;
        // Once the kept list is full of fitting plans, a plan that does not fit cannot
        // enter it: the memory check (cheap) spares the step model.
        if (best.size() == keep && best.back().result.mem.fits() && !memory_per_gpu(j, p, hw, cal).fits()) return;
        StepResult r = evaluate_plan(j, hw, p, cal);
        if (r.mem.fits()) ++out.fitting;
        if (best.size() == keep && !better(r, best.back().result)) return;
        auto it = std::find_if(best.begin(), best.end(), [&](const RankedPlan& x) { return better(r, x.result); });
        best.insert(it, RankedPlan{r, {}});
        if (best.size() > keep) best.pop_back();
    };
    // One (tp, pp, dp): every micro-batch, virtual stage, recompute, ZeRO and ep choice.
    auto consider_dp = [&](int tp, int cp, int pp, int dp, int batch) {
        // Micro-batches split each replica's share exactly (a fixed dp may not
        // divide the batch: then micro-batches round up and the engine says so).
        const double per_dp = static_cast<double>(batch) / dp;
        const bool exact = batch % dp == 0;
        // Transformers: matmul efficiency does not grow with the micro-batch in this model,
        // while memory and the bubble do, so micro-batches stop at plan_max_micro_batch sequences.
        const double max_micro = j.transformer ? std::min(cal.plan_max_micro_batch, per_dp) : per_dp;
        std::vector<int> micros;
        for (int mb = 1; mb <= std::max(1.0, max_micro); mb *= 2)
            if (!exact || (batch / dp) % mb == 0) micros.push_back(mb);
        if (exact && per_dp <= max_micro && (micros.empty() || static_cast<int>(per_dp) != micros.back()))
            micros.push_back(static_cast<int>(per_dp));
        // Expert-parallel degrees depend on dp only (hoisted out of the inner loops).
        std::vector<int> eps{1};
        if (j.moe)
            for (int e = 2; e <= j.experts; e *= 2)
                if (j.experts % e == 0 && dp % e == 0) eps.push_back(e);
        static const std::vector<int> zero_only{0}, zero_stages{0, 1, kZeroShardParams};
        const std::vector<int>& zeros = dp * cp > 1 ? zero_stages : zero_only;
        for_each_value(c.micro, micros, [&](int micro) {
            const double m = std::max(1.0, std::ceil(per_dp / micro));
            std::vector<int> vs{1};
            if (pp > 1 && j.transformer)
                for (int v : cal.plan_virtual_stages)
                    if (pp * v <= j.layers && std::fmod(m, pp) == 0) vs.push_back(v);
            for_each_value(c.v, vs, [&](int v) {
                for (int rc : recomputes)
                    for_each_value(c.zero, zeros, [&](int zero) {
                        for_each_value(c.ep, eps, [&](int ep) {
                            Plan p;
                            p.tp = tp;
                            p.cp = cp;
                            p.pp = pp;
                            p.dp = dp;
                            p.micro = micro;
                            p.v = v;
                            p.recompute = static_cast<Recompute>(rc);
                            p.zero = zero;
                            p.ep = ep;
                            p.sp = c.sp ? *c.sp && tp > 1 : tp > 1;
                            consider(p);
                        });
                    });
            });
        });
    };
    const int batch = std::max(1, static_cast<int>(std::lround(j.global_batch)));
    const double peak_flops = std::max(1e-9, hw.peak_tflops) * 1e12;
    const double flops_per_sample = std::max(1e-30, hardware_flops_per_sample(j, Recompute::None));
    for_each_value(c.tp, tps, [&](int tp) {
        if (tp > N) return;
        // Context parallelism for long sequences: powers of two that divide the sequence.
        std::vector<int> cps{1};
        if (j.transformer && j.seq >= cal.plan_cp_min_seq)
            for (int cp = 2; static_cast<long>(tp) * cp <= N && j.seq % cp == 0; cp *= 2) cps.push_back(cp);
        for_each_value(c.cp, cps, [&](int cp) {
            const long model = static_cast<long>(tp) * cp; // GPUs one sequence is spread over
            if (model > N) return;
            std::vector<int> pps;
            if (!c.pp) {
                const int max_pp = j.transformer ? j.layers : 1;
                for (int pp = 1; pp <= max_pp; ++pp)
                    if ((N / model) % pp == 0 && (!c.dp || model * pp * *c.dp <= N)) pps.push_back(pp);
                if (pps.empty()) pps.push_back(1);
            }
            for_each_value(c.pp, pps, [&](int pp) {
                const long room = N / (model * pp); // data-parallel replicas that fit on the GPUs drawn
                std::vector<int> dps = c.dp ? std::vector<int>{*c.dp} : batch_divisors(batch, std::max(1L, room));
                std::reverse(dps.begin(), dps.end()); // most GPUs first: good plans early make the bound below bite
                for (int dp : dps) {
                    // Even at 100 % of peak, so few GPUs cannot beat the plans kept: skip them (exact, no loss).
                    const double ceiling = static_cast<double>(model) * pp * dp * peak_flops / flops_per_sample;
                    if (best.size() == keep && best.back().result.mem.fits() && ceiling < best.back().result.samples_per_s) continue;
                    consider_dp(tp, cp, pp, dp, batch);
                }
            });
        });
    });
    for (std::size_t i = 1; i < best.size(); ++i) best[i].why_loses = why_loses(best[i].result, best[0].result);
    out.ranked = std::move(best);
    return out;
}

} // namespace cc::engine::training
