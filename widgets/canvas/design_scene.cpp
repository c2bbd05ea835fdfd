#include "canvas/design_scene.h"

#include "canvas/canvas_style.h"
#include "canvas/component_item.h"
#include "canvas/group_item.h"
#include "canvas/link_item.h"
#include "canvas/link_labels.h"
#include "document/document.h"
#include "topology/replication.h"

#include <QGraphicsSceneHelpEvent>
#include <QGraphicsSceneMouseEvent>
#include <QPalette>
#include <QTimer>

#include <algorithm>
#include <map>

#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace cc::studio {
namespace {
QString q(const std::string& s) { return QString::fromStdString(s); }
} // namespace

DesignScene::DesignScene(Document* doc, QObject* parent) : QGraphicsScene(parent), doc_(doc) {
    setItemIndexMethod(QGraphicsScene::BspTreeIndex);
    dark_ = palette().color(QPalette::Base).lightness() < 128;
    connect(doc_, &Document::changed, this, &DesignScene::onChanged);
    rebuild();
}

bool DesignScene::event(QEvent* e) {
    const bool handled = QGraphicsScene::event(e);
    if (e->type() == QEvent::PaletteChange || e->type() == QEvent::ApplicationPaletteChange) {
        dark_ = palette().color(QPalette::Base).lightness() < 128;
        emit pictureChanged();
    }
    return handled;
}

void DesignScene::rebuild() {
    rubber_link_ = nullptr;
    link_from_ = nullptr;
    clear();
    comps_.clear();
    links_.clear();
    groups_.clear();
    links_of_.clear();
    labels_dirty_ = members_dirty_ = geometry_dirty_ = scene_rect_dirty_ = true;
    // Whole-design rebuild: items come straight from the design, and links find
    // their ends through an index (looking each id up by scan is quadratic).
    const Design& d = doc_->design();
    std::unordered_map<std::string_view, const Component*> by_id;
    by_id.reserve(d.components.size());
    for (const auto& c : d.components) {
        by_id.emplace(c.id, &c);
        syncComponent(q(c.id), &c);
    }
    const auto find = [&](const std::string& id) -> const Component* {
        auto it = by_id.find(id);
        return it == by_id.end() ? nullptr : it->second;
    };
    for (const auto& l : d.links) syncLink(q(l.id), &l, find(l.a.component), find(l.b.component));
    layoutGroups();
    updateSceneRect();
    if (heat_overlay_) applyHeat(); // new items take the overlay state
    emit pictureChanged();
}

void DesignScene::onChanged(const ChangeEvent& e) {
    if (e.reset) {
        rebuild();
        return;
    }
    if (e.components.isEmpty() && e.links.isEmpty() && !e.groups.isEmpty() && syncGroupsInPlace(e.groups)) {
        emit pictureChanged();
        return;
    }
    for (const auto& id : e.components) syncComponent(id);
    for (const auto& id : e.links) syncLink(id);
    for (const auto& id : e.components) rerouteLinksOf(id);
    layoutGroups(); // membership, ×N or positions may have changed
    updateSceneRect();
    if (heat_overlay_) applyHeat(); // parts just added get their colour
    emit pictureChanged();
}

bool DesignScene::syncGroupsInPlace(const QSet<QString>& ids) {
    // Frames follow membership and nesting only: when every edited group still
    // exists under the same parent (a ×N, name or kind edit), no frame, depth or
    // label moves, so only the edited groups' own items change — not a full
    // layout of a thousand racks for one badge.
    const Design& d = doc_->design();
    std::vector<std::pair<GroupItem*, const Group*>> edits;
    for (const QString& id : ids) {
        GroupItem* item = groups_.value(id);
        const Group* g = d.group(id.toStdString());
        if (!item || !g || item->parentId() != g->parent) return false;
        edits.emplace_back(item, g);
    }
    for (const auto& [item, g] : edits) item->sync(*g);
    return true;
}

void DesignScene::helpEvent(QGraphicsSceneHelpEvent* e) {
    // Group tooltips carry the ×N in all with the parents, worked out when shown.
    const Replication rep(doc_->design());
    for (QGraphicsItem* item : items(e->scenePos()))
        if (auto* g = qgraphicsitem_cast<GroupItem*>(item)) g->updateToolTip(rep.group_multiplicity(g->id().toStdString()));
    QGraphicsScene::helpEvent(e);
}

void DesignScene::syncComponent(const QString& id) { syncComponent(id, doc_->design().component(id.toStdString())); }

