#include "scoring/training_scorer.h"

#include "scoring/metric_card.h"
#include "util/human_units.h"

#include <algorithm>

#include <QObject>

namespace cc::studio {

namespace tr = engine::training;
using evaluate::MetricId;

namespace {

QString q(const std::string& s) { return QString::fromStdString(s); }

QString resourceName(tr::Resource r) {
    switch (r) {
    case tr::Resource::Compute: return QStringLiteral(QT_TRANSLATE_NOOP("Resource", "compute"));
    case tr::Resource::ScaleUp: return QStringLiteral(QT_TRANSLATE_NOOP("Resource", "scale-up fabric"));
    case tr::Resource::ScaleOut: return QStringLiteral(QT_TRANSLATE_NOOP("Resource", "scale-out network"));
    case tr::Resource::Bubble: return QStringLiteral(QT_TRANSLATE_NOOP("Resource", "pipeline bubble"));
    case tr::Resource::Storage: return QStringLiteral(QT_TRANSLATE_NOOP("Resource", "storage"));
    case tr::Resource::Memory: return QStringLiteral(QT_TRANSLATE_NOOP("Resource", "memory capacity"));
    }
    return {};
}

ChartSpec breakdownChart(const tr::StepResult& r) {
    ChartSpec c;
    c.type = ChartSpec::Type::StackedBar;
    c.key = QStringLiteral("breakdown");
    c.title = QObject::tr("Where the step time goes");
    c.x_label = QObject::tr("s per step");
    c.categories = {QObject::tr("Step")};
    const struct {
        const char* name;
        double v;
        QColor colour;
    } parts[] = {
        {QT_TRANSLATE_NOOP("QObject", "Forward"), r.t.forward, QColor(0x1f, 0x6f, 0xb2)},
        {QT_TRANSLATE_NOOP("QObject", "Backward"), r.t.backward, QColor(0x4a, 0x9b, 0xd9)},
        {QT_TRANSLATE_NOOP("QObject", "Recompute"), r.t.recompute, QColor(0x9c, 0xc9, 0xef)},
        {QT_TRANSLATE_NOOP("QObject", "Tensor-parallel comm."), r.t.tp_comm, QColor(0x8e, 0x44, 0xad)},
        {QT_TRANSLATE_NOOP("QObject", "Expert all-to-all"), r.t.ep_comm, QColor(0xb0, 0x7c, 0xc6)},
        {QT_TRANSLATE_NOOP("QObject", "Context-parallel K/V"), r.t.cp_comm, QColor(0x6c, 0x3d, 0x8f)},
        {QT_TRANSLATE_NOOP("QObject", "Pipeline p2p"), r.t.pp_comm, QColor(0xd7, 0xbd, 0xe2)},
        {QT_TRANSLATE_NOOP("QObject", "Pipeline bubble"), r.t.bubble, QColor(0x95, 0xa5, 0xa6)},
        {QT_TRANSLATE_NOOP("QObject", "Data-parallel comm. (exposed)"), r.t.dp_exposed, QColor(0xe6, 0x7e, 0x22)},
        {QT_TRANSLATE_NOOP("QObject", "Optimizer"), r.t.optimizer, QColor(0xf1, 0xc4, 0x0f)},
        {QT_TRANSLATE_NOOP("QObject", "Data-ingest stall"), r.t.data_stall, QColor(0x16, 0xa0, 0x85)},
        {QT_TRANSLATE_NOOP("QObject", "Fixed overhead"), r.t.overhead, QColor(0x7f, 0x8c, 0x8d)},
    };
    for (const auto& p : parts)
        if (p.v > 0) c.segments.push_back({QObject::tr(p.name), {p.v}, p.colour});
    return c;
}

ChartSpec memoryChart(const tr::Memory& m) {
    ChartSpec c;
    c.type = ChartSpec::Type::StackedBar;
    c.key = QStringLiteral("memory");
    c.title = QObject::tr("Memory per GPU (capacity %1)").arg(q(human::bytes(m.capacity)));
    c.x_label = QObject::tr("GB");
    c.categories = {QObject::tr("GPU")};
    const struct {
        const char* name;
        double v;
        QColor colour;
    } parts[] = {
        {QT_TRANSLATE_NOOP("QObject", "Weights"), m.weights, QColor(0x1f, 0x6f, 0xb2)},
        {QT_TRANSLATE_NOOP("QObject", "Gradients"), m.grads, QColor(0x4a, 0x9b, 0xd9)},
        {QT_TRANSLATE_NOOP("QObject", "Optimizer states"), m.optimizer, QColor(0xf1, 0xc4, 0x0f)},
        {QT_TRANSLATE_NOOP("QObject", "Activations"), m.activations, QColor(0x27, 0xae, 0x60)},
        {QT_TRANSLATE_NOOP("QObject", "Buffers + reserve"), m.buffers + m.reserve, QColor(0x95, 0xa5, 0xa6)},
    };
    for (const auto& p : parts)
        if (p.v > 0) c.segments.push_back({QObject::tr(p.name), {p.v / 1e9}, p.colour});
    const double free = m.capacity - m.total();
    if (free > 0) c.segments.push_back({QObject::tr("Free"), {free / 1e9}, QColor(0xe8, 0xec, 0xef)});
    else c.segments.push_back({QObject::tr("Over capacity"), {0.0}, QColor(0xc0, 0x39, 0x2b)});
    return c;
}

ChartSpec growthChart(const tr::TrainingEvaluation& e, const tr::SweepResult& sw) {
    ChartSpec c;
    c.key = QStringLiteral("growth");
    c.title = QObject::tr("Growth: throughput as GPUs grow");
    c.x_label = QObject::tr("GPUs");
    const bool tokens = e.job.transformer;
    c.y_label = tokens ? QObject::tr("tokens/s") : QObject::tr("samples/s");
    c.y2_label = QObject::tr("scaling efficiency");
    c.log_x = true;
    ChartSpec::Series thr{QObject::tr("Throughput"), {}, QColor(0x1f, 0x6f, 0xb2), false, false, {}, {}, true};
    ChartSpec::Series ideal{QObject::tr("Ideal (linear)"), {}, QColor(0x95, 0xa5, 0xa6), true, false, {}, {}};
    ChartSpec::Series eff{QObject::tr("Scaling efficiency"), {}, QColor(0x27, 0xae, 0x60), false, true, {}, {}};
    double base_per_gpu = 0;
    for (const auto& p : sw.points) {
        if (!p.ok || p.gpus <= 0) continue;
        const double y = tokens ? p.tokens_per_s : p.samples_per_s;
        if (base_per_gpu <= 0) base_per_gpu = y / p.gpus;
        thr.points << QPointF(p.gpus, y);
        ideal.points << QPointF(p.gpus, base_per_gpu * p.gpus);
        eff.points << QPointF(p.gpus, p.scaling_efficiency);
        const QString res = resourceName(p.bottleneck);
        thr.point_colours << resourceColour(res);
        thr.point_notes << QObject::tr("limited by %1%2, MFU %3")
                               .arg(resourceLabel(res), p.fits ? QString() : QObject::tr(" (does not fit)"), q(human::percent(p.mfu)));
    }
    if (thr.points.isEmpty()) return c;
    c.series << thr << ideal << eff;
    c.marker_x = e.best.gpus_used;
    c.marker_label = QObject::tr("this design");
    return c;
}

} // namespace

void presentTraining(const Design& d, const evaluate::Evaluation& ev, ScoreResult& out) {
    const tr::TrainingEvaluation& e = ev.training->result;
    out.kind = QStringLiteral("training");
    for (const auto& n : e.notes) out.notes << q(n);
    for (const auto& c : e.caveats) out.caveats << q(c);
    if (!e.ok) {
        out.message = q(e.error);
        return;
    }
    const tr::StepResult& r = e.best;
    out.headline = QObject::tr("%1 on %2 × %3 — %4")
                       .arg(q(e.job.model_name), QString::number(static_cast<long long>(r.gpus_used)),
                            q(e.view.accelerator ? e.view.accelerator->info.name : e.view.accelerator_id), q(tr::describe(r.plan)));

    const double comm = r.t.tp_comm + r.t.ep_comm + r.t.cp_comm + r.t.pp_comm + r.t.dp_exposed;
    out.cards << metricCard(
        ev, MetricId::StepTime_s, q(human::duration(r.step_s)),
        QObject::tr("%1 communication, %2 bubble").arg(q(human::percent(comm / r.step_s)), q(human::percent(r.t.bubble / r.step_s))),
        CardState::Neutral);
    out.cards << metricCard(ev, e.job.transformer ? MetricId::TrainingTokens_per_s : MetricId::Samples_per_s,
                            e.job.transformer ? q(human::si(r.tokens_per_s, "tokens/s")) : q(human::si(r.samples_per_s, "samples/s")),
                            QObject::tr("%1 per GPU")
                                .arg(e.job.transformer ? q(human::si(r.tokens_per_s / r.gpus_used, "tokens/s"))
                                                       : q(human::si(r.samples_per_s / r.gpus_used, "samples/s"))),
                            CardState::Neutral);
    out.cards << metricCard(ev, MetricId::Mfu_pct, q(human::percent(r.mfu)),
                            QObject::tr("%1 TFLOP/s per GPU (model)").arg(q(human::number(r.model_tflops_per_gpu))),
                            r.mfu >= 0.38   ? CardState::Good
                            : r.mfu >= 0.25 ? CardState::Warning
                                            : CardState::Bad);
    const double used = r.mem.total(), cap = r.mem.capacity;
    out.cards << metricCard(ev, MetricId::MemoryPerGpu_GB, QObject::tr("%1 of %2").arg(q(human::bytes(used)), q(human::bytes(cap))),
                            r.mem.fits() ? QObject::tr("fits, %1 headroom").arg(q(human::bytes(r.mem.headroom())))
                                         : QObject::tr("does not fit: %1 over").arg(q(human::bytes(-r.mem.headroom()))),
                            !r.mem.fits()                  ? CardState::Bad
                            : r.mem.headroom() < 0.1 * cap ? CardState::Warning
                                                           : CardState::Good);
    if (e.run.time_s) {
        out.cards << metricCard(ev, MetricId::TimeToTrain_s, q(human::duration(*e.run.time_s)),
                                QObject::tr("%1 GPU-hours").arg(q(human::si(e.run.gpu_hours.value_or(0), ""))), CardState::Neutral);
        QString cost = e.run.gpu_cost_usd ? q(human::money(*e.run.gpu_cost_usd + e.run.energy_cost_usd.value_or(0)))
                                          : q(human::money(e.run.energy_cost_usd.value_or(0)));
        out.cards << metricCard(ev, MetricId::CostToTrain_usd, cost,
                                e.run.gpu_cost_usd ? QObject::tr("GPU-hours + energy") : QObject::tr("energy only (no GPU-hour price set)"),
                                CardState::Neutral);
        out.cards << metricCard(ev, MetricId::EnergyToTrain_kWh, q(human::energy_kWh(e.run.energy_kWh.value_or(0))),
                                QObject::tr("at PUE %1").arg(d.workload.assumptions.pue), CardState::Neutral);
    } else {
        out.cards << metricCard(ev, MetricId::TimeToTrain_s, QObject::tr("—"), QObject::tr("set dataset tokens or samples"),
                                CardState::Neutral);
    }

    out.bottleneck_resource = resourceName(e.bottleneck.resource);
    out.bottleneck = QObject::tr("Limited by %1: %2").arg(resourceLabel(out.bottleneck_resource), q(e.bottleneck.detail));
    if (!e.bottleneck.component.empty()) out.highlight << q(e.bottleneck.component);
    // Heat overlay: how busy each drawn resource is over one step.
    if (r.step_s > 0) {
        const auto put = [&](const std::string& id, double busy_s) {
            if (!id.empty()) out.utilisation.insert(q(id), std::max(0.0, busy_s / r.step_s));
        };
        put(e.view.node_component, r.t.forward + r.t.backward + r.t.recompute);
        const double network_s = r.scale_out_s + r.dp_overlapped_s; // exposed + hidden behind compute
        put(e.view.scale_out_link, network_s);
        put(e.view.scale_out_switch, network_s);
        put(e.view.uplink_link, network_s);
        put(e.view.storage_component, r.data_s);
    }
    out.charts << breakdownChart(r) << growthChart(e, ev.training->growth) << memoryChart(r.mem);
    out.explanation = std::make_shared<engine::Explanation>(e.explanation);
}

} // namespace cc::studio
