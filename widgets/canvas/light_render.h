#pragma once
// Canvas images for documents (File → Export canvas as PNG, the report, the
// template gallery). They are always drawn with the light palette: a PNG or a
// PDF page should look the same whatever theme the studio runs in.
#include <QImage>
#include <QPalette>
#include <QRectF>
#include <QSize>

class QGraphicsScene;

namespace cc::studio {

/// Gives a scene the light palette for its lifetime, then its previous one back
/// (a scene that followed the application palette follows it again).
class LightPaletteScope {
public:
    explicit LightPaletteScope(QGraphicsScene* scene);
    ~LightPaletteScope();
    LightPaletteScope(const LightPaletteScope&) = delete;
    LightPaletteScope& operator=(const LightPaletteScope&) = delete;

private:
    QGraphicsScene* scene_;
    QPalette previous_;
};

/// Renders `src` (scene coordinates) of the scene into an image of `size`
/// pixels on white, keeping the aspect ratio, with the light palette.
QImage renderCanvasImage(QGraphicsScene* scene, QRectF src, QSize size, int margin_px = 0);

} // namespace cc::studio
