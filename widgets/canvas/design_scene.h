#pragma once
// The canvas scene mirrors the Document: it creates one item per component,
// link and group, follows change events, and turns gestures (drag, port-drag,
// drop) into Document edits. It never edits the design itself.
#include "model/design.h"

#include <QFont>
#include <QGraphicsScene>
#include <QHash>
#include <QSet>

#include <map>
#include <string>

namespace cc::studio {

class Document;
struct ChangeEvent;
class ComponentItem;
class LinkItem;
class GroupItem;
class PortItem;

class DesignScene : public QGraphicsScene {
    Q_OBJECT
public:
    explicit DesignScene(Document* doc, QObject* parent = nullptr);
    Document* document() const { return doc_; }

    // Link drawing from a port dot.
    void beginLink(PortItem* from);
    void dragLink(QPointF scene_pos);
    void finishLink(QPointF scene_pos);

    /// Innermost group whose frame contains the point ("" if none).
    QString groupAt(QPointF scene_pos) const;
    /// Moves a group's members on screen while it is dragged.
    void previewGroupMove(const QString& group_id, QPointF delta);
    /// Writes items whose position differs from the design as one move edit.
    void commitMovedItems();

    /// What the design occupies on the canvas (fit, minimap, scene rect).
    QRectF contentRect() const;
    /// Heat overlay: utilisation per drawn id (from scoring), shown while on.
    void setUtilisation(const QHash<QString, double>& utilisation);
    void setHeatOverlay(bool on);
    bool heatOverlay() const { return heat_overlay_; }
    /// Port dots on or off (the view turns them off when zoomed too far out to use them).
    void setPortsShown(bool on);
    bool portsShown() const { return ports_shown_; }

    QStringList selectedComponentIds() const;
    QStringList selectedLinkIds() const;
    QStringList selectedGroupIds() const;
    void selectIds(const QStringList& ids); // components, links or groups
    /// Marks the limiting parts (bottleneck) with a red glow.
    void setHighlights(const QSet<QString>& ids);

    ComponentItem* componentItem(const QString& id) const { return comps_.value(id); }
    GroupItem* groupItem(const QString& id) const { return groups_.value(id); }

    /// Whether the scene's palette is dark, kept current on palette changes
    /// (items ask it every frame; copying the palette per item showed up when panning).
    bool darkPalette() const { return dark_; }

signals:
    void statusMessage(const QString& text);
    void heatOverlayChanged(bool on);
    /// What the canvas shows changed (parts, links, frames, colours): overviews
    /// redraw on this rather than on QGraphicsScene::changed, whose connection
    /// makes Qt gather every dirty rectangle of every edit for every view.
    void pictureChanged();

protected:
    bool event(QEvent* e) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent* e) override;
    void helpEvent(QGraphicsSceneHelpEvent* e) override;

private:
    void onChanged(const ChangeEvent& e);
    /// A group-only edit that keeps every group's parent: syncs those items alone; false when a full layout is needed.
    bool syncGroupsInPlace(const QSet<QString>& ids);
    void rebuild();
    void syncComponent(const QString& id);
    void syncComponent(const QString& id, const Component* c);
    void syncLink(const QString& id);
    void syncLink(const QString& id, const Link* l, const Component* end_a, const Component* end_b);
    void rerouteLinksOf(const QString& component_id);
    void scheduleGroupLayout();
    void layoutGroups();
    void updateSceneRect();

    Document* doc_;
    bool ports_shown_ = true;
    bool dark_ = false;
    bool heat_overlay_ = false, heat_shown_ = false;
    QHash<QString, double> utilisation_;
    void applyHeat();
    QHash<QString, ComponentItem*> comps_;
    QHash<QString, LinkItem*> links_;
    QHash<QString, GroupItem*> groups_;
    QMultiHash<QString, LinkItem*> links_of_;
    QGraphicsPathItem* rubber_link_ = nullptr;
    PortItem* link_from_ = nullptr;
    bool layout_pending_ = false;
    QSet<QString> highlights_;
    /// Parts came, went, changed or moved: group frames and the scene rect need a look.
    void partsMoved();
    // What changed since the last layout, so a group-only edit redoes only group items.
    bool members_dirty_ = true;                   // member_frames_ must be measured again
    bool geometry_dirty_ = true;                  // parts, links or group frames changed (label obstacles)
    bool scene_rect_dirty_ = true;                // the same, for updateSceneRect()
    std::map<std::string, QRectF> member_frames_; // group id → union of its own parts' cards
    // What the link labels were last placed for (layoutGroups skips placing them again).
    bool labels_dirty_ = true;
    QList<QRectF> label_obstacles_;
    QFont label_font_;
};

} // namespace cc::studio
