#include "scoring/serving_scorer.h"

#include "scoring/metric_card.h"
#include "util/human_units.h"

#include <QObject>

#include <algorithm>

namespace cc::studio {

namespace inf = engine::inference;
using evaluate::MetricId;

namespace {

QString q(const std::string& s) { return QString::fromStdString(s); }
QString ms(double v) { return q(human::duration(v / 1000.0)); }

QString resourceName(inf::Resource r) {
    switch (r) {
    case inf::Resource::Compute: return QStringLiteral(QT_TRANSLATE_NOOP("Resource", "compute"));
    case inf::Resource::MemoryBandwidth: return QStringLiteral(QT_TRANSLATE_NOOP("Resource", "memory bandwidth"));
    case inf::Resource::KvCapacity: return QStringLiteral(QT_TRANSLATE_NOOP("Resource", "KV-cache capacity"));
    case inf::Resource::MemoryCapacity: return QStringLiteral(QT_TRANSLATE_NOOP("Resource", "memory capacity"));
    case inf::Resource::ScaleUp: return QStringLiteral(QT_TRANSLATE_NOOP("Resource", "scale-up fabric"));
    case inf::Resource::HostCpu: return QStringLiteral(QT_TRANSLATE_NOOP("Resource", "host CPU"));
    case inf::Resource::Decode: return QStringLiteral(QT_TRANSLATE_NOOP("Resource", "video decode"));
    case inf::Resource::Uplink: return QStringLiteral(QT_TRANSLATE_NOOP("Resource", "WAN uplink"));
    case inf::Resource::WanLatency: return QStringLiteral(QT_TRANSLATE_NOOP("Resource", "WAN latency"));
    case inf::Resource::Queueing: return QStringLiteral(QT_TRANSLATE_NOOP("Resource", "queueing"));
    }
    return {};
}

CardState against(double value, const std::optional<double>& target) {
    if (!target) return CardState::Neutral;
    if (value <= *target) return value <= 0.8 * *target ? CardState::Good : CardState::Warning;
    return CardState::Bad;
}

ChartSpec latencyChart(const inf::ServingSetup& setup, const inf::ServingResult& r, const inf::Sweep& sw) {
    ChartSpec c;
    c.key = QStringLiteral("latency");
    c.title = QObject::tr("Latency vs offered load");
    c.x_label = QObject::tr("requests/s");
    c.y_label = r.llm ? QObject::tr("TTFT (ms)") : QObject::tr("latency (ms)");
    ChartSpec::Series p50{QObject::tr("p50"), {}, QColor(0x1f, 0x6f, 0xb2), false, false, {}, {}};
    ChartSpec::Series p99{QObject::tr("p99"), {}, QColor(0xc0, 0x39, 0x2b), false, false, {}, {}, true};
    double ymax = 0, first_p99 = 0;
    const auto& target = r.llm ? setup.req.ttft_p99_target_ms : setup.req.latency_p99_target_ms;
    for (const auto& p : sw.points) {
        if (p.overloaded) break;
        const double a = r.llm ? p.ttft_p50_ms : p.latency_p50_ms, b = r.llm ? p.ttft_p99_ms : p.latency_p99_ms;
        if (first_p99 <= 0) first_p99 = b;
        // Past the knee latency explodes; stop where it would flatten the rest of the curve.
        if (b > std::max(8 * first_p99, 3 * target.value_or(0))) break;
        p50.points << QPointF(p.x, a);
        p99.points << QPointF(p.x, b);
        p99.point_notes << QObject::tr("utilisation %1, limited by %2")
                               .arg(q(human::percent(p.utilisation)), resourceLabel(resourceName(p.bottleneck)));
        ymax = std::max(ymax, b);
    }
    if (p99.points.isEmpty()) return c;
    c.series << p50 << p99;
    if (target && *target < ymax * 3) {
        c.reference_y = *target;
        c.reference_label = QObject::tr("p99 target");
    }
    if (sw.knee_x) {
        c.marker_x = *sw.knee_x;
        c.marker_label = QObject::tr("knee");
    }
    return c;
}

ChartSpec servingBreakdown(const inf::ServingResult& r) {
    ChartSpec c;
    c.type = ChartSpec::Type::StackedBar;
    c.key = QStringLiteral("breakdown");
    c.title = QObject::tr("Where a request's time goes (p50)");
    c.x_label = QObject::tr("ms");
    c.categories = {QObject::tr("Request")};
    if (r.llm) {
        const double queue = std::max(0.0, r.ttft_ms.p50 - r.prefill_s * 1000);
        const double prefill = std::min(r.ttft_ms.p50, r.prefill_s * 1000);
        const double decode = std::max(0.0, r.e2e_ms.p50 - r.ttft_ms.p50);
        c.segments << ChartSpec::Segment{QObject::tr("Prefill"), {prefill}, QColor(0x1f, 0x6f, 0xb2)}
                   << ChartSpec::Segment{QObject::tr("Queueing + batching"), {queue}, QColor(0xf3, 0x9c, 0x12)}
                   << ChartSpec::Segment{QObject::tr("Decode (all output tokens)"), {decode}, QColor(0x8e, 0x44, 0xad)};
    } else {
        c.segments << ChartSpec::Segment{QObject::tr("Latency p50"), {r.latency_ms.p50}, QColor(0x1f, 0x6f, 0xb2)}
                   << ChartSpec::Segment{
                          QObject::tr("p99 tail"), {std::max(0.0, r.latency_ms.p99 - r.latency_ms.p50)}, QColor(0xc0, 0x39, 0x2b)};
    }
    return c;
}

ChartSpec memoryChart(const inf::ServingSetup& s, const inf::ServingResult& r) {
    ChartSpec c;
    c.type = ChartSpec::Type::StackedBar;
    c.key = QStringLiteral("memory");
    c.title = QObject::tr("Memory per GPU (capacity %1 GB)").arg(s.hw.mem_GB);
    c.x_label = QObject::tr("GB");
    c.categories = {QObject::tr("GPU")};
    const double kv = r.kv_GB_per_seq * r.batch / std::max(1, r.tp);
    c.segments << ChartSpec::Segment{QObject::tr("Weights"), {r.weights_GB_per_gpu}, QColor(0x1f, 0x6f, 0xb2)}
               << ChartSpec::Segment{QObject::tr("KV cache in use"), {kv}, QColor(0x27, 0xae, 0x60)};
    const double free = s.hw.mem_GB - r.weights_GB_per_gpu - kv;
    if (free > 0) c.segments << ChartSpec::Segment{QObject::tr("Free"), {free}, QColor(0xe8, 0xec, 0xef)};
    return c;
}

void setBottleneck(ScoreResult& out, inf::Resource res, const std::string& component, const std::string& detail) {
    out.bottleneck_resource = resourceName(res);
    out.bottleneck = QObject::tr("Limited by %1: %2").arg(resourceLabel(out.bottleneck_resource), q(detail));
    if (!component.empty()) out.highlight << q(component);
}

} // namespace

void presentServing(const evaluate::Evaluation& ev, ScoreResult& out) {
    out.kind = QStringLiteral("serving");
    const evaluate::ServingOutcome& so = *ev.serving;
    const inf::ServingResult& r = so.result;
    for (const auto& n : r.notes) out.notes << q(n);
    if (!so.setup || !r.ok) {
        out.message = q(r.error);
        return;
    }
    const inf::ServingSetup* setup = &*so.setup;
    if (!setup->hw.node_component.empty()) out.utilisation.insert(q(setup->hw.node_component), r.utilisation);
    out.headline = QObject::tr("%1 on %2 × %3 — %4 replica(s) of tp %5")
                       .arg(q(setup->model.name), QString::number(setup->hw.gpus), q(setup->hw.accelerator_id))
                       .arg(r.replicas)
                       .arg(r.tp);
    const auto& req = setup->req;
    if (r.llm) {
        out.cards << metricCard(ev, MetricId::TtftP99_ms, ms(r.ttft_ms.p99), QObject::tr("p50 %1").arg(ms(r.ttft_ms.p50)),
                                against(r.ttft_ms.p99, req.ttft_p99_target_ms));
        out.cards << metricCard(ev, MetricId::Tpot_ms, ms(r.tpot_ms.mean), QObject::tr("p99 %1 per token").arg(ms(r.tpot_ms.p99)),
                                against(r.tpot_ms.p99, req.tpot_target_ms));
        out.cards << metricCard(ev, MetricId::OutputTokens_per_s, q(human::si(r.output_tokens_per_s, "tokens/s")),
                                QObject::tr("%1 requests/s").arg(q(human::number(r.requests_per_s))), CardState::Neutral);
        out.cards << metricCard(ev, MetricId::E2eP99_ms, ms(r.e2e_ms.p99), QObject::tr("end to end, p50 %1").arg(ms(r.e2e_ms.p50)),
                                against(r.e2e_ms.p99, req.latency_p99_target_ms));
        out.cards << metricCard(ev, MetricId::KvMaxBatch, QObject::tr("%1 sequences").arg(r.kv_max_batch),
                                QObject::tr("per replica; %1 running").arg(q(human::number(r.batch))),
                                r.batch >= r.kv_max_batch * 0.95 ? CardState::Warning : CardState::Good);
    } else {
        out.cards << metricCard(ev, MetricId::Samples_per_s, q(human::si(r.samples_per_s, "samples/s")), {});
        out.cards << metricCard(ev, MetricId::LatencyP99_ms, ms(r.latency_ms.p99), QObject::tr("p50 %1").arg(ms(r.latency_ms.p50)),
                                against(r.latency_ms.p99, req.latency_p99_target_ms));
    }
    out.cards << metricCard(ev, MetricId::Utilisation_pct, q(human::percent(r.utilisation)),
                            r.overloaded ? QObject::tr("overloaded: the queue grows without bound")
                                         : QObject::tr("of the system's capacity"),
                            r.overloaded           ? CardState::Bad
                            : r.utilisation > 0.85 ? CardState::Warning
                                                   : CardState::Good);
    if (so.sizing) {
        const inf::SloSizing& s = *so.sizing;
        out.cards << metricCard(ev, MetricId::GpusForTarget, s.feasible ? QObject::tr("%1 GPUs").arg(s.gpus) : QObject::tr("not reachable"),
                                s.feasible ? QObject::tr("%1 replicas of tp %2 at %3 req/s").arg(s.replicas).arg(s.tp).arg(*req.rate_per_s)
                                           : q(s.reason),
                                !s.feasible                ? CardState::Bad
                                : s.gpus <= setup->hw.gpus ? CardState::Good
                                                           : CardState::Warning);
    }
    if (r.cost_per_million_tokens_usd)
        out.cards << metricCard(ev, MetricId::CostPerMillionTokens_usd, q(human::money(*r.cost_per_million_tokens_usd)),
                                QObject::tr("%1 Wh per 1,000 tokens").arg(q(human::number(r.energy_per_1000_tokens_Wh))),
                                CardState::Neutral);
    setBottleneck(out, r.bottleneck.resource, r.bottleneck.component, r.bottleneck.detail);
    out.charts << servingBreakdown(r);
    if (so.latency_curve) out.charts << latencyChart(*setup, r, *so.latency_curve);
    if (r.llm) out.charts << memoryChart(*setup, r);
    out.explanation = std::make_shared<engine::Explanation>(r.explanation);
}

void presentEdge(const evaluate::Evaluation& ev, ScoreResult& out) {
    out.kind = QStringLiteral("edge");
    const engine::edge::EdgeResult& r = ev.edge->result;
    for (const auto& n : r.notes) out.notes << q(n);
    if (!r.ok) {
        out.message = q(r.error);
        return;
    }
    // Heat overlay: device load against what one device sustains, uplink against the drawn link.
    if (!r.device_component.empty() && r.streams_per_device > 0)
        out.utilisation.insert(q(r.device_component), r.streams_needed_per_device / r.streams_per_device);
    if (!r.wan_component.empty() && r.uplink_capacity_Mbps > 0)
        out.utilisation.insert(q(r.wan_component), r.uplink_needed_Mbps / r.uplink_capacity_Mbps);
    out.headline = QObject::tr("%1 streams on %2 device(s) at %3 site(s) — placement: %4")
                       .arg(q(human::number(r.streams)), q(human::number(r.devices)), q(human::number(r.sites)),
                            q(std::string(to_string(r.placement))));
    const bool enough = r.streams_per_device >= r.streams_needed_per_device;
    out.cards << metricCard(ev, MetricId::StreamsPerDevice, q(human::number(r.streams_per_device)),
                            QObject::tr("%1 needed").arg(q(human::number(r.streams_needed_per_device))),
                            enough ? (r.streams_per_device >= 1.25 * r.streams_needed_per_device ? CardState::Good : CardState::Warning)
                                   : CardState::Bad);
    out.cards << metricCard(ev, MetricId::FrameLatency_ms, ms(r.frame_latency_ms), QObject::tr("at the edge"),
                            against(r.frame_latency_ms, r.latency_budget_ms));
    if (r.uplink_capacity_Mbps > 0 || r.uplink_needed_Mbps > 0)
        out.cards << metricCard(
            ev, MetricId::Uplink_Mbps,
            QObject::tr("%1 of %2 Mb/s").arg(q(human::number(r.uplink_needed_Mbps)), q(human::number(r.uplink_capacity_Mbps))),
            r.wan_rtt_p99_ms ? QObject::tr("WAN RTT p99 %1 ms").arg(q(human::number(*r.wan_rtt_p99_ms))) : QString(),
            r.uplink_capacity_Mbps > 0 && r.uplink_needed_Mbps > r.uplink_capacity_Mbps ? CardState::Bad
            : r.uplink_needed_Mbps > 0.8 * r.uplink_capacity_Mbps                       ? CardState::Warning
                                                                                        : CardState::Good);
    if (r.cloud_latency_p99_ms > 0)
        out.cards << metricCard(ev, MetricId::CloudLatencyP99_ms, ms(r.cloud_latency_p99_ms), QObject::tr("WAN + cloud inference"),
                                against(r.cloud_latency_p99_ms, r.latency_budget_ms));
    out.cards << metricCard(ev, MetricId::PowerPerSite_W, q(human::si(r.power_per_site_W, "W")), {});
    out.cards << metricCard(ev, MetricId::Fits, r.fits ? QObject::tr("Fits") : QObject::tr("Does not fit"), q(r.verdict),
                            r.fits ? CardState::Good : CardState::Bad);
    if (!r.outage.empty()) out.notes.prepend(q(r.outage));
    setBottleneck(out, r.bottleneck.resource, r.bottleneck.component, r.bottleneck.detail);

    ChartSpec by;
    by.type = ChartSpec::Type::StackedBar;
    by.key = QStringLiteral("breakdown");
    by.title = QObject::tr("Streams one device sustains, by limit");
    by.x_label = QObject::tr("streams");
    by.categories = {QObject::tr("Inference"), QObject::tr("Video decode"), QObject::tr("Host CPU"), QObject::tr("Needed")};
    by.segments << ChartSpec::Segment{QObject::tr("streams"),
                                      {r.streams_by_inference, r.streams_by_decode, r.streams_by_cpu, r.streams_needed_per_device},
                                      QColor(0x1f, 0x6f, 0xb2)};
    ChartSpec growth;
    growth.key = QStringLiteral("growth");
    growth.title = QObject::tr("Streams vs edge devices");
    growth.x_label = QObject::tr("devices");
    growth.y_label = QObject::tr("streams");
    ChartSpec::Series cap{QObject::tr("Streams sustained"), {}, QColor(0x1f, 0x6f, 0xb2), false, false, {}, {}, true};
    for (const auto& p : ev.edge->growth) {
        cap.points << QPointF(p.devices, p.streams_capacity);
        cap.point_colours << resourceColour(resourceName(p.bottleneck));
        cap.point_notes << QObject::tr("limited by %1").arg(resourceLabel(resourceName(p.bottleneck)));
    }
    growth.series << cap;
    growth.reference_y = r.streams_per_site;
    growth.reference_label = QObject::tr("streams at one site");
    out.charts << by << growth;
    out.explanation = std::make_shared<engine::Explanation>(r.explanation);
}

} // namespace cc::studio