void DesignScene::syncComponent(const QString& id, const Component* c) {
    partsMoved(); // added, removed or resized, maybe moved
    ComponentItem* item = comps_.value(id);
    if (!c) {
        if (item) {
            comps_.remove(id);
            delete item;
        }
        return;
    }
    if (!item) {
        item = new ComponentItem(*c);
        addItem(item);
        comps_.insert(id, item);
        connect(item, &ComponentItem::moved, this, [this](const QString& moved) {
            partsMoved();
            rerouteLinksOf(moved);
            scheduleGroupLayout();
        });
    } else {
        item->sync(*c);
    }
    item->setPortsVisible(ports_shown_);
    item->setHighlight(highlights_.contains(id));
}

void DesignScene::syncLink(const QString& id) {
    const Design& d = doc_->design();
    const Link* l = d.link(id.toStdString());
    syncLink(id, l, l ? d.component(l->a.component) : nullptr, l ? d.component(l->b.component) : nullptr);
}

void DesignScene::syncLink(const QString& id, const Link* l, const Component* end_a, const Component* end_b) {
    LinkItem* item = links_.value(id);
    if (item) {
        links_of_.remove(item->endA(), item);
        links_of_.remove(item->endB(), item);
    }
    if (!l) {
        if (item) {
            links_.remove(id);
            delete item;
            labels_dirty_ = geometry_dirty_ = scene_rect_dirty_ = true;
        }
        return;
    }
    if (!item) {
        item = new LinkItem(*l);
        addItem(item);
        links_.insert(id, item);
    }
    item->sync(*l, end_a, end_b);
    labels_dirty_ = geometry_dirty_ = scene_rect_dirty_ = true;
    links_of_.insert(item->endA(), item);
    links_of_.insert(item->endB(), item);
    item->reroute(comps_.value(item->endA()), comps_.value(item->endB()));
    item->setHighlight(highlights_.contains(id));
}

void DesignScene::rerouteLinksOf(const QString& component_id) {
    for (LinkItem* l : links_of_.values(component_id)) {
        l->reroute(comps_.value(l->endA()), comps_.value(l->endB()));
        labels_dirty_ = geometry_dirty_ = scene_rect_dirty_ = true;
    }
}

void DesignScene::partsMoved() { members_dirty_ = geometry_dirty_ = scene_rect_dirty_ = true; }

void DesignScene::scheduleGroupLayout() {
    if (layout_pending_) return;
    layout_pending_ = true;
    QTimer::singleShot(0, this, [this] {
        layout_pending_ = false;
        layoutGroups();
        emit pictureChanged();
    });
}

void DesignScene::layoutGroups() {
    const Design& d = doc_->design();
    // Drop items of deleted groups, create or refresh the others.
    std::unordered_set<std::string_view> group_ids; // Design::group() scans: quadratic over hundreds of racks
    group_ids.reserve(d.groups.size());
    for (const auto& g : d.groups) group_ids.insert(g.id);
    for (auto it = groups_.begin(); it != groups_.end();) {
        if (!group_ids.count(it.key().toStdString())) {
            delete it.value();
            it = groups_.erase(it);
            geometry_dirty_ = scene_rect_dirty_ = true;
        } else {
            ++it;
        }
    }
    const Replication rep(d);
    if (members_dirty_) { // the cards of each group's own parts; unchanged by group-only edits
        member_frames_.clear();
        for (const auto& c : d.components)
            if (!c.group.empty())
                if (ComponentItem* item = comps_.value(q(c.id))) {
                    QRectF r = item->mapRectToScene(QRectF(0, 0, style::kItemWidth, style::kItemHeight));
                    QRectF& f = member_frames_[c.group];
                    f = f.isNull() ? r : f.united(r);
                }
        members_dirty_ = false;
    }
    std::map<std::string, QRectF> frames = member_frames_;
    // Deepest groups first, so a parent's frame wraps its children's frames.
    std::vector<const Group*> order;
    std::vector<std::size_t> depths; // walked once per group, not per comparison
    for (const auto& g : d.groups) {
        order.push_back(&g);
        depths.push_back(rep.chain(g.id).size());
    }
    auto depth = [&](const Group* g) { return depths[static_cast<std::size_t>(g - d.groups.data())]; };
    std::stable_sort(order.begin(), order.end(), [&](const Group* a, const Group* b) { return depth(a) > depth(b); });
    for (const Group* g : order) {
        GroupItem* item = groups_.value(q(g->id));
        if (!item) {
            item = new GroupItem(*g);
            addItem(item);
            groups_.insert(q(g->id), item);
        }
        item->sync(*g);
        item->setZValue(-static_cast<double>(10 - std::min<std::size_t>(depth(g), 9)));
        QRectF r = frames.count(g->id) ? frames[g->id] : QRectF();
        if (!r.isNull()) {
            r = r.adjusted(-style::kGroupPadding, -style::kGroupPadding - style::kGroupHeader, style::kGroupPadding, style::kGroupPadding);
            if (!g->parent.empty()) frames[g->parent] = frames[g->parent].isNull() ? r : frames[g->parent].united(r);
        }
        if (item->frame() != r || item->isVisible() == r.isNull()) geometry_dirty_ = scene_rect_dirty_ = true;
        item->setFrame(r);
        item->setVisible(!r.isNull());
    }
    // Label placement reads only link curves and texts, part cards, group headers
    // and the font: when none changed (a ×N edit, a rename) the labels already sit
    // where placing them again would put them.
    if (!geometry_dirty_ && !labels_dirty_ && font() == label_font_) return;
    geometry_dirty_ = false;
    // Parts and links are where they will stay until the next change: labels find free spots.
    QList<QRectF> cards; // what a label should not cover: part cards and group headers
    cards.reserve(comps_.size());
    for (const ComponentItem* c : std::as_const(comps_)) cards << c->sceneBoundingRect();
    for (const GroupItem* g : std::as_const(groups_)) // the frame's title and ×N badge
        if (g->isVisible()) cards << QRectF(g->frame().topLeft(), QSizeF(g->frame().width(), style::kGroupHeader));
    if (!labels_dirty_ && cards == label_obstacles_ && font() == label_font_) return;
    placeLinkLabels(links_.values(), cards);
    labels_dirty_ = false;
    label_obstacles_ = cards;
    label_font_ = font();
}

