#pragma once
// One drawn link between two port dots, styled by fabric, labelled with its bandwidth.
#include "model/design.h"

#include <QFont>
#include <QGraphicsPathItem>
#include <QStaticText>

#include <optional>

namespace cc::studio {

class ComponentItem;

class LinkItem : public QGraphicsPathItem {
public:
    explicit LinkItem(const Link& l);
    void sync(const Link& l, const Component* end_a, const Component* end_b);
    /// Recomputes the path from the current port positions.
    void reroute(const ComponentItem* a, const ComponentItem* b);
    QString id() const { return id_; }
    QString endA() const { return a_; }
    QString endB() const { return b_; }
    void setHighlight(bool on);
    bool highlighted() const { return highlight_; }
    /// The bandwidth label's box in scene coordinates, and where along the curve
    /// it sits (t in 0..1, ½ by default): link_labels.cpp moves crowded labels apart.
    QRectF labelRect() const;
    QRectF labelRectAt(double t) const;
    void setLabelAt(double t);
    double labelAt() const { return label_t_; }
    QString label() const { return label_; }
    void setHeat(std::optional<double> utilisation);
    std::optional<double> heat() const { return heat_; }
    void paint(QPainter* p, const QStyleOptionGraphicsItem* o, QWidget* w) override;
    QRectF boundingRect() const override;
    enum { Type = UserType + 3 };
    int type() const override { return Type; }

private:
    QString id_, a_, b_, port_a_, port_b_, label_;
    QFont label_font_;
    QStaticText label_text_;
    PortFabric fabric_;
    bool highlight_ = false;
    std::optional<double> heat_;
    QFont labelFont() const;
    QSizeF labelSize() const;
    mutable QFont size_font_; // what label_size_ was measured for
    mutable QString size_text_;
    mutable std::optional<QSizeF> label_size_;
    QPointF pointAt(double t) const;
    QPointF mid_, end_a_, end_b_; // label centre and curve ends (the far-out view draws a straight line)
    QPointF c1_, c2_;             // the curve's control points
    double label_t_ = 0.5;
};

} // namespace cc::studio
