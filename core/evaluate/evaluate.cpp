#include "evaluate/evaluation.h"

#include "evaluate/design_stack.h"
#include "topology/cluster_growth.h"

#include <algorithm>
#include <cmath>

namespace cc::evaluate {
namespace {

namespace tr = engine::training;
namespace inf = engine::inference;
namespace edge = engine::edge;

// Serving latency curve: from light load to just past capacity, where the knee shows.
constexpr double kCurveFromShareOfCapacity = 0.05;
constexpr double kCurveToShareOfCapacity = 1.05;
constexpr int kCurvePoints = 40;
// Growth curves reach this multiple of the design, so the chart shows where growth would bend.
constexpr double kGrowthReach = 4;
constexpr int kMinEdgeGrowthDevices = 8;

class Metrics {
public:
    explicit Metrics(std::vector<MetricValue>& out) : out_(out) {}
    Metrics& put(MetricId id, std::optional<double> v) {
        if (v && !std::isfinite(*v)) v.reset();
        out_.push_back({id, v});
        return *this;
    }

private:
    std::vector<MetricValue>& out_;
};

ClusterView cluster_for(const Design& d, const Catalog& cat, const WhatIf& w) {
    ClusterView v = resolve_cluster(d, cat);
    if (w.gpu_scale != 1.0 && v.accelerators > 0) v = grow_cluster(v, grown_gpus(v, w.gpu_scale));
    return v;
}

void score_training(const Design& d, const Catalog& cat, const Options& opt, Evaluation& ev) {
    tr::EvaluateOptions eo;
    eo.explain = opt.explain;
    eo.calibration = opt.validation.calibration;
    eo.time_runs_that_do_not_fit = opt.validation.time_runs_that_do_not_fit;
    TrainingOutcome out;
    const ClusterView view = cluster_for(d, cat, opt.what_if);
    ev.stack = resolve_stack(d.workload.stack(), WorkloadKind::Training, view.accelerator); // = design_stack(d, cat), view at hand
    const bool grown = opt.what_if.gpu_scale != 1.0;
    const auto* tw = std::get_if<TrainingWorkload>(&d.workload.spec);
    if (const ModelShape* m = opt.validation.plan ? resolve_model(tw->model) : nullptr) {
        tr::PlanConstraints c = *opt.validation.plan;
        if (grown) c.dp.reset(); // as for a design's fixed plan: dp fills the grown cluster
        out.result = tr::evaluate_training(view, *tw, *m, d.workload.assumptions, c, eo);
    } else {
        out.result = tr::evaluate_training(d, view, eo, grown);
    }
    const tr::TrainingEvaluation& e = out.result;
    if (e.ok && opt.curves) {
        tr::SweepSpec spec;
        spec.axis = tr::SweepAxis::Gpus;
        spec.to = e.view.accelerators * kGrowthReach;
        const auto* w = std::get_if<TrainingWorkload>(&d.workload.spec);
        // The sweep keeps a fixed plan's tp × pp and lets dp fill the GPUs, like the GPU what-if.
        out.growth = tr::sweep_training(view, *w, *resolve_model(w->model), d.workload.assumptions, spec);
    }
    ev.ok = e.ok;
    ev.error = e.error;
    if (e.ok) {
        const tr::StepResult& r = e.best;
        const bool tokens = e.job.transformer;
        Metrics(ev.metrics)
            .put(MetricId::StepTime_s, r.step_s)
            .put(tokens ? MetricId::TrainingTokens_per_s : MetricId::Samples_per_s, tokens ? r.tokens_per_s : r.samples_per_s)
            .put(MetricId::Mfu_pct, r.mfu * 100)
            .put(MetricId::MemoryPerGpu_GB, r.mem.total() / 1e9)
            .put(MetricId::GpusUsed, r.gpus_used)
            .put(MetricId::TimeToTrain_s, e.run.time_s)
            .put(MetricId::CostToTrain_usd, e.run.gpu_cost_usd
                                                ? std::optional<double>(*e.run.gpu_cost_usd + e.run.energy_cost_usd.value_or(0))
                                                : e.run.energy_cost_usd)
            .put(MetricId::EnergyToTrain_kWh, e.run.energy_kWh);
        ev.bottleneck = e.bottleneck.detail;
    }
    ev.training = std::move(out);
}

void score_serving(const Design& d, const Catalog& cat, const Options& opt, Evaluation& ev) {
    inf::EvaluateOptions eo;
    eo.explain = opt.explain;
    eo.calibration = opt.validation.serving_calibration;
    ServingOutcome out;
    std::string err;
    const ClusterView view = cluster_for(d, cat, opt.what_if);
    ev.stack = resolve_stack(d.workload.stack(), WorkloadKind::Serving, view.accelerator);
    out.setup = inf::serving_setup(d, cat, view, &err, eo.calibration ? *eo.calibration : inf::default_serving_calibration());
    if (out.setup) opt.validation.apply_to(out.setup->req);
    if (out.setup) out.result = inf::evaluate_setup(*out.setup, eo);
    else out.result.error = err;
    const inf::ServingResult& r = out.result;
    ev.ok = r.ok;
    ev.error = r.error;
    if (r.ok) {
        const inf::ServingRequest& req = out.setup->req;
        // Sized for the TTFT target (the latency target where none is set) and the TPOT target.
        const auto first_target = req.ttft_p99_target_ms ? req.ttft_p99_target_ms : req.latency_p99_target_ms;
        if (req.rate_per_s && (first_target || req.tpot_target_ms))
            out.sizing = inf::size_for_slo(*out.setup, *req.rate_per_s, first_target, req.tpot_target_ms, eo.calibration);
        if (opt.curves) {
            const double cap = std::max(1e-6, r.capacity_requests_per_s > 0 ? r.capacity_requests_per_s : r.requests_per_s);
            out.latency_curve = inf::sweep_serving(*out.setup, inf::ServingSweepAxis::Rate, cap * kCurveFromShareOfCapacity,
                                                   cap * kCurveToShareOfCapacity, kCurvePoints, eo.calibration);
        }
        Metrics m(ev.metrics);
        if (r.llm)
            m.put(MetricId::TtftP99_ms, r.ttft_ms.p99)
                .put(MetricId::Tpot_ms, r.tpot_ms.mean)
                .put(MetricId::E2eP99_ms, r.e2e_ms.p99)
                .put(MetricId::OutputTokens_per_s, r.output_tokens_per_s)
                .put(MetricId::CapacityRequests_per_s, r.capacity_requests_per_s)
                .put(MetricId::KvMaxBatch, r.kv_max_batch);
        else m.put(MetricId::Samples_per_s, r.samples_per_s).put(MetricId::LatencyP99_ms, r.latency_ms.p99);
        m.put(MetricId::Utilisation_pct, r.utilisation * 100);
        if (out.sizing) m.put(MetricId::GpusForTarget, out.sizing->feasible ? std::optional<double>(out.sizing->gpus) : std::nullopt);
        m.put(MetricId::CostPerMillionTokens_usd, r.cost_per_million_tokens_usd).put(MetricId::Power_W, r.power_W);
        ev.bottleneck = r.bottleneck.detail;
    }
    ev.serving = std::move(out);
}

void score_edge(const Design& d, const Catalog& cat, const Options& opt, Evaluation& ev) {
    EdgeOutcome out;
    edge::EdgeOptions eo;
    eo.serving = opt.validation.serving_calibration;
    out.result = edge::evaluate_edge(d, cat, eo);
    const edge::EdgeResult& r = out.result;
    ev.stack = design_stack(d, cat);
    ev.ok = r.ok;
    ev.error = r.error;
    if (r.ok) {
        if (opt.curves)
            out.growth = edge::streams_vs_devices(r, std::max(kMinEdgeGrowthDevices, static_cast<int>(r.devices_per_site * kGrowthReach)));
        const bool remote = r.placement != Placement::Edge;
        Metrics(ev.metrics)
            .put(MetricId::StreamsPerDevice, r.streams_per_device)
            .put(MetricId::FrameLatency_ms, r.frame_latency_ms)
            .put(MetricId::Uplink_Mbps, r.uplink_needed_Mbps)
            .put(MetricId::CloudLatencyP99_ms, remote ? std::optional<double>(r.cloud_latency_p99_ms) : std::nullopt)
            .put(MetricId::PowerPerSite_W, r.power_per_site_W)
            .put(MetricId::Fits, r.fits ? 1.0 : 0.0);
        ev.bottleneck = r.verdict.empty() ? r.bottleneck.detail : r.verdict;
    }
    ev.edge = std::move(out);
}

} // namespace

const char* to_string(WorkloadKind k) {
    switch (k) {
    case WorkloadKind::Training: return "training";
    case WorkloadKind::Serving: return "inference";
    case WorkloadKind::Edge: return "edge";
    case WorkloadKind::None: break;
    }
    return "none";
}

const MetricValue* Evaluation::metric(MetricId id) const {
    const auto it = std::find_if(metrics.begin(), metrics.end(), [&](const MetricValue& m) { return m.id == id; });
    return it == metrics.end() ? nullptr : &*it;
}

std::optional<double> Evaluation::value(MetricId id) const {
    const MetricValue* m = metric(id);
    return m ? m->value : std::nullopt;
}

Evaluation evaluate(const Design& drawn, const Catalog& cat, const Options& opt) {
    Evaluation ev;
    ev.what_if = opt.what_if;
    // The bill of materials and the rules describe the drawn design, not the what-if.
    ev.bom = bill_of_materials(drawn, cat);
    if (opt.rules) ev.findings = check(drawn, cat);
    const Totals& t = ev.bom.totals;
    Metrics(ev.metrics)
        .put(MetricId::Accelerators, t.accelerators)
        .put(MetricId::PowerNominal_W, t.power_nominal_W)
        // A partial sum would mislead: no price unless every line has one.
        .put(MetricId::ListPrice_usd, t.lines_without_price == 0 ? std::optional<double>(t.capex_usd) : std::nullopt);

    Design d = drawn;
    apply_to_design(d, opt.what_if);
    if (std::holds_alternative<TrainingWorkload>(d.workload.spec)) {
        ev.kind = WorkloadKind::Training;
        score_training(d, cat, opt, ev);
    } else if (std::holds_alternative<ServingWorkload>(d.workload.spec)) {
        ev.kind = WorkloadKind::Serving;
        score_serving(d, cat, opt, ev);
    } else if (std::holds_alternative<EdgeWorkload>(d.workload.spec)) {
        ev.kind = WorkloadKind::Edge;
        score_edge(d, cat, opt, ev);
    } else {
        ev.error = "no workload set";
    }
    return ev;
}

EvaluationPtr evaluate_shared(const Design& d, const Catalog& cat, const Options& opt) {
    return std::make_shared<const Evaluation>(evaluate(d, cat, opt));
}

} // namespace cc::evaluate