void DesignScene::setUtilisation(const QHash<QString, double>& utilisation) {
    utilisation_ = utilisation;
    applyHeat();
}

void DesignScene::setHeatOverlay(bool on) {
    const bool changed = heat_overlay_ != on;
    heat_overlay_ = on;
    applyHeat();
    if (changed) emit heatOverlayChanged(on);
}

void DesignScene::applyHeat() {
    if (!heat_overlay_ && !heat_shown_) return; // nothing drawn, nothing to clear
    heat_shown_ = heat_overlay_;
    const auto heatOf = [this](const QString& id) -> std::optional<double> {
        if (!heat_overlay_) return std::nullopt;
        auto it = utilisation_.constFind(id);
        return it == utilisation_.constEnd() ? std::nullopt : std::optional<double>(*it);
    };
    for (auto it = comps_.begin(); it != comps_.end(); ++it) it.value()->setHeat(heatOf(it.key()));
    for (auto it = links_.begin(); it != links_.end(); ++it) it.value()->setHeat(heatOf(it.key()));
    emit pictureChanged();
}

void DesignScene::setPortsShown(bool on) {
    if (on == ports_shown_) return;
    ports_shown_ = on;
    for (ComponentItem* c : comps_) c->setPortsVisible(on);
    emit pictureChanged();
}

QRectF DesignScene::contentRect() const {
    // Components and group frames hold everything drawn (ports, labels and
    // links lie inside or between them): far cheaper than itemsBoundingRect(),
    // which visits every child item.
    QRectF r;
    for (const ComponentItem* c : comps_) r |= c->sceneBoundingRect();
    for (const GroupItem* g : groups_)
        if (g->isVisible()) r |= g->sceneBoundingRect();
    for (const LinkItem* l : links_) r |= l->path().boundingRect(); // curves bulge past their ends
    return r;
}

void DesignScene::updateSceneRect() {
    if (!scene_rect_dirty_) return; // nothing drawn moved, grew or went since the last time
    scene_rect_dirty_ = false;
    const QRectF bounds = contentRect();
    setSceneRect(bounds.isNull() ? QRectF(-400, -300, 800, 600) : bounds.adjusted(-400, -300, 400, 300));
}

void DesignScene::beginLink(PortItem* from) {
    link_from_ = from;
    delete rubber_link_;
    rubber_link_ = addPath(QPainterPath(), style::fabricPen(from->port().fabric, false));
    rubber_link_->setZValue(50);
    emit statusMessage(tr("Drag to a %1 port to link; Esc cancels.").arg(style::fabricLabel(from->port().fabric)));
}

void DesignScene::dragLink(QPointF p) {
    if (!rubber_link_ || !link_from_) return;
    QPainterPath path(link_from_->scenePos());
    path.lineTo(p);
    rubber_link_->setPath(path);
}

