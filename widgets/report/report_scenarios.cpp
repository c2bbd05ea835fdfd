#include "report/report_scenarios.h"

#include "charts/chart_view.h"
#include "model/scenarios.h"
#include "scoring/comparison_data.h"

#include <QObject>

#include <cmath>

namespace cc::studio {
namespace {

QString esc(const std::string& s) { return QString::fromStdString(s).toHtmlEscaped(); }

QString metricHtml(const compare::Metric* m, const compare::Metric* base, bool is_base) {
    if (!m) return QStringLiteral("—");
    QString out = esc(compare::value_text(*m));
    if (is_base || !base || m->unit == "yes/no") return out;
    const auto d = compare::delta(base->value, m->value);
    if (!d || std::abs(*d) < 0.0005) return out;
    const int v = compare::verdict(*m, d);
    const QString colour = v > 0 ? QStringLiteral("#1e8449") : v < 0 ? QStringLiteral("#c0392b") : QStringLiteral("#5d6d7e");
    return out + QStringLiteral("<br><span style='color:%1'>%2</span>").arg(colour, esc(compare::delta_text(d)));
}

} // namespace

QString scenarioComparisonHtml(const Design& d, const Catalog& cat, const std::function<QString(const QImage&, int)>& image) {
    if (scenario_count(d) < 2) return {};
    const ComparisonData data = computeComparison(d, cat);
    const auto& t = data.table;
    const auto& base = t.scenarios[t.baseline];
    QString h = QStringLiteral("<h2 style='page-break-before: always'>%1</h2>").arg(QObject::tr("Scenario comparison"));
    h += QStringLiteral("<p>%1</p>").arg(QObject::tr("Every scenario kept in this design, scored the same way; changes are against %1.")
                                             .arg(esc(base.name)));
    h += QStringLiteral("<table class='t'><tr><th>%1</th>").arg(QObject::tr("Metric"));
    for (const auto& s : t.scenarios) h += QStringLiteral("<th>%1</th>").arg(esc(s.name));
    h += QStringLiteral("</tr>");
    auto row = [&](const QString& label, const std::function<QString(const compare::ScenarioScores&)>& cell) {
        h += QStringLiteral("<tr><td>%1</td>").arg(label);
        for (const auto& s : t.scenarios) h += QStringLiteral("<td class='num'>%1</td>").arg(cell(s));
        h += QStringLiteral("</tr>");
    };
    row(QObject::tr("Accelerators"), [](const compare::ScenarioScores& s) {
        return esc(compare::value_text({"accelerators", "", "GPUs", compare::Better::Neither, s.accelerators}));
    });
    row(QObject::tr("Power (nominal)"), [&](const compare::ScenarioScores& s) {
        const compare::Metric m{"power_W", "", "W", compare::Better::Lower, s.power_nominal_W};
        const compare::Metric b{"power_W", "", "W", compare::Better::Lower, base.power_nominal_W};
        return metricHtml(&m, &b, &s == &base);
    });
    std::vector<std::string> keys;
    for (const auto& s : t.scenarios)
        for (const auto& m : s.metrics)
            if (std::find(keys.begin(), keys.end(), m.key) == keys.end()) keys.push_back(m.key);
    for (const auto& key : keys) {
        const compare::Metric* any = nullptr;
        for (const auto& s : t.scenarios) any = any ? any : s.metric(key);
        row(metricLabel(*any).toHtmlEscaped(), [&](const compare::ScenarioScores& s) { return metricHtml(s.metric(key), base.metric(key), &s == &base); });
    }
    row(QObject::tr("Bottleneck / verdict"), [](const compare::ScenarioScores& s) {
        return QStringLiteral("<span class='small'>%1</span>").arg(esc(s.ok ? s.bottleneck : s.error));
    });
    h += QStringLiteral("</table>");
    // Side by side, so the comparison stays on one page.
    h += QStringLiteral("<table width='100%'><tr>");
    for (const ChartSpec* c : {&data.breakdown, &data.curve})
        if (!c->empty()) h += QStringLiteral("<td align='center'>%1</td>").arg(image(renderChart(*c, QSize(640, 470)), 255));
    h += QStringLiteral("</tr></table>");
    return h;
}

} // namespace cc::studio
