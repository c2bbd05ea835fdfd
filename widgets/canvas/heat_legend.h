#pragma once
// The heat overlay's key: one swatch per utilisation band ("idle" grey, then
// green, amber, red) with its range, drawn in a strip above the canvas.
#include <QWidget>

namespace cc::studio {

class HeatLegend : public QWidget {
public:
    explicit HeatLegend(QWidget* parent = nullptr);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }
    /// The texts shown, in order (title first), for tests and accessibility.
    QStringList texts() const;

protected:
    void paintEvent(QPaintEvent*) override;
};

} // namespace cc::studio
