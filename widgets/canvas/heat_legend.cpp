#include "canvas/heat_legend.h"

#include "canvas/canvas_style.h"

#include <QCoreApplication>
#include <QPainter>

namespace cc::studio {

namespace {
constexpr int kSwatch = 12, kGap = 6, kItemGap = 16, kPad = 8;

QString percent(double f) { return QStringLiteral("%1 %").arg(qRound(f * 100)); }

/// "Utilisation:", then one label per band of style::heatBands().
QStringList legendTexts() {
    QStringList t{QCoreApplication::translate("HeatLegend", "Utilisation:")};
    const auto bands = style::heatBands();
    for (std::size_t i = 0; i < bands.size(); ++i) {
        const double hi = i + 1 < bands.size() ? bands[i + 1].from : -1;
        if (i == 0) t << QCoreApplication::translate("HeatLegend", "idle (under %1)").arg(percent(hi));
        else if (hi < 0) t << QCoreApplication::translate("HeatLegend", "%1 and above").arg(percent(bands[i].from));
        else t << QStringLiteral("%1–%2").arg(qRound(bands[i].from * 100)).arg(percent(hi));
    }
    return t;
}
} // namespace

HeatLegend::HeatLegend(QWidget* parent) : QWidget(parent) {
    setAccessibleName(QCoreApplication::translate("HeatLegend", "Heat overlay legend"));
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Window);
}

QStringList HeatLegend::texts() const { return legendTexts(); }

QSize HeatLegend::sizeHint() const {
    const QFontMetrics fm(font());
    const QStringList t = legendTexts();
    int w = kPad * 2 + fm.horizontalAdvance(t.front());
    for (int i = 1; i < t.size(); ++i) w += kItemGap + kSwatch + kGap + fm.horizontalAdvance(t[i]);
    return {w, fm.height() + 10};
}

void HeatLegend::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QFontMetrics fm(font());
    const QStringList t = legendTexts();
    const auto bands = style::heatBands();
    const int mid = height() / 2;
    int x = kPad;
    p.setPen(palette().color(QPalette::WindowText));
    p.drawText(QRect(x, 0, fm.horizontalAdvance(t.front()) + 1, height()), Qt::AlignVCenter, t.front());
    x += fm.horizontalAdvance(t.front());
    for (int i = 1; i < t.size(); ++i) {
        x += kItemGap;
        p.setPen(Qt::NoPen);
        p.setBrush(bands[static_cast<std::size_t>(i - 1)].colour);
        p.drawRoundedRect(QRectF(x, mid - kSwatch / 2.0, kSwatch, kSwatch), 3, 3);
        x += kSwatch + kGap;
        p.setPen(palette().color(QPalette::WindowText));
        p.drawText(QRect(x, 0, fm.horizontalAdvance(t[i]) + 1, height()), Qt::AlignVCenter, t[i]);
        x += fm.horizontalAdvance(t[i]);
    }
}

} // namespace cc::studio
