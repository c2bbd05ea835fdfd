#pragma once
// Everything the scenario comparison shows, computed off the GUI thread from
// one snapshot: the core comparison (headline metrics and deltas — the same
// numbers `clustercanvas-cli compare` prints), each scenario's full scoring
// (for charts) and the overlaid charts.
#include "catalog/catalog.h"
#include "charts/chart_spec.h"
#include "compare/compare.h"
#include "model/design.h"
#include "scoring/score_result.h"

#include <QColor>
#include <QList>
#include <QStringList>

namespace cc::studio {

struct ComparisonData {
    compare::Comparison table;
    QStringList names;
    QList<ScoreResult> scores; // one per scenario, display order
    ChartSpec breakdown;       // one stacked bar per scenario, same segments
    ChartSpec curve;           // each scenario's growth / latency curve on the same axes
};

/// Distinct colour of scenario `index` in overlaid charts.
QColor scenarioColour(int index);

/// Stacked bars: categories = scenario names, segments merged by name.
ChartSpec overlayBreakdowns(const QStringList& names, const QList<ScoreResult>& scores);
/// Lines: the main series of each scenario's growth (or latency) chart.
ChartSpec overlayCurves(const QStringList& names, const QList<ScoreResult>& scores);

/// Scores every scenario of `d` (any thread).
ComparisonData computeComparison(const Design& d, const Catalog& cat);

} // namespace cc::studio

namespace cc::studio {

/// A comparison metric's name in the user's language (the core names it in English).
QString metricLabel(const compare::Metric& m);

} // namespace cc::studio
