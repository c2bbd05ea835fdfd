#include "canvas/component_item.h"

#include "canvas/canvas_style.h"
#include "canvas/design_scene.h"

#include <QGraphicsScene>
#include <QGraphicsSceneMouseEvent>
#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <QtMath>

namespace cc::studio {

PortItem::PortItem(QGraphicsItem* parent, QString component, const Port& port, int index, int total)
    : QGraphicsEllipseItem(-5, -5, 10, 10, parent), component_(std::move(component)), port_(port) {
    // Ports sit along the right edge, evenly spaced.
    const double y = style::kItemHeight * (index + 1) / (total + 1);
    setPos(style::kItemWidth, y);
    setBrush(style::fabricColour(port.fabric.family));
    setPen(QPen(Qt::white, 1.5));
    setAcceptHoverEvents(true);
    setCursor(Qt::CrossCursor);
    setZValue(2);
    setToolTip(QObject::tr("%1 — %2 × %3 %4\nDrag to another port to link.")
                   .arg(QString::fromStdString(port.id))
                   .arg(port.count)
                   .arg(style::bandwidthText(port.speed_Gbps), style::fabricLabel(port.fabric)));
}

void PortItem::mousePressEvent(QGraphicsSceneMouseEvent* e) {
    if (e->button() != Qt::LeftButton) return QGraphicsEllipseItem::mousePressEvent(e);
    if (auto* s = qobject_cast<DesignScene*>(scene())) s->beginLink(this);
    e->accept();
}

void PortItem::mouseMoveEvent(QGraphicsSceneMouseEvent* e) {
    if (auto* s = qobject_cast<DesignScene*>(scene())) s->dragLink(e->scenePos());
}

void PortItem::mouseReleaseEvent(QGraphicsSceneMouseEvent* e) {
    if (auto* s = qobject_cast<DesignScene*>(scene())) s->finishLink(e->scenePos());
}

void PortItem::setHovered(bool on) { setRect(on ? QRectF(-7, -7, 14, 14) : QRectF(-5, -5, 10, 10)); }
void PortItem::hoverEnterEvent(QGraphicsSceneHoverEvent*) { setHovered(true); }
void PortItem::hoverLeaveEvent(QGraphicsSceneHoverEvent*) { setHovered(false); }

ComponentItem::ComponentItem(const Component& c) : id_(QString::fromStdString(c.id)) {
    setFlags(ItemIsMovable | ItemIsSelectable | ItemSendsGeometryChanges | ItemIsFocusable);
    setZValue(1);
    sync(c);
}

void ComponentItem::sync(const Component& c) {
    prepareGeometryChange();
    labels_.reset(); // name, catalog id or count may change
    name_ = QString::fromStdString(c.name.empty() ? c.catalog_id : c.name);
    catalog_id_ = QString::fromStdString(c.catalog_id);
    kind_ = c.kind;
    count_ = c.count;
    setPos(c.pos.x, c.pos.y);
    setToolTip(QStringLiteral("%1\n%2 · %3").arg(name_, catalog_id_, QString::fromUtf8(display_name(kind_).data())));
    for (auto* p : ports_) delete p;
    ports_.clear();
    const int n = static_cast<int>(c.ports.size());
    for (int i = 0; i < n; ++i) ports_.push_back(new PortItem(this, id_, c.ports[static_cast<std::size_t>(i)], i, n));
    update();
}

void PortItem::paint(QPainter* p, const QStyleOptionGraphicsItem* o, QWidget* w) {
    if (QStyleOptionGraphicsItem::levelOfDetailFromTransform(p->worldTransform()) < style::kDetailLod) return;
    QGraphicsEllipseItem::paint(p, o, w);
}

QRectF ComponentItem::boundingRect() const { return QRectF(-4, -4, style::kItemWidth + 8, style::kItemHeight + 8); }

void ComponentItem::paint(QPainter* p, const QStyleOptionGraphicsItem* o, QWidget*) {
    const bool selected = o->state & QStyle::State_Selected;
    const QRectF box(0, 0, style::kItemWidth, style::kItemHeight);
    // Zoomed far out, text and icons are unreadable: draw a coloured card only
    // (and touch the palette only when needed: thousands of these per frame).
    if (QStyleOptionGraphicsItem::levelOfDetailFromTransform(p->worldTransform()) < style::kDetailLod) {
        if (highlight_) p->setPen(QPen(QColor(0xd0, 0x02, 0x1b), 6));
        else if (selected && scene()) p->setPen(QPen(scene()->palette().color(QPalette::Highlight), 3));
        else p->setPen(Qt::NoPen);
        p->setBrush(heat_ ? style::heatColour(*heat_) : style::kindAccent(kind_));
        p->setRenderHint(QPainter::Antialiasing, false);
        p->drawRect(box);
        return;
    }
    const QPalette pal = scene() ? scene()->palette() : QPalette();
    const bool dark = pal.color(QPalette::Base).lightness() < 128;
    p->setRenderHint(QPainter::Antialiasing);
    // Stacked shadow cards say "×count" before the badge is read.
    if (count_ > 1) {
        p->setPen(QPen(pal.color(QPalette::Mid), 1));
        p->setBrush(pal.color(QPalette::AlternateBase));
        p->drawRoundedRect(box.translated(4, 4), 8, 8);
    }
    if (highlight_) {
        p->setPen(QPen(QColor(0xd0, 0x02, 0x1b, 140), 8));
        p->setBrush(Qt::NoBrush);
        p->drawRoundedRect(box.adjusted(-3, -3, 3, 3), 10, 10);
    }
    p->setPen(QPen(selected ? pal.color(QPalette::Highlight) : pal.color(QPalette::Mid), selected ? 2.5 : 1.2));
    p->setBrush(pal.color(QPalette::Base));
    p->drawRoundedRect(box, 8, 8);
    // Accent strip by kind.
    p->setPen(Qt::NoPen);
    p->setBrush(style::kindAccent(kind_));
    p->drawRoundedRect(QRectF(0, 0, 6, style::kItemHeight), 3, 3);
    p->drawPixmap(QPointF((style::kItemWidth - 40) / 2, 8), style::kindPixmap(kind_, 40, dark));
    // The scene's font, not the painter's: the view does not restore painter state between items.
    const Labels& t = labels(scene() ? scene()->font() : QFont());
    const auto centred = [&](const QStaticText& text, const QRectF& in) {
        const QSizeF sz = text.size();
        p->drawStaticText(QPointF(in.x() + (in.width() - sz.width()) / 2, in.y() + (in.height() - sz.height()) / 2), text);
    };
    p->setFont(t.name_font);
    p->setPen(pal.color(QPalette::Text));
    centred(t.name, QRectF(8, 52, style::kItemWidth - 16, 18));
    p->setFont(t.sub_font);
    p->setPen(pal.color(QPalette::PlaceholderText));
    centred(t.sub, QRectF(8, 69, style::kItemWidth - 16, 16));
    if (count_ > 1) {
        const double w = t.badge.size().width() + 12;
        const QRectF pill(style::kItemWidth - w - 6, 6, w, 18);
        p->setPen(Qt::NoPen);
        p->setBrush(style::kindAccent(kind_).darker(115));
        p->drawRoundedRect(pill, 9, 9);
        p->setFont(t.badge_font);
        p->setPen(Qt::white);
        centred(t.badge, pill);
    }
    if (heat_) paintHeat(p);
}

void ComponentItem::paintHeat(QPainter* p) const {
    // A tint over the card and a "73 %" pill at its top left.
    const QColor c = style::heatColour(*heat_);
    QColor tint = c;
    tint.setAlpha(45);
    p->setPen(QPen(c, 2.5));
    p->setBrush(tint);
    p->drawRoundedRect(QRectF(0, 0, style::kItemWidth, style::kItemHeight), 8, 8);
    const QString text = style::heatText(*heat_);
    QFont f = scene() ? scene()->font() : QFont();
    f.setPointSizeF(8);
    f.setBold(true);
    p->setFont(f);
    const QRectF pill(10, 6, QFontMetricsF(f).horizontalAdvance(text) + 12, 18);
    p->setPen(Qt::NoPen);
    p->setBrush(c);
    p->drawRoundedRect(pill, 9, 9);
    p->setPen(Qt::white);
    p->drawText(pill, Qt::AlignCenter, text);
}

const ComponentItem::Labels& ComponentItem::labels(const QFont& base) const {
    if (labels_ && labels_->base == base) return *labels_;
    Labels t;
    t.base = base;
    t.name_font = base;
    t.name_font.setPointSizeF(8.5);
    t.name_font.setBold(true);
    t.sub_font = base;
    t.sub_font.setPointSizeF(7.5);
    t.sub_font.setBold(false);
    t.badge_font = base;
    t.badge_font.setPointSizeF(8);
    t.badge_font.setBold(true);
    const int width = static_cast<int>(style::kItemWidth - 16);
    const auto make = [](const QString& s, const QFont& f) {
        QStaticText text(s);
        text.setTextFormat(Qt::PlainText);
        text.prepare(QTransform(), f);
        return text;
    };
    t.name = make(QFontMetrics(t.name_font).elidedText(name_, Qt::ElideRight, width), t.name_font);
    t.sub = make(QFontMetrics(t.sub_font).elidedText(catalog_id_, Qt::ElideMiddle, width), t.sub_font);
    t.badge = make(QStringLiteral("×%1").arg(count_), t.badge_font);
    labels_ = std::move(t);
    return *labels_;
}

void ComponentItem::setPortsVisible(bool on) {
    for (auto* port : ports_) port->setVisible(on);
}

PortItem* ComponentItem::portItem(const QString& port_id) const {
    for (auto* p : ports_)
        if (p->portId() == port_id) return p;
    return nullptr;
}

void ComponentItem::setHeat(std::optional<double> utilisation) {
    if (heat_ == utilisation) return;
    heat_ = utilisation;
    update();
}

void ComponentItem::setHighlight(bool on) {
    if (highlight_ == on) return;
    highlight_ = on;
    update();
}

QVariant ComponentItem::itemChange(GraphicsItemChange change, const QVariant& value) {
    if (change == ItemPositionChange) {
        // Snap to the grid while dragging.
        const QPointF p = value.toPointF();
        return QPointF(qRound(p.x() / style::kGrid) * style::kGrid, qRound(p.y() / style::kGrid) * style::kGrid);
    }
    if (change == ItemPositionHasChanged) emit moved(id_);
    return QGraphicsObject::itemChange(change, value);
}

} // namespace cc::studio
