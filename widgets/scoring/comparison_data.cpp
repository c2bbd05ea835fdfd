#include "scoring/comparison_data.h"

#include "model/scenarios.h"
#include "scoring/metric_card.h"
#include "scoring/scorer.h"

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

// The series to overlay: the one its chart marks as main, else the first.
const ChartSpec::Series* mainSeries(const ChartSpec& c) {
    for (const auto& s : c.series)
        if (s.main) return &s;
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
    evaluate::Options opt;
    opt.explain = false;
    opt.rules = false;
    // Each scenario is evaluated once; the table and the charts read the same evaluation.
    const auto evals = compare::evaluate_scenarios(d, cat, opt);
    const auto names = scenario_names(d);
    out.table = compare::comparison_of(names, evals);
    for (std::size_t i = 0; i < evals.size(); ++i) {
        out.names << QString::fromStdString(names[i]);
        out.scores << present(evals[i], scenario_design(d, i), 0);
    }
    out.breakdown = overlayBreakdowns(out.names, out.scores);
    out.curve = overlayCurves(out.names, out.scores);
    return out;
}

} // namespace cc::studio

namespace cc::studio {

QString metricLabel(const compare::Metric& m) {
    QString label = metricName(m.id);
    if (m.unit == "tokens/s" || m.unit == "samples/s" || m.unit == "requests/s")
        label += QStringLiteral(" (%1)").arg(QString::fromStdString(m.unit));
    return label;
}

} // namespace cc::studio
