#include "main/canvas_export.h"

#include "canvas/light_render.h"

#include "canvas/component_item.h"

#include <QApplication>
#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QGraphicsItem>
#include <QGraphicsScene>
#include <QImage>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSignalBlocker>
#include <QStyle>
#include <QSvgGenerator>

#include <algorithm>
#include <cmath>

namespace cc::studio {

namespace {

class CanvasExport {
    Q_DECLARE_TR_FUNCTIONS(CanvasExport)
};

constexpr double kMargin = 30.0;          // scene units around the items
constexpr double kMaxPdfPagePt = 14400.0; // the PDF format's largest page side (200 in)
constexpr int kMaxPngSide = 32767;        // QImage/PNG practical limit per side
// Items size their text in points, which a painter turns into device units with
// the device's dpi. The canvas is drawn at 96 dpi on screen, so vector devices
// are set to 96 dpi too; otherwise labels would not fit their boxes.
constexpr int kScreenDpi = 96;

/// Puts the scene into "paper" state for the lifetime of the guard: selection,
/// focus and port hover cleared, the light palette (labels are drawn with the
/// scene palette, which a dark theme would make white-on-white). Restores it
/// all afterwards, without telling the panels (nothing really changed).
class PaperState {
public:
    explicit PaperState(QGraphicsScene& scene) : scene_(scene), quiet_(&scene), light_(&scene) {
        selected_ = scene_.selectedItems();
        for (QGraphicsItem* it : selected_) it->setSelected(false);
        focus_ = scene_.focusItem();
        if (focus_) focus_->clearFocus();
        for (QGraphicsItem* it : scene_.items())
            if (auto* port = qgraphicsitem_cast<PortItem*>(it)) {
                hovered_ << qMakePair(port, port->rect());
                port->setHovered(false);
            }
    }
    ~PaperState() {
        for (const auto& [port, rect] : hovered_) port->setRect(rect);
        if (focus_) focus_->setFocus();
        for (QGraphicsItem* it : selected_) it->setSelected(true);
    }
    PaperState(const PaperState&) = delete;
    PaperState& operator=(const PaperState&) = delete;

private:
    QGraphicsScene& scene_;
    QSignalBlocker quiet_;
    QList<QGraphicsItem*> selected_;
    QGraphicsItem* focus_ = nullptr;
    QList<QPair<PortItem*, QRectF>> hovered_;
    LightPaletteScope light_; // last: restored after everything else
};

bool fail(QString* error, const QString& message) {
    if (error) *error = message;
    return false;
}

/// Writes the bytes whole (temporary file, then rename) so a failed export never leaves half a file.
bool writeWhole(const QString& path, const QByteArray& bytes, QString* error) {
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit())
        return fail(error, CanvasExport::tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), f.errorString()));
    return true;
}

bool requireItems(const QRectF& area, QString* error) {
    if (area.isEmpty()) return fail(error, CanvasExport::tr("Nothing to export: the canvas is empty."));
    return true;
}

} // namespace

std::optional<CanvasFormat> canvasFormatFor(const QString& path) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("png")) return CanvasFormat::Png;
    if (suffix == QLatin1String("svg")) return CanvasFormat::Svg;
    if (suffix == QLatin1String("pdf")) return CanvasFormat::Pdf;
    return std::nullopt;
}

QRectF canvasExportArea(const QGraphicsScene& scene) {
    const QRectF items = scene.itemsBoundingRect();
    if (items.isEmpty()) return {};
    // Whole units, so a 2× PNG is exactly twice the pixels of 1×.
    return QRectF(items.adjusted(-kMargin, -kMargin, kMargin, kMargin).toAlignedRect());
}

void paintCanvas(QGraphicsScene& scene, QPainter& painter, const QRectF& target, const QRectF& source) {
    PaperState paper(scene);
    painter.save();
    painter.fillRect(target, Qt::white);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    scene.render(&painter, target, source, Qt::KeepAspectRatio);
    painter.restore();
}

