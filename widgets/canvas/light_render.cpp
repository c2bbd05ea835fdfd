#include "canvas/light_render.h"

#include "style/theme.h"

#include <QGraphicsScene>
#include <QPainter>

namespace cc::studio {

LightPaletteScope::LightPaletteScope(QGraphicsScene* scene) : scene_(scene), previous_(scene->palette()) {
    scene_->setPalette(lightPalette());
}

LightPaletteScope::~LightPaletteScope() {
    // previous_ keeps its resolve mask: an unset palette re-resolves to the application's.
    scene_->setPalette(previous_);
}

QImage renderCanvasImage(QGraphicsScene* scene, QRectF src, QSize size, int margin_px) {
    QImage img(size, QImage::Format_ARGB32_Premultiplied);
    img.fill(lightPalette().color(QPalette::Base));
    if (src.isEmpty()) return img;
    const LightPaletteScope light(scene);
    QPainter p(&img);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    const QRectF target = QRectF(QPointF(0, 0), QSizeF(size)).adjusted(margin_px, margin_px, -margin_px, -margin_px);
    scene->render(&p, target, src, Qt::KeepAspectRatio);
    return img;
}

} // namespace cc::studio
