#include "canvas/group_item.h"

#include "canvas/canvas_style.h"
#include "canvas/design_scene.h"
#include "document/document.h"

#include <QGraphicsProxyWidget>
#include <QGraphicsSceneMouseEvent>
#include <QPainter>
#include <QPointer>

#include <QSpinBox>
#include <QStyleOptionGraphicsItem>
#include <algorithm>

namespace cc::studio {

GroupItem::GroupItem(const Group& g) : id_(QString::fromStdString(g.id)) {
    setFlags(ItemIsSelectable);
    setAcceptHoverEvents(true);
    sync(g);
    updateToolTip(g.replicas);
}

void GroupItem::sync(const Group& g) {
    parent_ = g.parent;
    // Every layout syncs every group: repaint only the ones that changed (one
    // repainted frame per group would repaint the whole canvas on each edit).
    const QString name = QString::fromStdString(g.name);
    if (synced_ && name == name_ && g.kind == kind_ && g.replicas == replicas_) return;
    synced_ = true;
    name_ = name;
    kind_ = g.kind;
    replicas_ = g.replicas;
    update();
}

void GroupItem::updateToolTip(double total_multiplicity) {
    setToolTip(QObject::tr("%1 %2 — stands for ×%3 copies (×%4 in all with its parents).\nDouble-click the badge to change ×N.")
                   .arg(QString::fromUtf8(to_string(kind_).data()), name_.isEmpty() ? id_ : name_)
                   .arg(replicas_)
                   .arg(total_multiplicity, 0, 'g', 10));
}

void GroupItem::setFrame(const QRectF& r) {
    if (r == frame_) return;
    prepareGeometryChange();
    frame_ = r;
}

QRectF GroupItem::badgeRect() const {
    const double w = 18 + 8 * QString::number(replicas_).size();
    return QRectF(frame_.right() - w - 8, frame_.top() + 4, w + 2, 19);
}

QRectF GroupItem::boundingRect() const { return frame_.adjusted(-3, -3, 3, 3); }

QPainterPath GroupItem::shape() const {
    QPainterPath outer, inner;
    outer.addRoundedRect(frame_.adjusted(-3, -3, 3, 3), 12, 12);
    inner.addRect(frame_.adjusted(6, style::kGroupHeader, -6, -6));
    return outer.subtracted(inner);
}

void GroupItem::paint(QPainter* p, const QStyleOptionGraphicsItem* o, QWidget*) {
    if (frame_.isEmpty()) return;
    const bool selected = o->state & QStyle::State_Selected;
    const QPalette pal = scene() ? scene()->palette() : QPalette();
    const QColor c = style::groupColour(kind_);
    QColor fill = c;
    fill.setAlpha(pal.color(QPalette::Base).lightness() < 128 ? 40 : 22);
    QPen border(selected ? pal.color(QPalette::Highlight) : c, selected ? 2.5 : 1.5, selected ? Qt::SolidLine : Qt::DashLine);
    p->setBrush(fill);
    // Zoomed far out: a plain frame (dashes, rounding and header text cannot be seen there).
    if (QStyleOptionGraphicsItem::levelOfDetailFromTransform(p->worldTransform()) < style::kDetailLod) {
        p->setPen(QPen(border.color(), 0));
        p->setRenderHint(QPainter::Antialiasing, false);
        p->drawRect(frame_);
        return;
    }
    p->setRenderHint(QPainter::Antialiasing);
    p->setPen(border);
    p->drawRoundedRect(frame_, 12, 12);
    QFont f = scene() ? scene()->font() : QFont(); // the painter may carry the previous item's font
    f.setPointSizeF(8.5);
    f.setBold(true);
    f.setCapitalization(QFont::AllUppercase);
    p->setFont(f);
    p->setPen(c.darker(pal.color(QPalette::Base).lightness() < 128 ? 60 : 130));
    const QString kind = QString::fromUtf8(to_string(kind_).data());
    const double badge_room = badgeRect().width() + 14;
    p->drawText(frame_.adjusted(12, 5, -badge_room, 0), Qt::AlignLeft | Qt::AlignTop, kind);
    f.setCapitalization(QFont::MixedCase);
    f.setBold(false);
    p->setFont(f);
    const int kw = QFontMetrics(f).horizontalAdvance(kind.toUpper()) + 20;
    p->setPen(pal.color(QPalette::Text));
    // Narrow frames elide the name ("Storage le…"); the tooltip has it whole.
    const QRectF name_box = frame_.adjusted(12 + kw, 5, -badge_room, 0);
    p->drawText(name_box, Qt::AlignLeft | Qt::AlignTop,
                QFontMetrics(f).elidedText(name_, Qt::ElideRight, static_cast<int>(std::max(0.0, name_box.width()))));
    // ×N badge: the count this group multiplies by.
    const QRectF b = badgeRect();
    p->setPen(Qt::NoPen);
    p->setBrush(replicas_ > 1 ? c : pal.color(QPalette::Mid));
    p->drawRoundedRect(b, 9.5, 9.5);
    f.setBold(true);
    p->setFont(f);
    p->setPen(Qt::white);
    p->drawText(b, Qt::AlignCenter, QStringLiteral("×%1").arg(replicas_));
}

void GroupItem::mousePressEvent(QGraphicsSceneMouseEvent* e) {
    QGraphicsObject::mousePressEvent(e);
    press_ = last_ = e->scenePos();
    dragging_ = e->button() == Qt::LeftButton;
}

void GroupItem::mouseMoveEvent(QGraphicsSceneMouseEvent* e) {
    if (!dragging_) return;
    auto* s = qobject_cast<DesignScene*>(scene());
    if (!s) return;
    const QPointF snapped(std::round((e->scenePos().x() - press_.x()) / style::kGrid) * style::kGrid,
                          std::round((e->scenePos().y() - press_.y()) / style::kGrid) * style::kGrid);
    const QPointF step = snapped - (last_ - press_);
    if (!step.isNull()) s->previewGroupMove(id_, step);
    last_ = press_ + snapped;
}

void GroupItem::mouseReleaseEvent(QGraphicsSceneMouseEvent* e) {
    QGraphicsObject::mouseReleaseEvent(e);
    dragging_ = false;
    if (auto* s = qobject_cast<DesignScene*>(scene())) s->commitMovedItems();
}

void GroupItem::mouseDoubleClickEvent(QGraphicsSceneMouseEvent* e) {
    if (badgeRect().contains(e->scenePos())) editReplicasInPlace();
    else QGraphicsObject::mouseDoubleClickEvent(e);
}

void GroupItem::editReplicasInPlace() {
    auto* s = qobject_cast<DesignScene*>(scene());
    if (!s) return;
    auto* spin = new QSpinBox;
    spin->setRange(1, 1000000);
    spin->setValue(replicas_);
    spin->setPrefix(QStringLiteral("×"));
    spin->setAccelerated(true);
    spin->setAccessibleName(tr("Replica count of %1").arg(name_));
    auto* proxy = s->addWidget(spin);
    proxy->setZValue(100);
    proxy->setPos(badgeRect().topLeft() - QPointF(20, 4));
    spin->selectAll();
    spin->setFocus();
    QPointer<QGraphicsProxyWidget> guard(proxy);
    connect(spin, &QSpinBox::editingFinished, s, [s, guard, spin, id = id_] {
        if (!guard) return;
        s->document()->setGroupReplicas(id, spin->value());
        guard->deleteLater();
    });
}

} // namespace cc::studio
