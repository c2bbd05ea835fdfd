#include "engine/training/sweep.h"

#include "catalog/model_library.h"
#include "catalog/model_scaling.h"
#include "topology/cluster_growth.h"

#include <algorithm>
#include <cmath>

namespace cc::engine::training {

const char* to_string(SweepAxis a) {
    switch (a) {
    case SweepAxis::Gpus: return "gpus";
    case SweepAxis::Tokens: return "tokens";
    case SweepAxis::Params: return "params";
    case SweepAxis::Batch: return "batch";
    }
    return "gpus";
}

std::optional<SweepAxis> sweep_axis_from(std::string_view s) {
    for (SweepAxis a : {SweepAxis::Gpus, SweepAxis::Tokens, SweepAxis::Params, SweepAxis::Batch})
        if (s == to_string(a)) return a;
    return std::nullopt;
}

std::vector<double> sweep_values(const SweepSpec& s, double design_gpus, int per_node, double base_value, const Calibration& cal) {
    std::vector<double> xs;
    if (s.axis == SweepAxis::Gpus) {
        // Powers of two of the node size: whole nodes, as ×N of the drawn node group.
        const double from = std::max(1.0, s.from.value_or(std::min<double>(std::max(1, per_node), design_gpus)));
        const double to = std::max(from, s.to.value_or(design_gpus));
        for (double g = from; g <= to * (1 + 1e-12) && xs.size() < 64; g *= 2) xs.push_back(std::round(g)); // literal-ok: loop guard
        if (xs.empty() || xs.back() < to - 0.5) xs.push_back(std::round(to));
        return xs;
    }
    const double from = s.from.value_or(base_value / cal.sweep_default_span), to = s.to.value_or(base_value * cal.sweep_default_span);
    const int n = std::clamp(s.steps, 1, 10000); // literal-ok: guard against absurd point counts
    if (n == 1 || from == to) return {from};
    for (int i = 0; i < n; ++i) xs.push_back(from * std::pow(to / from, static_cast<double>(i) / (n - 1)));
    if (s.axis == SweepAxis::Batch)
        for (double& x : xs) x = std::max(1.0, std::round(x));
    return xs;
}

SweepResult sweep_training(const ClusterView& view, const TrainingWorkload& w, const ModelShape& model, const Assumptions& a,
                           const SweepSpec& s, const Calibration* cal) {
    const Calibration& calib = cal ? *cal : default_calibration();
    SweepResult out;
    out.axis = s.axis;
    if (!view.accelerator || view.accelerators < 1) {
        out.error = "no accelerators with a catalog entry are drawn";
        return out;
    }
    if ((s.from && *s.from <= 0) || (s.to && *s.to <= 0) || (s.from && s.to && *s.to < *s.from)) {
        out.error = "the range must be positive with FROM ≤ TO";
        return out;
    }
    const Job base_job = resolve_job(w, model, calib);
    double base = 1;
    switch (s.axis) {
    case SweepAxis::Gpus: base = view.accelerators; break;
    case SweepAxis::Tokens:
        base = w.dataset_tokens.value_or(w.dataset_samples.value_or(calib.sweep_default_samples) * std::max(1, base_job.seq));
        break;
    case SweepAxis::Params: base = model.params; break;
    case SweepAxis::Batch: base = w.global_batch; break;
    }
    EvaluateOptions opt;
    opt.calibration = cal;
    opt.explain = false;
    opt.keep = 1;
    const PlanConstraints fixed = constraints_of(w.parallelism);
    // The run size changes nothing per step: along tokens, evaluate once and rescale the totals.
    std::optional<TrainingEvaluation> once;
    if (s.axis == SweepAxis::Tokens) once = evaluate_training(view, w, model, a, fixed, opt);
    for (double x : sweep_values(s, view.accelerators, view.per_node, base, calib)) {
        SweepPoint p;
        p.x = x;
        ClusterView v = view;
        TrainingWorkload wx = w;
        ModelShape mx = model;
        PlanConstraints c = fixed;
        switch (s.axis) {
        case SweepAxis::Gpus:
            v = grow_cluster(view, x);
            c.dp.reset(); // a fixed tp × pp keeps its shape; data parallelism fills the GPUs
            break;
        case SweepAxis::Tokens:
            wx.dataset_tokens = x;
            wx.dataset_samples.reset();
            break;
        case SweepAxis::Params:
            mx = scaled_model(model, x);
            mx.name = model.name + " scaled";
            break;
        case SweepAxis::Batch: wx.global_batch = static_cast<int>(std::clamp(x, 1.0, 1e9)); break;
        }
        TrainingEvaluation fresh;
        if (!once) fresh = evaluate_training(v, wx, mx, a, c, opt);
        const TrainingEvaluation& e = once ? *once : fresh;
        RunTotals run = e.run;
        if (once && e.ok) {
            Job jx = e.job;
            jx.run_tokens = x;
            jx.run_samples.reset();
            run = run_totals(jx, e.best, v, a);
        }
        if (!e.ok) {
            p.error = e.error;
            out.points.push_back(std::move(p));
            continue;
        }
        const StepResult& r = e.best;
        p.ok = true;
        p.gpus = r.gpus_used;
        p.plan = r.plan;
        p.step_s = r.step_s;
        p.samples_per_s = r.samples_per_s;
        p.tokens_per_s = r.tokens_per_s;
        p.mfu = r.mfu;
        p.breakdown = r.t;
        p.fits = r.mem.fits();
        p.memory_GB = r.mem.total() / 1e9;
        p.capacity_GB = r.mem.capacity / 1e9;
        p.bottleneck = e.bottleneck.resource;
        p.bottleneck_component = e.bottleneck.component;
        p.time_to_train_s = run.time_s;
        p.energy_kWh = run.energy_kWh;
        p.gpu_hours = run.gpu_hours;
        // Scaling efficiency is filled in below, once the reference point is known.
        p.scaling_efficiency = s.axis == SweepAxis::Params ? r.mfu : r.samples_per_s / std::max(1.0, r.gpus_used);
        out.points.push_back(std::move(p));
    }
    // Reference: the first point whose plan fits in memory (else the first evaluated one).
    // Along params the work per sample changes, so MFU is compared instead of samples/s per GPU.
    const SweepPoint* ref = nullptr;
    for (const auto& p : out.points)
        if (p.ok && (p.fits || !ref)) {
            if (!ref || (!ref->fits && p.fits)) ref = &p;
            if (ref->fits) break;
        }
    const double base_rate = ref ? ref->scaling_efficiency : 0;
    for (auto& p : out.points)
        if (p.ok) p.scaling_efficiency = base_rate > 0 ? p.scaling_efficiency / base_rate : 0;
    return out;
}

SweepResult sweep_training(const Design& d, const Catalog& cat, const SweepSpec& s, const Calibration* cal) {
    SweepResult out;
    out.axis = s.axis;
    const auto* w = std::get_if<TrainingWorkload>(&d.workload.spec);
    if (!w) {
        out.error = "the design has no training workload";
        return out;
    }
    const ModelShape* m = resolve_model(w->model);
    if (!m) {
        out.error = "model '" + w->model.library_id + "' is not in the model library";
        return out;
    }
    return sweep_training(resolve_cluster(d, cat), *w, *m, d.workload.assumptions, s, cal);
}

} // namespace cc::engine::training
