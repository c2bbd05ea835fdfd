#include "scoring/metric_card.h"

#include <QCoreApplication>

namespace cc::studio {
namespace {

// Marks the table's English labels for lupdate; metricName() translates them
// at run time. A test checks that every label of the table is listed here.
[[maybe_unused]] const char* const kLabels[] = {
    QT_TRANSLATE_NOOP("Metric", "Accelerators"),
    QT_TRANSLATE_NOOP("Metric", "Power (nominal)"),
    QT_TRANSLATE_NOOP("Metric", "List price"),
    QT_TRANSLATE_NOOP("Metric", "Step time"),
    QT_TRANSLATE_NOOP("Metric", "Throughput"),
    QT_TRANSLATE_NOOP("Metric", "MFU"),
    QT_TRANSLATE_NOOP("Metric", "Memory per GPU"),
    QT_TRANSLATE_NOOP("Metric", "GPUs used"),
    QT_TRANSLATE_NOOP("Metric", "Time to train"),
    QT_TRANSLATE_NOOP("Metric", "Cost to train"),
    QT_TRANSLATE_NOOP("Metric", "Energy to train"),
    QT_TRANSLATE_NOOP("Metric", "TTFT p99"),
    QT_TRANSLATE_NOOP("Metric", "TPOT"),
    QT_TRANSLATE_NOOP("Metric", "Latency p99"),
    QT_TRANSLATE_NOOP("Metric", "Capacity"),
    QT_TRANSLATE_NOOP("Metric", "KV-cache limit"),
    QT_TRANSLATE_NOOP("Metric", "Utilisation"),
    QT_TRANSLATE_NOOP("Metric", "GPUs for the target"),
    QT_TRANSLATE_NOOP("Metric", "Cost per 1 M tokens"),
    QT_TRANSLATE_NOOP("Metric", "Power"),
    QT_TRANSLATE_NOOP("Metric", "Streams per device"),
    QT_TRANSLATE_NOOP("Metric", "Per-frame latency"),
    QT_TRANSLATE_NOOP("Metric", "Uplink needed"),
    QT_TRANSLATE_NOOP("Metric", "Cloud path p99"),
    QT_TRANSLATE_NOOP("Metric", "Power per site"),
    QT_TRANSLATE_NOOP("Metric", "Fits the budget"),
};

} // namespace

QString metricName(evaluate::MetricId id) {
    const std::string label(evaluate::metric_def(id).label);
    return QCoreApplication::translate("Metric", label.c_str());
}

ScoreCard metricCard(const evaluate::Evaluation& ev, evaluate::MetricId id, const QString& value, const QString& detail, CardState state) {
    const auto& def = evaluate::metric_def(id);
    ScoreCard c;
    c.metric = QString::fromUtf8(def.explain_key.empty() ? def.key.data() : def.explain_key.data(),
                                 static_cast<int>(def.explain_key.empty() ? def.key.size() : def.explain_key.size()));
    c.key = QString::fromUtf8(def.key.data(), static_cast<int>(def.key.size()));
    c.label = metricName(id);
    c.value = value;
    c.detail = detail;
    c.state = state;
    c.number = ev.value(id);
    return c;
}

} // namespace cc::studio
