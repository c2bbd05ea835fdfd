#include "canvas/design_view.h"

#include "canvas/canvas_style.h"
#include "canvas/design_scene.h"
#include "document/document.h"

#include <QDragEnterEvent>
#include <QMimeData>
#include <QTimer>
#include <QPainter>
#include <QPixmap>
#include <QNativeGestureEvent>
#include <QScrollBar>
#include <QWheelEvent>

namespace cc::studio {

/// An overview of the whole design in the corner; click or drag to move there.
/// The overview in the corner. It paints a cached picture of the scene,
/// re-rendered a moment after the design changes, plus the visible area, so
/// panning a 5,000-part design never repaints the scene twice.
class MiniMap : public QWidget {
public:
    MiniMap(DesignScene* scene, DesignView* main) : QWidget(main), scene_(scene), main_(main) {
        setFixedSize(200, 140);
        setAccessibleName(DesignView::tr("Minimap"));
        setToolTip(DesignView::tr("Overview: click to move the view there"));
        setCursor(Qt::PointingHandCursor);
        timer_.setSingleShot(true);
        timer_.setInterval(250);
        QObject::connect(&timer_, &QTimer::timeout, this, [this] { render(); });
    }
    void refit() { timer_.start(); }
    void renderNow() { render(); }

protected:
    void paintEvent(QPaintEvent*) override {
        QPainter p(this);
        p.fillRect(rect(), palette().color(QPalette::Base));
        if (picture_.isNull()) render();
        p.drawPixmap(0, 0, picture_);
        const QRectF visible = main_->mapToScene(main_->viewport()->rect()).boundingRect();
        QColor fill = palette().color(QPalette::Highlight);
        p.setPen(QPen(fill, 1));
        fill.setAlpha(40);
        p.setBrush(fill);
        p.drawRect(toWidget.mapRect(visible).intersected(QRectF(rect()).adjusted(0, 0, -1, -1)));
        p.setPen(palette().color(QPalette::Mid));
        p.setBrush(Qt::NoBrush);
        p.drawRect(rect().adjusted(0, 0, -1, -1));
    }
    void mousePressEvent(QMouseEvent* e) override { main_->centerOn(toWidget.inverted().map(e->position())); }
    void mouseMoveEvent(QMouseEvent* e) override {
        if (e->buttons() & Qt::LeftButton) main_->centerOn(toWidget.inverted().map(e->position()));
    }

private:
    void render() {
        const QRectF src = scene_->contentRect().adjusted(-50, -50, 50, 50);
        picture_ = QPixmap(size());
        picture_.fill(palette().color(QPalette::Base));
        if (src.isEmpty()) return;
        const double k = std::min(width() / src.width(), height() / src.height());
        const QSizeF drawn = src.size() * k;
        const QRectF target(QPointF((width() - drawn.width()) / 2, (height() - drawn.height()) / 2), drawn);
        toWidget = QTransform::fromTranslate(target.left(), target.top()).scale(k, k).translate(-src.left(), -src.top());
        QPainter p(&picture_);
        scene_->render(&p, target, src);
        update();
    }

    DesignScene* scene_;
    DesignView* main_;
    QPixmap picture_;
    QTransform toWidget;
    QTimer timer_;
};

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
    minimap_ = new MiniMap(scene, this);
    connect(scene, &QGraphicsScene::sceneRectChanged, this, [this] {
        if (minimap_->isVisible()) minimap_->refit();
    });
    connect(scene, &QGraphicsScene::changed, this, [this] {
        if (minimap_->isVisible()) minimap_->refit();
    });
    placeMinimap();
    // Far out, port dots are sub-pixel: hiding them spares the scene 2–3 items per part each frame.
    connect(this, &DesignView::zoomChanged, this, [this](double z) { scene_->setPortsShown(z >= style::kDetailLod); });
}

void DesignView::scaleBy(double factor) {
    auto_fit_ = false; // the user chose a zoom: keep it
    const double z = zoom() * factor;
    if (z < 0.05 || z > 8) return;
    scale(factor, factor);
    emit zoomChanged(zoom());
    if (minimap_->isVisible()) minimap_->update();
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

void DesignView::setMinimapVisible(bool on) {
    minimap_->setVisible(on);
    if (on) minimap_->refit();
}

bool DesignView::minimapVisible() const { return !minimap_->isHidden(); }

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

void DesignView::placeMinimap() {
    minimap_->move(viewport()->width() - minimap_->width() - 12, viewport()->height() - minimap_->height() - 12);
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
    placeMinimap();
}

void DesignView::scrollContentsBy(int dx, int dy) {
    QGraphicsView::scrollContentsBy(dx, dy);
    placeMinimap(); // keep the overlay pinned to the corner
    minimap_->update();
}

} // namespace cc::studio
