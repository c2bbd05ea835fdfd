#include "main/canvas_print.h"

#include "main/canvas_export.h"
#include "panels/score_cards.h"

#include <QFont>
#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QPagedPaintDevice>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace cc::studio {

namespace {
// Sizes in points (1/72 in), converted with the device's dpi so paper and preview agree.
constexpr double kTitlePt = 24, kGapPt = 10, kCardPt = 58, kCardGapPt = 8;
constexpr int kCardsPerRow = 4;

QFont fontPx(double pt, double dpi, bool bold = false) {
    QFont f;
    f.setPixelSize(std::max(1, qRound(pt * dpi / 72.0))); // pixel size: device units, whatever the device's logical dpi
    f.setBold(bold);
    return f;
}
} // namespace

PrintLayout printLayout(const QRectF& page, double dpi, int card_count) {
    const double pt = dpi / 72.0;
    PrintLayout l;
    l.title = QRectF(page.left(), page.top(), page.width(), kTitlePt * pt);
    double bottom = page.bottom();
    if (card_count > 0) {
        const int per_row = std::min(card_count, kCardsPerRow);
        const int rows = (card_count + per_row - 1) / per_row;
        const double strip = rows * kCardPt * pt + (rows - 1) * kCardGapPt * pt;
        const double w = (page.width() - (per_row - 1) * kCardGapPt * pt) / per_row;
        const double top = page.bottom() - strip;
        for (int i = 0; i < card_count; ++i) {
            const int r = i / per_row, c = i % per_row;
            l.cards << QRectF(page.left() + c * (w + kCardGapPt * pt), top + r * (kCardPt + kCardGapPt) * pt, w, kCardPt * pt);
        }
        bottom = top - kGapPt * pt;
    }
    const double canvas_top = l.title.bottom() + kGapPt * pt;
    l.canvas = QRectF(page.left(), canvas_top, page.width(), std::max(0.0, bottom - canvas_top));
    return l;
}

void paintPrintPage(QPainter& p, const QRectF& page, double dpi, QGraphicsScene& scene, const QString& title,
                    const QList<ScoreCard>& cards) {
    const PrintLayout l = printLayout(page, dpi, static_cast<int>(cards.size()));
    const double pt = dpi / 72.0;
    p.save();
    p.setFont(fontPx(14, dpi, true));
    p.setPen(Qt::black);
    p.drawText(l.title, Qt::AlignLeft | Qt::AlignVCenter, QFontMetricsF(p.font()).elidedText(title, Qt::ElideRight, l.title.width()));
    const QRectF area = canvasExportArea(scene);
    if (!area.isEmpty() && !l.canvas.isEmpty()) paintCanvas(scene, p, l.canvas, area);
    for (int i = 0; i < cards.size(); ++i) {
        const ScoreCard& c = cards[i];
        const QRectF box = l.cards[i];
        p.setPen(QPen(QColor(0xb8, 0xbe, 0xc6), 0.75 * pt));
        p.setBrush(Qt::NoBrush);
        p.drawRect(box);
        p.fillRect(QRectF(box.topLeft(), QSizeF(4 * pt, box.height())), stateColour(c.state)); // as on screen
        const QRectF text = box.adjusted(10 * pt, 4 * pt, -6 * pt, -4 * pt);
        p.setPen(QColor(0x5d, 0x6d, 0x7e));
        p.setFont(fontPx(8, dpi));
        p.drawText(QRectF(text.left(), text.top(), text.width(), 12 * pt), Qt::AlignLeft | Qt::AlignVCenter, c.label);
        p.setPen(Qt::black);
        p.setFont(fontPx(14, dpi, true));
        p.drawText(QRectF(text.left(), text.top() + 12 * pt, text.width(), 20 * pt), Qt::AlignLeft | Qt::AlignVCenter,
                   QFontMetricsF(p.font()).elidedText(c.value, Qt::ElideRight, text.width()));
        p.setPen(QColor(0x7b, 0x8a, 0x97));
        p.setFont(fontPx(7.5, dpi));
        p.drawText(QRectF(text.left(), text.top() + 32 * pt, text.width(), text.bottom() - text.top() - 32 * pt),
                   Qt::AlignLeft | Qt::AlignTop, QFontMetricsF(p.font()).elidedText(c.detail, Qt::ElideRight, text.width()));
    }
    p.restore();
}

bool printDesign(QPagedPaintDevice& device, QGraphicsScene& scene, const QString& title, const QList<ScoreCard>& cards) {
    QPainter p;
    if (!p.begin(&device)) return false;
    // The painter's origin is the printable area's corner; margins come from the page layout.
    const double dpi = device.logicalDpiX();
    const QRect paint = device.pageLayout().paintRectPixels(static_cast<int>(dpi));
    paintPrintPage(p, QRectF(QPointF(0, 0), QSizeF(paint.size())), dpi, scene, title, cards);
    return p.end();
}

} // namespace cc::studio
