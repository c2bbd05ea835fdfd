#include "canvas/link_item.h"

#include "canvas/design_scene.h"

#include "canvas/canvas_style.h"
#include "canvas/component_item.h"
#include "style/theme.h"

#include <QGraphicsScene>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace cc::studio {

LinkItem::LinkItem(const Link& l) : id_(QString::fromStdString(l.id)) {
    setFlags(ItemIsSelectable);
    setZValue(0.5);
}

void LinkItem::sync(const Link& l, const Component* ca, const Component* cb) {
    a_ = QString::fromStdString(l.a.component);
    b_ = QString::fromStdString(l.b.component);
    port_a_ = QString::fromStdString(l.a.port);
    port_b_ = QString::fromStdString(l.b.port);
    const Port* pa = ca ? ca->port(l.a.port) : nullptr;
    const Port* pb = cb ? cb->port(l.b.port) : nullptr;
    if (pa) fabric_ = pa->fabric;
    const double speed = pa && pb ? std::min(pa->speed_Gbps, pb->speed_Gbps) : 0;
    label_ = (l.count > 1 ? QStringLiteral("%1 × ").arg(l.count) : QString()) + style::bandwidthText(speed);
    setToolTip(QObject::tr("%1 link %2\n%3.%4 ↔ %5.%6\n%7 per direction%8")
                   .arg(style::fabricLabel(fabric_), id_, a_, port_a_, b_, port_b_, label_,
                        l.length_m ? QObject::tr(", %1 m").arg(*l.length_m) : QString()));
}

void LinkItem::reroute(const ComponentItem* a, const ComponentItem* b) {
    if (!a || !b) return;
    const PortItem* pa = a->portItem(port_a_);
    const PortItem* pb = b->portItem(port_b_);
    const QPointF p1 = pa ? pa->scenePos() : a->sceneBoundingRect().center();
    const QPointF p2 = pb ? pb->scenePos() : b->sceneBoundingRect().center();
    // A gentle S-curve leaving each port horizontally reads better than a straight line.
    QPainterPath path(p1);
    const double dx = std::max(40.0, std::abs(p2.x() - p1.x()) * 0.5);
    const QPointF c1 = p1 + QPointF(dx, 0), c2 = p2 + QPointF(dx, 0);
    path.cubicTo(c1, c2, p2);
    prepareGeometryChange();
    setPath(path);
    end_a_ = p1;
    end_b_ = p2;
    c1_ = c1;
    c2_ = c2;
    mid_ = pointAt(label_t_);
}

QPointF LinkItem::pointAt(double t) const {
    // The cubic in closed form: pointAtPercent() measures the arc length by
    // subdivision, which dominated opening large designs.
    const double u = 1 - t;
    return u * u * u * end_a_ + 3 * u * u * t * c1_ + 3 * u * t * t * c2_ + t * t * t * end_b_;
}

QFont LinkItem::labelFont() const {
    QFont f = scene() ? scene()->font() : QFont(); // not the painter's: it carries the previous item's font
    f.setPointSizeF(7.5);
    f.setBold(false);
    return f;
}

QSizeF LinkItem::labelSize() const {
    // Measured once per text and font: label placement asks for seven spots per
    // link on every layout, and shaping the text each time dominated edits.
    const QFont f = labelFont();
    if (!label_size_ || size_font_ != f || size_text_ != label_) {
        size_font_ = f;
        size_text_ = label_;
        label_size_ = QFontMetricsF(f).size(Qt::TextSingleLine, label_) + QSizeF(8, 2);
    }
    return *label_size_;
}

QRectF LinkItem::labelRectAt(double t) const {
    const QSizeF sz = labelSize();
    return QRectF(pointAt(t) - QPointF(sz.width() / 2, sz.height() / 2), sz);
}

QRectF LinkItem::labelRect() const { return labelRectAt(label_t_); }

void LinkItem::setLabelAt(double t) {
    if (t == label_t_) return;
    label_t_ = t;
    mid_ = pointAt(t);
    update();
}

void LinkItem::setHighlight(bool on) {
    if (highlight_ == on) return;
    highlight_ = on;
    update();
}

QRectF LinkItem::boundingRect() const { return QGraphicsPathItem::boundingRect().adjusted(-60, -20, 60, 20); }

void LinkItem::paint(QPainter* p, const QStyleOptionGraphicsItem* o, QWidget*) {
    if (QStyleOptionGraphicsItem::levelOfDetailFromTransform(p->worldTransform()) < style::kDetailLod) {
        // Far out: a thin line, no label (it could not be read).
        const auto* ds = static_cast<const DesignScene*>(scene());
        const bool dark = ds && ds->darkPalette();
        QPen pen(highlight_ ? QColor(0xd0, 0x02, 0x1b)
                 : heat_    ? style::heatColour(*heat_)
                            : style::fabricColour(fabric_.family, dark),
                 highlight_ ? 6
                 : heat_    ? 3
                            : 0);
        p->setPen(pen);
        p->setRenderHint(QPainter::Antialiasing, false); // antialiased hairlines cost more than they show at this size
        p->drawLine(end_a_, end_b_);                     // a curve costs more and looks the same from here
        return;
    }
    p->setRenderHint(QPainter::Antialiasing);
    if (highlight_) {
        p->setPen(QPen(QColor(0xd0, 0x02, 0x1b, 140), 9, Qt::SolidLine, Qt::RoundCap));
        p->drawPath(path());
    }
    const QPalette pal = scene() ? scene()->palette() : QPalette();
    QPen pen = style::fabricPen(fabric_, o->state & QStyle::State_Selected, isDark(pal));
    if (heat_) { // heat overlay: the link in its load colour, thicker
        pen.setColor(style::heatColour(*heat_));
        pen.setWidthF(std::max(pen.widthF(), 3.5));
    }
    p->setPen(pen);
    p->setBrush(Qt::NoBrush);
    p->drawPath(path());
    // The label is laid out once per font (shaping it every frame slowed panning).
    const QFont f = labelFont();
    if (label_font_ != f || label_text_.text() != label_) {
        label_font_ = f;
        label_text_ = QStaticText(label_);
        label_text_.setTextFormat(Qt::PlainText);
        label_text_.prepare(QTransform(), f);
    }
    p->setFont(f);
    const QRectF box = labelRect();
    p->setPen(QPen(style::fabricColour(fabric_.family, isDark(pal)), 1));
    p->setBrush(pal.color(QPalette::Base));
    p->drawRoundedRect(box, 4, 4);
    p->setPen(pal.color(QPalette::Text));
    p->drawStaticText(box.center() - QPointF(label_text_.size().width() / 2, label_text_.size().height() / 2), label_text_);
    if (heat_) { // "· 73 %" after the bandwidth label
        const QString pct = style::heatText(*heat_);
        const QRectF tag(box.right() + 2, box.top(), QFontMetricsF(f).horizontalAdvance(pct) + 8, box.height());
        p->setPen(Qt::NoPen);
        p->setBrush(style::heatColour(*heat_));
        p->drawRoundedRect(tag, 4, 4);
        p->setPen(Qt::white);
        p->drawText(tag, Qt::AlignCenter, pct);
    }
}

void LinkItem::setHeat(std::optional<double> utilisation) {
    if (heat_ == utilisation) return;
    heat_ = utilisation;
    update();
}

} // namespace cc::studio