bool exportCanvasPng(QGraphicsScene& scene, const QString& path, double scale, QString* error) {
    if (!(scale >= kMinPngScale && scale <= kMaxPngScale))
        return fail(error, CanvasExport::tr("The PNG scale must be between %1× and %2×.").arg(kMinPngScale).arg(kMaxPngScale));
    const QRectF area = canvasExportArea(scene);
    if (!requireItems(area, error)) return false;
    const QSize px(static_cast<int>(std::ceil(area.width() * scale)), static_cast<int>(std::ceil(area.height() * scale)));
    if (px.width() > kMaxPngSide || px.height() > kMaxPngSide)
        return fail(error, CanvasExport::tr("The canvas is too large for a %1× PNG (%2 × %3 px); choose a smaller scale or SVG/PDF.")
                               .arg(scale)
                               .arg(px.width())
                               .arg(px.height()));
    QImage img(px, QImage::Format_ARGB32_Premultiplied);
    if (img.isNull()) return fail(error, CanvasExport::tr("Not enough memory for a %1 × %2 px image.").arg(px.width()).arg(px.height()));
    img.setDotsPerMeterX(qRound(kScreenDpi / 0.0254));
    img.setDotsPerMeterY(qRound(kScreenDpi / 0.0254));
    {
        QPainter p(&img);
        paintCanvas(scene, p, QRectF(QPointF(0, 0), QSizeF(px)), area);
    }
    // Only now (fonts are sized by the dpi while painting): tell viewers the 2× and
    // 4× files are the same physical size as 1×, only sharper.
    img.setDotsPerMeterX(qRound(kScreenDpi * scale / 0.0254));
    img.setDotsPerMeterY(qRound(kScreenDpi * scale / 0.0254));
    QByteArray bytes;
    QBuffer buf(&bytes);
    buf.open(QIODevice::WriteOnly);
    if (!img.save(&buf, "PNG")) return fail(error, CanvasExport::tr("Could not encode the PNG image."));
    return writeWhole(path, bytes, error);
}

bool exportCanvasSvg(QGraphicsScene& scene, const QString& path, QString* error) {
    const QRectF area = canvasExportArea(scene);
    if (!requireItems(area, error)) return false;
    QByteArray bytes;
    QBuffer buf(&bytes);
    buf.open(QIODevice::WriteOnly);
    QSvgGenerator gen;
    gen.setOutputDevice(&buf);
    gen.setSize(area.size().toSize());
    gen.setViewBox(QRectF(QPointF(0, 0), area.size()));
    gen.setResolution(kScreenDpi);
    gen.setTitle(CanvasExport::tr("ClusterCanvas design"));
    gen.setDescription(CanvasExport::tr("Canvas exported by ClusterCanvas"));
    QPainter p;
    if (!p.begin(&gen)) return fail(error, CanvasExport::tr("Could not start the SVG drawing."));
    paintCanvas(scene, p, QRectF(QPointF(0, 0), area.size()), area);
    p.end();
    return writeWhole(path, bytes, error);
}

bool exportCanvasPdf(QGraphicsScene& scene, const QString& path, QString* error) {
    const QRectF area = canvasExportArea(scene);
    if (!requireItems(area, error)) return false;
    // One page the shape of the canvas, a scene unit being a screen pixel (1/96 in);
    // shrunk only past the PDF page-size limit.
    const QSizeF page_pt = area.size() * (72.0 / kScreenDpi);
    const double shrink = std::min(1.0, kMaxPdfPagePt / std::max(page_pt.width(), page_pt.height()));
    QByteArray bytes;
    QBuffer buf(&bytes);
    buf.open(QIODevice::WriteOnly);
    {
        QPdfWriter pdf(&buf);
        pdf.setResolution(kScreenDpi);
        pdf.setPageSize(QPageSize(page_pt * shrink, QPageSize::Point, QString(), QPageSize::ExactMatch));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        pdf.setTitle(CanvasExport::tr("ClusterCanvas design"));
        pdf.setCreator(QStringLiteral("ClusterCanvas"));
        QPainter p;
        if (!p.begin(&pdf)) return fail(error, CanvasExport::tr("Could not start the PDF document."));
        paintCanvas(scene, p, QRectF(0, 0, pdf.width(), pdf.height()), area);
        p.end();
    }
    return writeWhole(path, bytes, error);
}

bool exportCanvas(QGraphicsScene& scene, const QString& path, double scale, QString* error) {
    const auto format = canvasFormatFor(path);
    if (!format)
        return fail(error, CanvasExport::tr("Unknown export format for %1: use .png, .svg or .pdf.").arg(QDir::toNativeSeparators(path)));
    switch (*format) {
    case CanvasFormat::Png: return exportCanvasPng(scene, path, scale, error);
    case CanvasFormat::Svg: return exportCanvasSvg(scene, path, error);
    case CanvasFormat::Pdf: return exportCanvasPdf(scene, path, error);
    }
    return false;
}

} // namespace cc::studio
