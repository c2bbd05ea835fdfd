#pragma once
// The chart adapter: draws a ChartSpec. The only file set that includes Qt
// Charts. Hover tooltips, rubber-band zoom (drag), reset (double-click or
// context menu), copy and save as PNG or SVG.
#include "charts/chart_spec.h"

#include <QImage>
#include <QWidget>

#include <memory>

namespace cc::studio {

class ChartView : public QWidget {
    Q_OBJECT
public:
    explicit ChartView(QWidget* parent = nullptr);
    ~ChartView() override;
    void setSpec(const ChartSpec& spec);
    const ChartSpec& spec() const { return spec_; }
    void resetZoom();
    bool savePng(const QString& path) const;
    /// The chart as drawn now, as vector SVG (axis labels and legend stay text).
    bool saveSvg(const QString& path) const;
    void copyToClipboard() const;
    QImage toImage(QSize size) const;

signals:
    void pointHovered(const QString& text);

protected:
    void contextMenuEvent(QContextMenuEvent* e) override;
    void changeEvent(QEvent* e) override;

private:
    ChartSpec spec_;
    std::unique_ptr<class ChartImpl> impl_; // the QChartView inside is a child widget; the holder is ours
};

/// Renders a spec off-screen in light colours, whatever the app theme (for the report).
QImage renderChart(const ChartSpec& spec, QSize size);

} // namespace cc::studio
