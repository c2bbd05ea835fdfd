#pragma once
// One drawn component: icon, label, ×count badge, and a dot per port group.
#include "model/design.h"

#include <QFont>
#include <QGraphicsObject>
#include <QStaticText>

#include <optional>

namespace cc::studio {

class DesignScene;

class PortItem : public QGraphicsEllipseItem {
public:
    PortItem(QGraphicsItem* parent, QString component, const Port& port, int index, int total);
    QString componentId() const { return component_; }
    QString portId() const { return QString::fromStdString(port_.id); }
    const Port& port() const { return port_; }
    QPointF anchor() const { return scenePos(); }
    enum { Type = UserType + 2 };
    int type() const override { return Type; }
    void paint(QPainter* p, const QStyleOptionGraphicsItem* o, QWidget* w) override;
    /// Grows the dot under the mouse; exports reset it so a stray hover is not printed.
    void setHovered(bool on);

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent* e) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent* e) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent* e) override;
    void hoverEnterEvent(QGraphicsSceneHoverEvent* e) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent* e) override;

private:
    QString component_;
    Port port_;
};

class ComponentItem : public QGraphicsObject {
    Q_OBJECT
public:
    explicit ComponentItem(const Component& c);
    void sync(const Component& c);
    QString id() const { return id_; }
    QRectF boundingRect() const override;
    void paint(QPainter* p, const QStyleOptionGraphicsItem* o, QWidget* w) override;
    PortItem* portItem(const QString& port_id) const;
    void setHighlight(bool on);
    bool highlighted() const { return highlight_; }
    void setPortsVisible(bool on);
    /// Heat overlay: share of the part's capacity in use, or none (no overlay).
    void setHeat(std::optional<double> utilisation);
    std::optional<double> heat() const { return heat_; }
    enum { Type = UserType + 1 };
    int type() const override { return Type; }

signals:
    void moved(const QString& id);

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant& value) override;

private:
    /// Labels laid out once (shaping text every frame dominated panning).
    struct Labels {
        QFont base;
        QStaticText name, sub, badge;
        QFont name_font, sub_font, badge_font;
    };
    const Labels& labels(const QFont& base) const;
    void paintHeat(QPainter* p) const;

    QString id_, name_, catalog_id_;
    ComponentKind kind_ = ComponentKind::Node;
    int count_ = 1;
    mutable std::optional<Labels> labels_;
    std::optional<double> heat_;
    bool highlight_ = false;
    std::vector<PortItem*> ports_;
};

} // namespace cc::studio
