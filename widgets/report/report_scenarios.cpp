#include "report/report_scenarios.h"

#include "charts/chart_view.h"
#include "model/scenarios.h"
#include "scoring/comparison_data.h"

#include <QObject>

namespace cc::studio {
namespace {

QString esc(const std::string& s) { return QString::fromStdString(s).toHtmlEscaped(); }

QString metricHtml(const compare::Metric* m, const compare::Metric* base) {
    if (!m) return QStringLiteral("—");
    const QString out = esc(compare::value_text(*m));
    const auto ch = compare::change(*m, base);
    if (!ch) return out;
    const QString colour = ch->verdict > 0   ? QStringLiteral("#1e8449")
                           : ch->verdict < 0 ? QStringLiteral("#c0392b")
                                             : QStringLiteral("#5d6d7e");
    return out + QStringLiteral("<br><span style='color:%1'>%2</span>").arg(colour, esc(compare::delta_text(ch->relative)));
}

} // namespace

QString scenarioComparisonHtml(const Design& d, const Catalog& cat, const std::function<QString(const QImage&, int)>& image) {
    if (scenario_count(d) < 2) return {};
    const ComparisonData data = computeComparison(d, cat);
    const auto& t = data.table;
    const auto& base = t.scenarios[t.baseline];
    QString h = QStringLiteral("<h2 style='page-break-before: always'>%1</h2>").arg(QObject::tr("Scenario comparison"));
    h += QStringLiteral("<p>%1</p>")
             .arg(QObject::tr("Every scenario kept in this design, scored the same way; changes are against %1.").arg(esc(base.name)));
    h += QStringLiteral("<table class='t'><tr><th>%1</th>").arg(QObject::tr("Metric"));
    for (const auto& s : t.scenarios) h += QStringLiteral("<th>%1</th>").arg(esc(s.name));
    h += QStringLiteral("</tr>");
    auto row = [&](const QString& label, const std::function<QString(const compare::ScenarioScores&)>& cell) {
        h += QStringLiteral("<tr><td>%1</td>").arg(label);
        for (const auto& s : t.scenarios) h += QStringLiteral("<td class='num'>%1</td>").arg(cell(s));
        h += QStringLiteral("</tr>");
    };
    for (const compare::Metric* r : compare::rows(t))
        row(metricLabel(*r).toHtmlEscaped(),
            [&](const compare::ScenarioScores& s) { return metricHtml(s.metric(r->key), &s == &base ? nullptr : base.metric(r->key)); });
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
