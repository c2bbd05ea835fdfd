#include "canvas/minimap.h"

#include "canvas/design_scene.h"
#include "canvas/design_view.h"

#include <QMouseEvent>
#include <QPainter>

namespace cc::studio {

MiniMap::MiniMap(DesignScene* scene, DesignView* view, QWidget* parent) : QWidget(parent), scene_(scene), view_(view) {
    setAccessibleName(DesignView::tr("Minimap"));
    setToolTip(DesignView::tr("Overview: click to move the view there"));
    setCursor(Qt::PointingHandCursor);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    timer_.setSingleShot(true);
    timer_.setInterval(250);
    connect(&timer_, &QTimer::timeout, this, [this] { render(); });
    connect(scene, &QGraphicsScene::sceneRectChanged, this, [this] { refit(); });
    connect(scene, &DesignScene::pictureChanged, this, [this] { refit(); });
    // The visible-area frame follows every scroll and zoom of the canvas.
    connect(view, &DesignView::visibleAreaChanged, this, [this] {
        if (isVisible()) update();
    });
}

void MiniMap::refit() {
    if (isVisible()) timer_.start();
}

void MiniMap::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.fillRect(rect(), palette().color(QPalette::Base));
    if (picture_.size() != size()) render();
    p.drawPixmap(0, 0, picture_);
    const QRectF visible = view_->mapToScene(view_->viewport()->rect()).boundingRect();
    QColor fill = palette().color(QPalette::Highlight);
    p.setPen(QPen(fill, 1));
    fill.setAlpha(40);
    p.setBrush(fill);
    p.drawRect(to_widget_.mapRect(visible).intersected(QRectF(rect()).adjusted(0, 0, -1, -1)));
    p.setPen(palette().color(QPalette::Mid));
    p.setBrush(Qt::NoBrush);
    p.drawRect(rect().adjusted(0, 0, -1, -1));
}

void MiniMap::mousePressEvent(QMouseEvent* e) { view_->centerOn(to_widget_.inverted().map(e->position())); }

void MiniMap::mouseMoveEvent(QMouseEvent* e) {
    if (e->buttons() & Qt::LeftButton) view_->centerOn(to_widget_.inverted().map(e->position()));
}

void MiniMap::resizeEvent(QResizeEvent* e) {
    QWidget::resizeEvent(e);
    refit();
}

void MiniMap::showEvent(QShowEvent* e) {
    QWidget::showEvent(e);
    refit(); // changes while hidden were not drawn
}

void MiniMap::render() {
    const QRectF src = scene_->contentRect().adjusted(-50, -50, 50, 50);
    picture_ = QPixmap(size());
    picture_.fill(palette().color(QPalette::Base));
    if (src.isEmpty() || width() < 2 || height() < 2) return;
    const double k = std::min(width() / src.width(), height() / src.height());
    const QSizeF drawn = src.size() * k;
    const QRectF target(QPointF((width() - drawn.width()) / 2, (height() - drawn.height()) / 2), drawn);
    to_widget_ = QTransform::fromTranslate(target.left(), target.top()).scale(k, k).translate(-src.left(), -src.top());
    QPainter p(&picture_);
    scene_->render(&p, target, src);
    update();
}

} // namespace cc::studio
