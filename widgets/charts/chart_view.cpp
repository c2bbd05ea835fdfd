// Qt Charts implementation of the chart adapter (the only Qt Charts user).
#include "charts/chart_view.h"

#include "style/theme.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QEvent>
#include <QFileDialog>
#include <QHash>
#include <QHorizontalStackedBarSeries>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QMenu>
#include <QPainter>
#include <QScatterSeries>
#include <QSvgGenerator>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace cc::studio {

namespace {

QString number(double v) {
    const double a = std::fabs(v);
    if (a >= 1e6 || (a > 0 && a < 1e-3)) return QString::number(v, 'g', 3);
    if (a >= 100) return QString::number(v, 'f', 0);
    if (a >= 10) return QString::number(v, 'f', 1);
    return QString::number(v, 'g', 3);
}

void styleAxis(QAbstractAxis* axis, const QString& title, const QPalette& pal) {
    axis->setTitleText(title);
    QFont f = axis->labelsFont();
    f.setPointSizeF(8.5);
    axis->setLabelsFont(f);
    QFont t = axis->titleFont();
    t.setPointSizeF(8.5);
    t.setBold(false);
    axis->setTitleFont(t);
    // A little text colour in the background: quiet lines on a light or a dark chart alike.
    const QColor base = pal.color(QPalette::Base), text = pal.color(QPalette::Text);
    axis->setGridLineColor(mixColours(base, text, 0.12f));
    axis->setLinePenColor(mixColours(base, text, 0.32f));
    axis->setLabelsColor(text);
    axis->setTitleBrush(text);
}

QAbstractAxis* makeValueAxis(bool log, const QString& title, double lo, double hi, const QPalette& pal) {
    if (log && lo > 0) {
        auto* a = new QLogValueAxis;
        a->setBase(2.0);
        a->setLabelFormat("%g");
        a->setRange(lo / 1.25, hi * 1.25);
        a->setMinorTickCount(0);
        styleAxis(a, title, pal);
        return a;
    }
    auto* a = new QValueAxis;
    const double span = hi - lo;
    a->setRange(std::min(0.0, lo), hi + (span > 0 ? span * 0.08 : 1.0));
    a->applyNiceNumbers();
    a->setLabelFormat("%g");
    styleAxis(a, title, pal);
    return a;
}

} // namespace

class ChartImpl {
public:
    explicit ChartImpl(QWidget* parent) : view(new QChartView(parent)) {
        view->setRenderHint(QPainter::Antialiasing);
        view->setRubberBand(QChartView::RectangleRubberBand);
        view->setMinimumHeight(160);
    }
    QChartView* view;
};

ChartView::ChartView(QWidget* parent) : QWidget(parent), impl_(new ChartImpl(this)) {
    auto* lay = new QVBoxLayout(this);
    lay->setContentsMargins(0, 0, 0, 0);
    lay->addWidget(impl_->view);
    setSpec({});
}

ChartView::~ChartView() = default;

// Large values read badly as "2e+06" on an axis: show them in thousands or
// millions and say so in the axis title (tooltips follow the same numbers).
static ChartSpec scaledForDisplay(ChartSpec s) {
    if (s.type != ChartSpec::Type::Line) return s;
    double hi = 0;
    for (const auto& se : s.series)
        if (!se.secondary_axis)
            for (const QPointF& p : se.points) hi = std::max(hi, std::fabs(p.y()));
    const double factor = hi >= 1e6 ? 1e6 : hi >= 1e4 ? 1e3 : 1.0;
    if (factor == 1.0) return s;
    for (auto& se : s.series)
        if (!se.secondary_axis)
            for (QPointF& p : se.points) p.setY(p.y() / factor);
    if (s.reference_y) *s.reference_y /= factor;
    s.y_label = factor == 1e6 ? QObject::tr("%1, millions").arg(s.y_label) : QObject::tr("%1, thousands").arg(s.y_label);
    return s;
}

