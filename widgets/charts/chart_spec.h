#pragma once
// What a chart shows, independent of the charting library: the scorers fill
// this, ChartView (the only place that knows Qt Charts) draws it, and the PDF
// report renders the same spec. Qt Charts is deprecated upstream; replacing it
// means rewriting chart_view.cpp only.
#include <QColor>
#include <QList>
#include <QPointF>
#include <QString>
#include <QStringList>

#include <optional>

namespace cc::studio {

struct ChartSpec {
    enum class Type { StackedBar, Line };
    Type type = Type::Line;
    QString key; // stable: "breakdown", "growth", "memory", "latency"
    QString title;
    QString x_label, y_label;
    bool log_x = false;

    // StackedBar: one bar per category, each split into segments.
    struct Segment {
        QString name;
        QList<double> values; // one per category
        QColor colour;
    };
    QStringList categories;
    QList<Segment> segments;

    // Line: series of points; per-point colours and notes mark the bottleneck.
    struct Series {
        QString name;
        QList<QPointF> points;
        QColor colour;
        bool dashed = false;
        bool secondary_axis = false; // drawn against the right-hand axis
        QList<QColor> point_colours; // empty: no markers
        QStringList point_notes;     // tooltip per point
        bool main = false;           // the series that tells the chart's story (overlaid when comparing scenarios)
    };
    QList<Series> series;
    QString y2_label;

    // A horizontal reference line (latency target, memory capacity).
    std::optional<double> reference_y;
    QString reference_label;
    // A vertical marker (the knee of a latency curve, the design's own size).
    std::optional<double> marker_x;
    QString marker_label;

    bool empty() const { return type == Type::StackedBar ? segments.isEmpty() : series.isEmpty(); }
};

} // namespace cc::studio
