// The chart adapter's presentation rules that users see directly.
#include "charts/chart_view.h"

#include <catch2/catch.hpp>

#include <QAbstractAxis>
#include <QChart>
#include <QChartView>
#include <QLegend>
#include <QLineSeries>

using namespace cc::studio;

namespace {
ChartSpec lineOf(double top) {
    ChartSpec s;
    s.type = ChartSpec::Type::Line;
    s.title = "Growth";
    s.x_label = "GPUs";
    s.y_label = "tokens/s";
    ChartSpec::Series line;
    line.name = "throughput";
    line.points = {QPointF(8, top / 100), QPointF(1024, top)};
    s.series << line;
    return s;
}

QString leftAxisTitle(ChartView& v) {
    auto* cv = v.findChild<QChartView*>();
    REQUIRE(cv);
    const auto axes = cv->chart()->axes(Qt::Vertical);
    REQUIRE_FALSE(axes.isEmpty());
    return axes.front()->titleText();
}

double lastY(ChartView& v) {
    auto* cv = v.findChild<QChartView*>();
    for (auto* se : cv->chart()->series())
        if (auto* l = qobject_cast<QLineSeries*>(se)) return l->points().back().y();
    FAIL("no line series");
    return 0;
}
} // namespace

TEST_CASE("large values are drawn in thousands or millions with the axis saying so", "[charts]") {
    ChartView v;
    v.setSpec(lineOf(2.0e6));
    CHECK(leftAxisTitle(v) == "tokens/s, millions");
    CHECK(lastY(v) == Approx(2.0));
    v.setSpec(lineOf(50000));
    CHECK(leftAxisTitle(v) == "tokens/s, thousands");
    CHECK(lastY(v) == Approx(50));
    v.setSpec(lineOf(900));
    CHECK(leftAxisTitle(v) == "tokens/s");
    CHECK(lastY(v) == Approx(900));
    // The spec itself keeps the real numbers (exports and the report use it).
    CHECK(v.spec().series.front().points.back().y() == Approx(900));
}

TEST_CASE("a breakdown with many parts puts its legend on the side, one per line", "[charts]") {
    auto bars = [](int parts) {
        ChartSpec s;
        s.type = ChartSpec::Type::StackedBar;
        s.categories = {"Step"};
        for (int i = 0; i < parts; ++i) s.segments.push_back({QStringLiteral("Data-parallel comm. part %1").arg(i), {1.0}, Qt::blue});
        return s;
    };
    ChartView v;
    v.setSpec(bars(9));
    auto* cv = v.findChild<QChartView*>();
    REQUIRE(cv);
    CHECK(cv->chart()->legend()->alignment() == Qt::AlignRight);
    CHECK(cv->chart()->legend()->showToolTips());
    v.setSpec(bars(2));
    CHECK(cv->chart()->legend()->alignment() == Qt::AlignBottom);
}
