#include "canvas/design_image.h"

#include "canvas/design_scene.h"
#include "document/document.h"

#include <QPainter>

namespace cc::studio {

QImage renderDesignImage(const Design& d, QSize size, int margin_px) {
    QImage img(size, QImage::Format_ARGB32_Premultiplied);
    img.fill(Qt::white);
    Document doc;
    doc.reset(d);
    DesignScene scene(&doc);
    scene.clearSelection();
    QPainter p(&img);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    const QRectF target(QPointF(margin_px, margin_px), QSizeF(size) - QSizeF(2 * margin_px, 2 * margin_px));
    scene.render(&p, target, scene.itemsBoundingRect().adjusted(-20, -20, 20, 20), Qt::KeepAspectRatio);
    return img;
}

} // namespace cc::studio