void DesignScene::finishLink(QPointF p) {
    if (!link_from_) return;
    PortItem* from = link_from_;
    link_from_ = nullptr;
    delete rubber_link_;
    rubber_link_ = nullptr;
    PortItem* to = nullptr;
    for (QGraphicsItem* it : items(QRectF(p - QPointF(8, 8), QSizeF(16, 16))))
        if (it->type() == PortItem::Type && it != from) {
            to = static_cast<PortItem*>(it);
            break;
        }
    if (!to) {
        emit statusMessage(tr("No port there; the link was not made."));
        return;
    }
    QString why;
    const QString id = doc_->addLink({from->componentId().toStdString(), from->portId().toStdString()},
                                     {to->componentId().toStdString(), to->portId().toStdString()}, &why);
    emit statusMessage(id.isEmpty() ? tr("Link refused: %1").arg(why) : tr("Linked %1 to %2.").arg(from->componentId(), to->componentId()));
}

QString DesignScene::groupAt(QPointF p) const {
    QString best;
    double best_area = 0;
    for (auto it = groups_.begin(); it != groups_.end(); ++it) {
        const QRectF f = it.value()->frame();
        if (it.value()->isVisible() && f.contains(p) && (best.isEmpty() || f.width() * f.height() < best_area)) {
            best = it.key();
            best_area = f.width() * f.height();
        }
    }
    return best;
}

void DesignScene::previewGroupMove(const QString& group_id, QPointF delta) {
    const Design& d = doc_->design();
    const Replication rep(d);
    for (const auto& c : d.components) {
        const auto chain = rep.chain(c.group);
        if (std::find(chain.begin(), chain.end(), group_id.toStdString()) == chain.end()) continue;
        if (ComponentItem* item = comps_.value(q(c.id))) item->setPos(item->pos() + delta);
    }
}

void DesignScene::commitMovedItems() {
    QList<QPair<QString, QPointF>> moved;
    for (auto it = comps_.begin(); it != comps_.end(); ++it) {
        const Component* c = doc_->design().component(it.key().toStdString());
        if (c && (std::abs(c->pos.x - it.value()->pos().x()) > 1e-6 || std::abs(c->pos.y - it.value()->pos().y()) > 1e-6))
            moved.append({it.key(), it.value()->pos()});
    }
    if (!moved.isEmpty())
        doc_->setPositions(moved,
                           moved.size() == 1 ? tr("Move %1").arg(moved.front().first) : tr("Move %n parts", nullptr, int(moved.size())));
}

void DesignScene::mouseReleaseEvent(QGraphicsSceneMouseEvent* e) {
    QGraphicsScene::mouseReleaseEvent(e);
    if (e->button() == Qt::LeftButton) commitMovedItems();
}

QStringList DesignScene::selectedComponentIds() const {
    QStringList out;
    for (QGraphicsItem* it : selectedItems())
        if (it->type() == ComponentItem::Type) out << static_cast<ComponentItem*>(it)->id();
    out.sort();
    return out;
}

QStringList DesignScene::selectedLinkIds() const {
    QStringList out;
    for (QGraphicsItem* it : selectedItems())
        if (it->type() == LinkItem::Type) out << static_cast<LinkItem*>(it)->id();
    out.sort();
    return out;
}

QStringList DesignScene::selectedGroupIds() const {
    QStringList out;
    for (QGraphicsItem* it : selectedItems())
        if (it->type() == GroupItem::Type) out << static_cast<GroupItem*>(it)->id();
    out.sort();
    return out;
}

void DesignScene::selectIds(const QStringList& ids) {
    clearSelection();
    for (const auto& id : ids) {
        if (auto* c = comps_.value(id)) c->setSelected(true);
        if (auto* l = links_.value(id)) l->setSelected(true);
        if (auto* g = groups_.value(id)) g->setSelected(true);
    }
}

void DesignScene::setHighlights(const QSet<QString>& ids) {
    if (ids == highlights_) return; // every score sends them; usually the same few parts
    // Only items entering or leaving the set change; items created since the last
    // call took highlights_ when they were synced.
    const auto apply = [this](const QString& id, bool on) {
        if (ComponentItem* c = comps_.value(id)) c->setHighlight(on);
        if (LinkItem* l = links_.value(id)) l->setHighlight(on);
    };
    for (const QString& id : std::as_const(highlights_))
        if (!ids.contains(id)) apply(id, false);
    for (const QString& id : ids)
        if (!highlights_.contains(id)) apply(id, true);
    highlights_ = ids;
    emit pictureChanged();
}

} // namespace cc::studio
