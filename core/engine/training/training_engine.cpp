#include "engine/training/training_engine.h"

#include "catalog/model_library.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <sstream>

namespace cc::engine::training {
namespace {

Bottleneck blame(const StepResult& r, const ClusterView& v) {
    Bottleneck b;
    b.resource = r.bottleneck;
    const double compute = r.t.forward + r.t.backward + r.t.recompute + r.t.optimizer + r.t.overhead;
    switch (r.bottleneck) {
    case Resource::Compute:
        b.component = v.node_component;
        b.seconds = compute;
        b.detail = "the GPUs' matmul throughput (" + v.accelerator_id + " in " + v.node_component + ") sets the step time";
        break;
    case Resource::ScaleUp:
        b.component = v.node_component;
        b.seconds = r.scale_up_s;
        b.detail = "exposed traffic on the scale-up fabric (" + v.scale_up_id + " inside " + v.node_component + ")";
        break;
    case Resource::ScaleOut:
        b.component = v.oversubscription > 1 && !v.uplink_link.empty() ? v.uplink_link
                      : !v.scale_out_link.empty()                      ? v.scale_out_link
                                                                       : v.node_component;
        b.seconds = r.scale_out_s;
        b.detail = v.oversubscription > 1 ? "exposed traffic across the oversubscribed leaf uplinks"
                                          : "exposed traffic across the scale-out network (NIC bandwidth per GPU)";
        break;
    case Resource::Bubble:
        b.component = v.node_component;
        b.seconds = r.t.bubble;
        b.detail = "pipeline bubble: " + std::to_string(r.plan.pp) + " stages, " + std::to_string(r.microbatches) + " micro-batches, " +
                   std::to_string(r.plan.v) + " virtual stage(s)";
        break;
    case Resource::Storage:
        b.component = v.storage_component;
        b.seconds = r.t.data_stall;
        b.detail = "storage cannot feed samples as fast as the GPUs consume them";
        break;
    case Resource::Memory:
        b.component = v.node_component;
        b.seconds = 0;
        b.detail = "the plan needs more memory per GPU than " + v.accelerator_id + " has";
        break;
    }
    return b;
}

std::string fmt_GB(double bytes) {
    char buf[32]; // literal-ok: buffer size
    std::snprintf(buf, sizeof buf, "%.1f GB", bytes / 1e9);
    return buf;
}

std::string fmt_g(double v) {
    std::ostringstream o;
    o << v; // shortest of fixed and scientific: 0.1, 2.5e-05
    return o.str();
}

std::string count(double v) { return std::to_string(static_cast<long long>(std::llround(v))); }

// When nothing fits: the smallest change that does, tried in the order a user
// would (let the engine choose recompute/ZeRO, then more GPUs, then a shorter
// sequence). Runs only on that path, so its searches cost nothing otherwise.
std::string smallest_fitting_change(const Job& j, const Hardware& hw, const PlanConstraints& c, const Calibration& cal) {
    auto fits = [&](const Job& jj, const Hardware& hh, const PlanConstraints& cc) {
        const SearchResult s = search_plans(jj, hh, cc, cal, 1);
        return !s.ranked.empty() && s.ranked.front().result.mem.fits();
    };
    PlanConstraints freer = c;
    freer.recompute.reset();
    freer.zero.reset();
    if ((c.recompute || c.zero) && fits(j, hw, freer)) return "leave recompute and ZeRO to the engine (full recompute or ZeRO-3 fits)";
    PlanConstraints open = freer;
    open.tp.reset();
    open.pp.reset();
    open.dp.reset();
    open.micro.reset();
    open.v.reset();
    std::vector<std::string> ways;
    for (int k = 2; k <= cal.fit_search_max_gpu_factor; k *= 2) {
        Hardware more = hw;
        more.accelerators = hw.accelerators * k;
        if (fits(j, more, open)) {
            ways.push_back("≥ " + count(more.accelerators) + " GPUs");
            break;
        }
    }
    if (j.transformer)
        for (int k = 2; k <= cal.fit_search_max_seq_divisor; k *= 2) {
            Job shorter = j;
            shorter.seq = std::max(1, j.seq / k);
            if (fits(shorter, hw, open)) {
                ways.push_back("a sequence of ≤ " + count(shorter.seq) + " tokens");
                break;
            }
        }
    if (ways.empty()) return "a GPU with more memory";
    return ways.size() == 1 ? ways[0] : ways[0] + ", or " + ways[1];
}

} // namespace

RunTotals run_totals(const Job& j, const StepResult& r, const ClusterView& v, const Assumptions& a) {
    RunTotals run;
    if (j.run_samples) run.samples = j.run_samples;
    else if (j.run_tokens && j.transformer) run.samples = *j.run_tokens / j.seq;
    if (run.samples && r.samples_per_s > 0) {
        const double t = *run.samples / r.samples_per_s;
        run.time_s = t;
        run.energy_kWh = v.power_W * (r.gpus_used / std::max(1.0, v.accelerators)) * t / 3.6e6 * a.pue;
        run.energy_cost_usd = *run.energy_kWh * a.price_per_kWh_usd;
        run.gpu_hours = r.gpus_used * t / 3600;
        if (a.price_per_gpu_hour_usd) run.gpu_cost_usd = *run.gpu_hours * *a.price_per_gpu_hour_usd;
    }
    return run;
}

TrainingEvaluation evaluate_training(const ClusterView& view, const TrainingWorkload& w, const ModelShape& model, const Assumptions& a,
                                     const PlanConstraints& c, const EvaluateOptions& opt) {
    const Calibration& cal = opt.calibration ? *opt.calibration : default_calibration();
    TrainingEvaluation e;
    e.view = view;
    e.notes = view.notes;
    e.caveats = view.caveats;
    if (!view.accelerator || view.accelerators < 1) {
        e.error = "no accelerators with a catalog entry are drawn";
        return e;
    }
    e.job = resolve_job(w, model, cal);
    e.hw = hardware_of(view, w.precision);
    if (e.hw.peak_tflops <= 0) {
        e.error = view.accelerator_id + " publishes no dense peak usable for " + std::string(to_string(w.precision)) + " training";
        return e;
    }
    for (const auto& d : e.job.defaults) e.notes.push_back(d);
    if (!e.hw.peak_note.empty()) e.notes.push_back(e.hw.peak_note);
    e.automatic = !c.tp && !c.pp && !c.dp;
    PlanConstraints fixed = c;
    if (!e.automatic && !c.v && c.pp.value_or(1) > 1)
        e.notes.push_back("virtual pipeline stages not given: chosen by the engine's plan search (interleaved 1F1B when layers divide)");
    auto unset = [&](bool is_unset, const char* what) {
        if (is_unset && !e.automatic) e.notes.push_back(std::string(what) + " not given: chosen by the engine's plan search");
    };
    unset(!c.micro, "micro-batch");
    unset(!c.zero && c.dp.value_or(2) > 1, "ZeRO stage");
    unset(!c.recompute, "recompute mode");
    // A fixed plan is never scored on GPUs the design does not have.
    const long long needed = static_cast<long long>(c.tp.value_or(1)) * c.cp.value_or(1) * c.pp.value_or(1) * c.dp.value_or(1);
    const long long drawn = static_cast<long long>(std::floor(view.accelerators + 1e-9));
    if (!e.automatic && needed > drawn) {
        e.error = "the fixed plan (tp " + std::to_string(c.tp.value_or(1)) +
                  (c.cp.value_or(1) > 1 ? " × cp " + std::to_string(*c.cp) : std::string()) + " × pp " + std::to_string(c.pp.value_or(1)) +
                  " × dp " + std::to_string(c.dp.value_or(1)) + ") needs " + std::to_string(needed) + " GPUs; the design has " +
                  std::to_string(drawn) + " (lower a degree, or set parallelism to auto)";
        return e;
    }
    SearchResult s = search_plans(e.job, e.hw, fixed, cal, opt.keep);
    e.plans_considered = s.considered;
    e.plans_fitting = s.fitting;
    if (s.ranked.empty()) {
        e.error = "no parallel plan matches the workload on " + std::to_string(static_cast<long long>(view.accelerators)) + " GPUs";
        return e;
    }
    e.ranked = std::move(s.ranked);
    e.best = e.ranked.front().result;
    if (!e.best.mem.fits() && opt.time_runs_that_do_not_fit) {
        e.notes.push_back("the memory model gives " + fmt_GB(e.best.mem.total()) + " per GPU, over " + fmt_GB(e.best.mem.capacity) +
                          "; the published run did run, so it is timed anyway");
    } else if (!e.best.mem.fits()) {
        // No time, throughput or cost for a job that cannot run: say what would fit.
        e.fits = false;
        e.error = std::string(e.automatic ? "does not fit in GPU memory with any plan" : "the plan does not fit in GPU memory") + ": " +
                  fmt_GB(e.best.mem.total()) + " needed per GPU, " + fmt_GB(e.best.mem.capacity) +
                  " available; smallest change that fits: " + smallest_fitting_change(e.job, e.hw, fixed, cal);
        return e;
    }
    e.ok = true;
    if (std::fabs(e.best.samples_per_step - e.job.global_batch) > 0.5)
        e.notes.push_back("global batch adjusted from " + count(e.job.global_batch) + " to " + count(e.best.samples_per_step) +
                          " samples per step: the fixed dp × micro-batch (" + std::to_string(e.best.plan.dp) + " × " +
                          std::to_string(e.best.plan.micro) + ") does not divide it");
    if (e.best.gpus_used + 0.5 < view.accelerators)
        e.notes.push_back("the plan uses " + std::to_string(static_cast<long long>(e.best.gpus_used)) + " of " +
                          std::to_string(static_cast<long long>(view.accelerators)) + " GPUs");
    if (view.nodes > 1 && view.scale_out_GBps <= 0 && e.best.gpus_used > e.hw.domain)
        e.notes.push_back("nodes are not connected by a network: communication between them is priced at " + fmt_g(cal.disconnected_GBps) +
                          " GB/s");

    e.run = run_totals(e.job, e.best, view, a);
    e.bottleneck = blame(e.best, view);
    if (opt.explain) e.explanation = explain(e, a, cal);
    return e;
}

TrainingEvaluation evaluate_training(const Design& d, const Catalog& cat, const EvaluateOptions& opt) {
    return evaluate_training(d, resolve_cluster(d, cat), opt, false);
}

TrainingEvaluation evaluate_training(const Design& d, const ClusterView& view, const EvaluateOptions& opt, bool free_dp) {
    TrainingEvaluation e;
    const auto* w = std::get_if<TrainingWorkload>(&d.workload.spec);
    if (!w) {
        e.error = "the design has no training workload";
        return e;
    }
    const ModelShape* m = resolve_model(w->model);
    if (!m) {
        e.error = "model '" + w->model.library_id + "' is not in the model library";
        return e;
    }
    PlanConstraints c = constraints_of(w->parallelism);
    if (free_dp) c.dp.reset(); // a fixed tp × pp keeps its shape; data parallelism fills the GPUs
    return evaluate_training(view, *w, *m, d.workload.assumptions, c, opt);
}

} // namespace cc::engine::training
