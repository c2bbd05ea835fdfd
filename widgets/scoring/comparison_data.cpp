#include "scoring/comparison_data.h"

#include "model/scenarios.h"
#include "scoring/scorer.h"

#include <QHash>
#include <QObject>

namespace cc::studio {
namespace {

const ChartSpec* chartOf(const ScoreResult& r, const QString& key) {
    for (const auto& c : r.charts)
        if (c.key == key) return &c;
    return nullptr;
}

// The curve that tells a scenario's story: growth for training and edge, the
// latency-vs-load curve for serving.
const ChartSpec* curveOf(const ScoreResult& r) {
    if (const auto* g = chartOf(r, QStringLiteral("growth"))) return g;
    return chartOf(r, QStringLiteral("latency"));
}

// The series to overlay: p99 on latency curves, otherwise the first one.
const ChartSpec::Series* mainSeries(const ChartSpec& c) {
    for (const auto& s : c.series)
        if (s.name.contains(QStringLiteral("p99"))) return &s;
    return c.series.isEmpty() ? nullptr : &c.series.front();
}

} // namespace

QColor scenarioColour(int index) {
    static const QColor colours[] = {QColor(0x1f, 0x6f, 0xb2), QColor(0xe6, 0x7e, 0x22), QColor(0x27, 0xae, 0x60),
                                     QColor(0x8e, 0x44, 0xad), QColor(0xc0, 0x39, 0x2b), QColor(0x16, 0xa0, 0x85)};
    return colours[index % 6];
}

ChartSpec overlayBreakdowns(const QStringList& names, const QList<ScoreResult>& scores) {
    ChartSpec out;
    out.type = ChartSpec::Type::StackedBar;
    out.key = QStringLiteral("compare-breakdown");
    out.categories = names;
    for (int i = 0; i < scores.size(); ++i) {
        const ChartSpec* b = chartOf(scores[i], QStringLiteral("breakdown"));
        if (!b) continue;
        if (out.title.isEmpty()) {
            out.title = b->title;
            out.x_label = b->x_label;
            out.y_label = b->y_label;
        }
        for (const auto& seg : b->segments) {
            auto it = std::find_if(out.segments.begin(), out.segments.end(), [&](const auto& s) { return s.name == seg.name; });
            if (it == out.segments.end()) {
                out.segments.push_back({seg.name, QList<double>(names.size(), 0.0), seg.colour});
                it = out.segments.end() - 1;
            }
            it->values[i] = seg.values.value(0);
        }
    }
    return out;
}

ChartSpec overlayCurves(const QStringList& names, const QList<ScoreResult>& scores) {
    ChartSpec out;
    out.type = ChartSpec::Type::Line;
    out.key = QStringLiteral("compare-curve");
    for (int i = 0; i < scores.size(); ++i) {
        const ChartSpec* c = curveOf(scores[i]);
        const ChartSpec::Series* s = c ? mainSeries(*c) : nullptr;
        if (!s) continue;
        if (out.title.isEmpty()) {
            out.title = c->title;
            out.x_label = c->x_label;
            out.y_label = c->y_label;
            out.log_x = c->log_x;
            out.reference_y = c->reference_y;
            out.reference_label = c->reference_label;
        }
        ChartSpec::Series line = *s;
        line.name = names.value(i);
        line.colour = scenarioColour(i);
        line.dashed = false;
        line.secondary_axis = false;
        line.point_colours.clear(); // scenario colour, not bottleneck colour, identifies the line
        out.series << line;
    }
    return out;
}

ComparisonData computeComparison(const Design& d, const Catalog& cat) {
    ComparisonData out;
    out.table = compare::compare(d, cat);
    for (const auto& s : out.table.scenarios) out.names << QString::fromStdString(s.name);
    for (std::size_t i = 0; i < scenario_count(d); ++i)
        out.scores << scoreDesign(scenario_design(d, i), cat, WhatIf{}, 0);
    out.breakdown = overlayBreakdowns(out.names, out.scores);
    out.curve = overlayCurves(out.names, out.scores);
    return out;
}

} // namespace cc::studio

namespace cc::studio {

QString metricLabel(const compare::Metric& m) {
    // The same words as the score cards, so they share their translations.
    static const QHash<QString, const char*> names{
        {"accelerators", QT_TRANSLATE_NOOP("QObject", "Accelerators")},
        {"power_nominal_W", QT_TRANSLATE_NOOP("QObject", "Power (nominal)")},
        {"capex_usd", QT_TRANSLATE_NOOP("QObject", "List price")},
        {"step_time_s", QT_TRANSLATE_NOOP("QObject", "Step time")},
        {"tokens_per_s", QT_TRANSLATE_NOOP("QObject", "Throughput")},
        {"mfu_pct", QT_TRANSLATE_NOOP("QObject", "MFU")},
        {"memory_per_gpu_GB", QT_TRANSLATE_NOOP("QObject", "Memory per GPU")},
        {"gpus_used", QT_TRANSLATE_NOOP("QObject", "GPUs used")},
        {"time_to_train_s", QT_TRANSLATE_NOOP("QObject", "Time to train")},
        {"cost_to_train_usd", QT_TRANSLATE_NOOP("QObject", "Cost to train")},
        {"energy_to_train_kWh", QT_TRANSLATE_NOOP("QObject", "Energy to train")},
        {"ttft_p99_ms", QT_TRANSLATE_NOOP("QObject", "TTFT p99")},
        {"tpot_ms", QT_TRANSLATE_NOOP("QObject", "TPOT")},
        {"e2e_p99_ms", QT_TRANSLATE_NOOP("QObject", "Latency p99")},
        {"output_tokens_per_s", QT_TRANSLATE_NOOP("QObject", "Throughput")},
        {"capacity_requests_per_s", QT_TRANSLATE_NOOP("QObject", "Capacity")},
        {"kv_max_batch", QT_TRANSLATE_NOOP("QObject", "KV-cache limit")},
        {"samples_per_s", QT_TRANSLATE_NOOP("QObject", "Throughput")},
        {"latency_p99_ms", QT_TRANSLATE_NOOP("QObject", "Latency p99")},
        {"utilisation_pct", QT_TRANSLATE_NOOP("QObject", "Utilisation")},
        {"cost_per_million_tokens_usd", QT_TRANSLATE_NOOP("QObject", "Cost per 1 M tokens")},
        {"power_W", QT_TRANSLATE_NOOP("QObject", "Power")},
        {"streams_per_device", QT_TRANSLATE_NOOP("QObject", "Streams per device")},
        {"frame_latency_ms", QT_TRANSLATE_NOOP("QObject", "Per-frame latency")},
        {"uplink_Mbps", QT_TRANSLATE_NOOP("QObject", "Uplink needed")},
        {"cloud_latency_p99_ms", QT_TRANSLATE_NOOP("QObject", "Cloud path p99")},
        {"power_per_site_W", QT_TRANSLATE_NOOP("QObject", "Power per site")},
        {"fits", QT_TRANSLATE_NOOP("QObject", "Fits the budget")},
    };
    const char* name = names.value(QString::fromStdString(m.key), nullptr);
    QString label = name ? QObject::tr(name) : QString::fromStdString(m.label);
    if (m.unit == "tokens/s" || m.unit == "samples/s" || m.unit == "requests/s")
        label += QStringLiteral(" (%1)").arg(QString::fromStdString(m.unit));
    return label;
}

} // namespace cc::studio
