#pragma once
// Canvas exports: PNG (raster, at a chosen scale), SVG and PDF (vector), and
// the painting routine that printing shares. Exports show the design, not the
// editing state: no selection handles, focus or hover marks, on white paper
// whatever the screen theme. Files are written whole or not at all.
#include <QRectF>
#include <QString>

#include <optional>

class QGraphicsScene;
class QPainter;

namespace cc::studio {

enum class CanvasFormat { Png, Svg, Pdf };

/// The format a file name asks for by its suffix (".png", ".svg", ".pdf", any case).
std::optional<CanvasFormat> canvasFormatFor(const QString& path);

/// PNG scales the user may choose (1 scene unit = `scale` pixels).
inline constexpr double kMinPngScale = 0.25;
inline constexpr double kMaxPngScale = 8.0;

/// What an export shows, in scene units: every item plus a margin. Empty for an empty scene.
QRectF canvasExportArea(const QGraphicsScene& scene);

/// Paints `source` (scene units) of the scene into `target` (painter units),
/// aspect kept and centred, on white, without selection, focus or hover marks.
void paintCanvas(QGraphicsScene& scene, QPainter& painter, const QRectF& target, const QRectF& source);

/// Raster image, `scale` device pixels per scene unit (1, 2, 4 in the menus).
bool exportCanvasPng(QGraphicsScene& scene, const QString& path, double scale, QString* error);
/// Vector drawing, 1 scene unit = 1 SVG user unit; labels stay text.
bool exportCanvasSvg(QGraphicsScene& scene, const QString& path, QString* error);
/// Vector PDF, one page exactly the size of the canvas (1 scene unit = 1 pt).
bool exportCanvasPdf(QGraphicsScene& scene, const QString& path, QString* error);
/// Picks the format from the suffix; `scale` applies to PNG only.
bool exportCanvas(QGraphicsScene& scene, const QString& path, double scale, QString* error);

} // namespace cc::studio
