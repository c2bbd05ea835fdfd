#pragma once
// One printed page of a design: its title, the canvas fitted to the page and
// the score cards in a strip below it. Shared by File → Print and the preview.
#include "scoring/score_result.h"

#include <QList>
#include <QRectF>
#include <QString>

class QGraphicsScene;
class QPagedPaintDevice;
class QPainter;

namespace cc::studio {

/// Where the parts of the page go, in device units of a page `page` large at `dpi`.
struct PrintLayout {
    QRectF title;
    QRectF canvas;
    QList<QRectF> cards; // one per score card, in reading order
};
PrintLayout printLayout(const QRectF& page, double dpi, int card_count);

/// Paints the page into `page` (device units at `dpi`); the caller owns the painter.
void paintPrintPage(QPainter& painter, const QRectF& page, double dpi, QGraphicsScene& scene, const QString& title,
                    const QList<ScoreCard>& cards);

/// Prints one page on a printer or PDF writer; false when the device cannot be painted on.
/// Use a 96 dpi device (QPrinter::ScreenResolution): canvas labels are sized in points,
/// and only at screen resolution do they keep their size relative to the boxes.
bool printDesign(QPagedPaintDevice& device, QGraphicsScene& scene, const QString& title, const QList<ScoreCard>& cards);

} // namespace cc::studio
