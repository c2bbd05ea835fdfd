#pragma once
// A group drawn as a container around its members, with a ×N badge that can be
// edited in place (double-click it).
#include "model/design.h"

#include <QGraphicsObject>

namespace cc::studio {

class GroupItem : public QGraphicsObject {
    Q_OBJECT
public:
    explicit GroupItem(const Group& g);
    /// Takes the group's name, kind, ×N and parent; repaints only if what is drawn changed.
    void sync(const Group& g);
    /// The enclosing group when last synced: a group edit that keeps every parent keeps every frame.
    const std::string& parentId() const { return parent_; }
    /// The tooltip names the ×N in all with the parents: set when it is about to
    /// show, so a ×N edit does not rewrite every nested group's tooltip.
    void updateToolTip(double total_multiplicity);
    void setFrame(const QRectF& scene_rect);
    QString id() const { return id_; }
    QRectF frame() const { return frame_; }
    QRectF badgeRect() const;
    QRectF boundingRect() const override;
    QPainterPath shape() const override; // only the border and header pick the group
    void paint(QPainter* p, const QStyleOptionGraphicsItem* o, QWidget* w) override;
    enum { Type = UserType + 4 };
    int type() const override { return Type; }

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent* e) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent* e) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent* e) override;
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent* e) override;

private:
    void editReplicasInPlace();
    QString id_, name_;
    GroupKind kind_ = GroupKind::Rack;
    std::string parent_;
    int replicas_ = 1;
    bool synced_ = false; // paint reflects name_, kind_ and replicas_
    QRectF frame_;
    QPointF press_, last_;
    bool dragging_ = false;
};

} // namespace cc::studio
