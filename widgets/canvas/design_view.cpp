#include "canvas/design_view.h"

#include "canvas/canvas_style.h"
#include "canvas/design_scene.h"
#include "canvas/heat_legend.h"
#include "document/document.h"

#include <QDragEnterEvent>
#include <QMimeData>
#include <QNativeGestureEvent>
#include <QPainter>
#include <QPixmap>
#include <QScrollBar>
#include <QTimer>
#include <QWheelEvent>

namespace cc::studio {

DesignView::DesignView(DesignScene* scene, QWidget* parent) : QGraphicsView(scene, parent), scene_(scene) {
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    setDragMode(QGraphicsView::RubberBandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    // Every item's paint() sets the pen, brush, font and hints it uses, so the
    // view need not save and restore the painter around each of thousands of items.
    setOptimizationFlags(QGraphicsView::DontSavePainterState | QGraphicsView::DontAdjustForAntialiasing);
    setAcceptDrops(true);
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Design canvas"));
    viewport()->grabGesture(Qt::PinchGesture);
    heat_legend_ = new HeatLegend(this);
    heat_legend_->hide();
    connect(scene, &DesignScene::heatOverlayChanged, this, &DesignView::showHeatLegend);
    // Far out, port dots are sub-pixel: hiding them spares the scene 2–3 items per part each frame.
    connect(this, &DesignView::zoomChanged, this, [this](double z) { scene_->setPortsShown(z >= style::kDetailLod); });
}

void DesignView::scaleBy(double factor) {
    auto_fit_ = false; // the user chose a zoom: keep it
    const double z = zoom() * factor;
    if (z < 0.05 || z > 8) return;
    scale(factor, factor);
    emit zoomChanged(zoom());
    emit visibleAreaChanged();
}

void DesignView::zoomIn() { scaleBy(1.25); }
void DesignView::zoomOut() { scaleBy(0.8); }
void DesignView::zoomReset() {
    auto_fit_ = false;
    resetTransform();
    emit zoomChanged(1.0);
}
void DesignView::zoomToFit() {
    // Before the window is shown the viewport has no real size yet: fitting then
    // would zoom to ~1 %. Fit once it has been laid out instead.
    if (!isVisible() || viewport()->width() < 100 || viewport()->height() < 100) {
        fit_pending_ = true;
        return;
    }
    fit_pending_ = false;
    auto_fit_ = true; // until the user zooms, a resized canvas fits again
    const QRectF r = scene_->contentRect();
    if (r.isEmpty()) return;
    fitInView(r.adjusted(-40, -40, 40, 40), Qt::KeepAspectRatio);
    if (zoom() > 1.5) {
        resetTransform();
        scale(1.5, 1.5);
        centerOn(r.center());
    }
    emit zoomChanged(zoom());
}

void DesignView::showHeatLegend(bool on) {
    // The legend gets a strip of its own above the canvas: it never covers a part.
    heat_legend_->setVisible(on);
    setViewportMargins(0, on ? heat_legend_->sizeHint().height() : 0, 0, 0);
    placeHeatLegend();
}

void DesignView::placeHeatLegend() {
    const QRect vp = viewport()->geometry();
    heat_legend_->setGeometry(vp.left(), vp.top() - heat_legend_->sizeHint().height(), vp.width(), heat_legend_->sizeHint().height());
}

void DesignView::wheelEvent(QWheelEvent* e) {
    if (e->modifiers() & Qt::ControlModifier) {
        scaleBy(e->angleDelta().y() > 0 ? 1.15 : 1 / 1.15);
        e->accept();
        return;
    }
    QGraphicsView::wheelEvent(e);
}

bool DesignView::viewportEvent(QEvent* e) {
    if (e->type() == QEvent::NativeGesture) {
        auto* g = static_cast<QNativeGestureEvent*>(e);
        if (g->gestureType() == Qt::ZoomNativeGesture) {
            scaleBy(1.0 + g->value());
            return true;
        }
    }
    return QGraphicsView::viewportEvent(e);
}

void DesignView::dragEnterEvent(QDragEnterEvent* e) {
    const QMimeData* m = e->mimeData();
    if (m->hasFormat(kPartMimeType)) e->acceptProposedAction();
    else if (m->hasUrls() && !m->urls().isEmpty() && m->urls().front().toLocalFile().endsWith(".ccd")) e->acceptProposedAction();
    else QGraphicsView::dragEnterEvent(e);
}

void DesignView::dragMoveEvent(QDragMoveEvent* e) {
    if (e->mimeData()->hasFormat(kPartMimeType) || e->mimeData()->hasUrls()) e->acceptProposedAction();
    else QGraphicsView::dragMoveEvent(e);
}

void DesignView::dropEvent(QDropEvent* e) {
    const QMimeData* m = e->mimeData();
    if (m->hasFormat(kPartMimeType)) {
        const QString id = QString::fromUtf8(m->data(kPartMimeType));
        const QPointF at = mapToScene(e->position().toPoint()) - QPointF(66, 46); // centre the part under the cursor
        const QString group = scene_->groupAt(mapToScene(e->position().toPoint()));
        const QString added = scene_->document()->addPart(id, at, group);
        if (!added.isEmpty()) scene_->selectIds({added});
        e->acceptProposedAction();
        return;
    }
    if (m->hasUrls()) {
        for (const QUrl& u : m->urls())
            if (u.toLocalFile().endsWith(".ccd")) {
                emit designFileDropped(u.toLocalFile());
                e->acceptProposedAction();
                return;
            }
    }
    QGraphicsView::dropEvent(e);
}

void DesignView::mousePressEvent(QMouseEvent* e) {
    if (e->button() == Qt::MiddleButton) {
        panning_ = true;
        pan_from_ = e->pos();
        setCursor(Qt::ClosedHandCursor);
        e->accept();
        return;
    }
    QGraphicsView::mousePressEvent(e);
}

void DesignView::mouseMoveEvent(QMouseEvent* e) {
    if (panning_) {
        const QPoint d = e->pos() - pan_from_;
        pan_from_ = e->pos();
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - d.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - d.y());
        return;
    }
    QGraphicsView::mouseMoveEvent(e);
}

void DesignView::mouseReleaseEvent(QMouseEvent* e) {
    if (panning_ && e->button() == Qt::MiddleButton) {
        panning_ = false;
        unsetCursor();
        return;
    }
    QGraphicsView::mouseReleaseEvent(e);
}

void DesignView::showEvent(QShowEvent* e) {
    QGraphicsView::showEvent(e);
    scheduleFit();
}

void DesignView::scheduleFit() {
    // After the resize events of a layout have settled (the timer runs once they are handled).
    if ((!fit_pending_ && !auto_fit_) || fit_scheduled_) return;
    fit_scheduled_ = true;
    QTimer::singleShot(0, this, [this] {
        fit_scheduled_ = false;
        if (fit_pending_ || auto_fit_) zoomToFit();
    });
}

void DesignView::resizeEvent(QResizeEvent* e) {
    QGraphicsView::resizeEvent(e);
    scheduleFit();
    placeHeatLegend();
    emit visibleAreaChanged();
}

void DesignView::scrollContentsBy(int dx, int dy) {
    QGraphicsView::scrollContentsBy(dx, dy);
    emit visibleAreaChanged();
}

} // namespace cc::studio