static QChart* buildChart(const ChartSpec& spec, ChartView* owner, const QPalette& pal) {
    const ChartSpec s = scaledForDisplay(spec);
    auto* chart = new QChart;
    // The theme first: it resets fonts and colours that are set below.
    chart->setTheme(isDark(pal) ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundBrush(pal.color(QPalette::Base));
    chart->setBackgroundPen(Qt::NoPen);
    chart->setTitleBrush(pal.color(QPalette::Text));
    chart->legend()->setLabelColor(pal.color(QPalette::Text));
    chart->setTitle(s.title);
    QFont tf = chart->titleFont();
    tf.setPointSizeF(10);
    tf.setBold(true);
    chart->setTitleFont(tf);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    // A stacked bar has many parts with long names: a legend along the bottom
    // would cut them to "Da…", so it stands on the right, one per line.
    const bool side_legend = s.type == ChartSpec::Type::StackedBar && s.segments.size() > 3;
    chart->legend()->setAlignment(side_legend ? Qt::AlignRight : Qt::AlignBottom);
    chart->legend()->setShowToolTips(true); // whatever still gets elided is readable on hover
    QFont lf = chart->legend()->font();
    lf.setPointSizeF(side_legend && s.segments.size() > 7 ? 7 : 8);
    chart->legend()->setFont(lf);
    chart->setAnimationOptions(QChart::NoAnimation);

    if (s.empty()) {
        chart->setTitle(s.title.isEmpty() ? QObject::tr("No data") : s.title + QObject::tr(" — no data"));
        chart->legend()->hide();
        return chart;
    }

    if (s.type == ChartSpec::Type::StackedBar) {
        auto* series = new QHorizontalStackedBarSeries;
        double max_total = 0;
        QList<double> totals(s.categories.size(), 0.0);
        for (const auto& seg : s.segments) {
            auto* set = new QBarSet(seg.name);
            for (int i = 0; i < s.categories.size(); ++i) {
                const double v = i < seg.values.size() ? seg.values[i] : 0.0;
                *set << v;
                totals[i] += v;
            }
            set->setColor(seg.colour);
            set->setBorderColor(seg.colour.darker(115));
            QObject::connect(set, &QBarSet::hovered, owner, [owner, set, s](bool on, int index) {
                if (!on) {
                    QToolTip::hideText();
                    return;
                }
                const QString text = QStringLiteral("%1: %2 %3").arg(set->label(), number(set->at(index)), s.x_label);
                QToolTip::showText(QCursor::pos(), text);
                emit owner->pointHovered(text);
            });
            series->append(set);
        }
        for (double t : totals) max_total = std::max(max_total, t);
        series->setBarWidth(0.6);
        chart->addSeries(series);
        auto* cats = new QBarCategoryAxis;
        cats->append(s.categories);
        styleAxis(cats, s.y_label, pal);
        chart->addAxis(cats, Qt::AlignLeft);
        series->attachAxis(cats);
        auto* values = makeValueAxis(false, s.x_label, 0, max_total, pal);
        chart->addAxis(values, Qt::AlignBottom);
        series->attachAxis(values);
        return chart;
    }

    // Line chart.
    double xlo = 1e300, xhi = -1e300, ylo = 1e300, yhi = -1e300, y2lo = 1e300, y2hi = -1e300;
    for (const auto& se : s.series)
        for (const QPointF& p : se.points) {
            xlo = std::min(xlo, p.x());
            xhi = std::max(xhi, p.x());
            if (se.secondary_axis) {
                y2lo = std::min(y2lo, p.y());
                y2hi = std::max(y2hi, p.y());
            } else {
                ylo = std::min(ylo, p.y());
                yhi = std::max(yhi, p.y());
            }
        }
    if (s.reference_y) {
        ylo = std::min(ylo, *s.reference_y);
        yhi = std::max(yhi, *s.reference_y);
    }
    if (xlo > xhi) xlo = xhi = 0;
    if (ylo > yhi) ylo = yhi = 0;
    auto* ax = makeValueAxis(s.log_x, s.x_label, xlo, xhi, pal);
    if (!s.log_x) {
        auto* vx = static_cast<QValueAxis*>(ax);
        vx->setRange(xlo, xhi > xlo ? xhi : xlo + 1);
        vx->applyNiceNumbers();
    }
    auto* ay = makeValueAxis(false, s.y_label, ylo, yhi, pal);
    chart->addAxis(ax, Qt::AlignBottom);
    chart->addAxis(ay, Qt::AlignLeft);
    QAbstractAxis* ay2 = nullptr;
    if (y2lo <= y2hi) {
        ay2 = makeValueAxis(false, s.y2_label, std::min(0.0, y2lo), y2hi, pal);
        chart->addAxis(ay2, Qt::AlignRight);
    }
    auto attach = [&](QAbstractSeries* se, bool secondary) {
        chart->addSeries(se);
        se->attachAxis(ax);
        se->attachAxis(secondary && ay2 ? ay2 : ay);
    };
    for (const auto& se : s.series) {
        auto* line = new QLineSeries;
        line->setName(se.name);
        QPen pen(se.colour, 2.2);
        if (se.dashed) pen.setStyle(Qt::DashLine);
        line->setPen(pen);
        for (const QPointF& p : se.points) line->append(p);
        attach(line, se.secondary_axis);
        if (!se.point_colours.isEmpty()) {
            // Markers coloured by bottleneck: one scatter series per colour keeps the legend short.
            QHash<QRgb, QScatterSeries*> by_colour;
            for (int i = 0; i < se.points.size() && i < se.point_colours.size(); ++i) {
                QScatterSeries*& sc = by_colour[se.point_colours[i].rgb()];
                if (!sc) {
                    sc = new QScatterSeries;
                    sc->setMarkerSize(9);
                    sc->setColor(se.point_colours[i]);
                    sc->setBorderColor(pal.color(QPalette::Base));
                    attach(sc, se.secondary_axis);
                    const auto markers = chart->legend()->markers(sc);
                    for (auto* m : markers) m->setVisible(false);
                }
                sc->append(se.points[i]);
            }
        }
        const QStringList notes = se.point_notes;
        const QList<QPointF> pts = se.points;
        QObject::connect(line, &QLineSeries::hovered, owner, [owner, notes, pts, s, name = se.name](QPointF p, bool on) {
            if (!on) {
                QToolTip::hideText();
                return;
            }
            int best = 0;
            for (int i = 1; i < pts.size(); ++i)
                if (std::fabs(pts[i].x() - p.x()) < std::fabs(pts[best].x() - p.x())) best = i;
            QString text = QStringLiteral("%1\n%2 = %3, %4 = %5")
                               .arg(name, s.x_label, number(pts.value(best).x()), s.y_label, number(pts.value(best).y()));
            if (best < notes.size() && !notes[best].isEmpty()) text += "\n" + notes[best];
            QToolTip::showText(QCursor::pos(), text);
            emit owner->pointHovered(text);
        });
    }
    if (s.reference_y) {
        auto* ref = new QLineSeries;
        ref->setName(s.reference_label);
        ref->setPen(QPen(QColor(0xc0, 0x39, 0x2b), 1.5, Qt::DashLine));
        ref->append(xlo, *s.reference_y);
        ref->append(xhi, *s.reference_y);
        attach(ref, false);
    }
    if (s.marker_x) {
        auto* mk = new QLineSeries;
        mk->setName(s.marker_label);
        mk->setPen(QPen(QColor(0x7f, 0x8c, 0x8d), 1.2, Qt::DotLine));
        mk->append(*s.marker_x, std::min(0.0, ylo));
        mk->append(*s.marker_x, yhi);
        attach(mk, false);
    }
    return chart;
}

void ChartView::setSpec(const ChartSpec& spec) {
    spec_ = spec;
    setAccessibleName(spec.title.isEmpty() ? tr("Chart") : tr("Chart: %1").arg(spec.title));
    QChart* old = impl_->view->chart();
    impl_->view->setChart(buildChart(spec_, this, palette()));
    delete old;
}

void ChartView::changeEvent(QEvent* e) {
    QWidget::changeEvent(e);
    // Qt Charts does not follow the palette: rebuild in the new colours (theme switch).
    if (e->type() == QEvent::PaletteChange) setSpec(spec_);
}

void ChartView::resetZoom() { impl_->view->chart()->zoomReset(); }

QImage ChartView::toImage(QSize size) const { return renderChart(spec_, size); }

bool ChartView::savePng(const QString& path) const { return impl_->view->grab().save(path, "PNG"); }

bool ChartView::saveSvg(const QString& path) const {
    const QSize size = impl_->view->size();
    if (size.isEmpty()) return false; // never laid out: nothing to draw
    QSvgGenerator gen;
    gen.setFileName(path);
    gen.setSize(size);
    gen.setViewBox(QRect(QPoint(0, 0), size));
    gen.setTitle(spec_.title);
    QPainter p;
    if (!p.begin(&gen)) return false;
    p.setRenderHint(QPainter::Antialiasing);
    // The chart's own scene, not a grab of the widget: a grab would be pixels.
    impl_->view->scene()->render(&p, QRectF(QPointF(0, 0), QSizeF(size)), impl_->view->sceneRect());
    return p.end();
}

void ChartView::copyToClipboard() const { QApplication::clipboard()->setPixmap(impl_->view->grab()); }

void ChartView::contextMenuEvent(QContextMenuEvent* e) {
    QMenu menu(this);
    menu.addAction(tr("Reset zoom"), this, &ChartView::resetZoom);
    menu.addSeparator();
    menu.addAction(tr("Copy chart"), this, &ChartView::copyToClipboard);
    menu.addAction(tr("Save chart as PNG…"), this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save chart"), spec_.key + ".png", tr("PNG image (*.png)"));
        if (!path.isEmpty()) savePng(path);
    });
    menu.addAction(tr("Save chart as SVG…"), this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save chart"), spec_.key + ".svg", tr("SVG drawing (*.svg)"));
        if (!path.isEmpty()) saveSvg(path);
    });
    menu.exec(e->globalPos());
}

QImage renderChart(const ChartSpec& spec, QSize size) {
    // A hidden, really laid-out widget renders exactly like the one on screen,
    // but always light: these images go into documents (the report).
    ChartView tmp;
    tmp.setAttribute(Qt::WA_DontShowOnScreen);
    tmp.setPalette(lightPalette());
    tmp.setSpec(spec);
    tmp.resize(size);
    tmp.show();
    QImage img = tmp.grab().toImage();
    tmp.hide();
    return img;
}

} // namespace cc::studio
