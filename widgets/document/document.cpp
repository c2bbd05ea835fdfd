#include "document/document.h"
#include "model/fabric_edit.h"
#include "model/scenarios.h"

#include "catalog/catalog.h"
#include "document/patch_command.h"
#include "edit/design_patch.h"
#include "format/design_format.h"

#include <QFileInfo>

#include <algorithm>
#include <map>

namespace cc::studio {
namespace {

QString q(const std::string& s) { return QString::fromStdString(s); }
std::string s(const QString& q) { return q.toStdString(); }

template <class T>
const T* by_id(const std::vector<T>& v, const std::string& id) {
    for (const auto& x : v)
        if (x.id == id) return &x;
    return nullptr;
}

} // namespace

Document::Document(QObject* parent) : QObject(parent) {
    connect(&undo_, &QUndoStack::cleanChanged, this, [this](bool clean) { emit modifiedChanged(!clean); });
}

Document::~Document() { sealSnapshot(); }

QString Document::displayName() const { return path_.isEmpty() ? tr("Untitled") : QFileInfo(path_).fileName(); }

void Document::reset(Design d, const QString& path) {
    sealSnapshot();
    design_ = std::move(d);
    undo_.clear();
    path_ = path;
    ++revision_;
    ChangeEvent e;
    e.reset = true;
    emit changed(e);
    emit filePathChanged(path_);
    emit modifiedChanged(false);
}

bool Document::load(const QString& path, QString* error) {
    try {
        Design d = format::load_design_file(s(path));
        reset(std::move(d), path);
        return true;
    } catch (const InputError& e) {
        if (error) *error = q(e.what());
        return false;
    }
}

bool Document::saveCopy(const QString& path, QString* error) const {
    try {
        format::save_design_file(design_, s(path));
        return true;
    } catch (const InputError& e) {
        if (error) *error = q(e.what());
        return false;
    }
}

bool Document::save(const QString& path, QString* error) {
    if (!saveCopy(path, error)) return false;
    const bool renamed = path != path_;
    path_ = path;
    undo_.setClean();
    if (renamed) emit filePathChanged(path_);
    return true;
}

std::shared_ptr<DesignSnapshot> Document::snapshot() const {
    auto live = snapshot_.lock();
    if (!live || snapshot_revision_ != revision_) {
        live = std::make_shared<DesignSnapshot>(&design_);
        snapshot_ = live;
        snapshot_revision_ = revision_;
    }
    return live;
}

void Document::sealSnapshot() {
    if (const auto live = snapshot_.lock()) live->seal();
    snapshot_.reset();
}

void Document::applyPatch(const DesignPatch& p, Direction dir) {
    sealSnapshot();
    apply(design_, p, dir);
    ++revision_;
    ChangeEvent e;
    for (const auto& id : p.component_ids()) e.components.insert(q(id));
    for (const auto& id : p.link_ids()) e.links.insert(q(id));
    for (const auto& id : p.group_ids()) e.groups.insert(q(id));
    e.workload = p.workload_after.has_value();
    e.title = p.title_after.has_value();
    e.reset = e.scenarios = p.design_after.has_value();
    emit changed(e);
}

bool Document::push(DesignPatch patch, const QString& text, int merge_kind, const QString& merge_key) {
    if (patch.empty() || patch.is_noop()) return false;
    undo_.push(new PatchCommand(this, std::move(patch), text, static_cast<MergeKind>(merge_kind), merge_key));
    return true;
}

QString Document::addComponent(Component c) {
    if (c.id.empty() || design_.component(c.id)) c.id = next_id(design_, "c");
    if (!c.group.empty() && !design_.group(c.group)) c.group.clear();
    DesignPatch p;
    p.comps_after.push_back(c);
    const QString name = q(c.name.empty() ? c.catalog_id : c.name);
    push(std::move(p), tr("Add %1").arg(name), static_cast<int>(MergeKind::None), {});
    return q(c.id);
}

QString Document::addPart(const QString& catalog_id, QPointF pos, const QString& group) {
    const Catalog& cat = Catalog::builtin();
    const EntryInfo* info = cat.info(s(catalog_id));
    if (!info) return {};
    const auto kind = component_kind_of(info->kind);
    if (!kind) return {};
    Component c;
    c.kind = *kind;
    c.catalog_id = info->id;
    c.name = info->name;
    c.group = s(group);
    c.pos = {pos.x(), pos.y()};
    c.ports = cat.default_ports(info->id);
    return addComponent(std::move(c));
}

bool Document::removeItems(const QStringList& components, const QStringList& links, const QStringList& groups) {
    DesignPatch p;
    std::set<std::string> gone_comps, gone_links, gone_groups;
    for (const auto& id : components)
        if (design_.component(s(id))) gone_comps.insert(s(id));
    for (const auto& id : groups)
        if (design_.group(s(id))) gone_groups.insert(s(id));
    for (const auto& l : design_.links)
        if (links.contains(q(l.id)) || gone_comps.count(l.a.component) || gone_comps.count(l.b.component)) gone_links.insert(l.id);
    for (const auto& id : gone_comps) p.comps_before.push_back(*design_.component(id));
    for (const auto& id : gone_links) p.links_before.push_back(*design_.link(id));
    // Removing a group keeps its members: they move up to the group's parent.
    auto parent_after = [&](std::string g) {
        while (!g.empty() && gone_groups.count(g)) g = design_.group(g)->parent;
        return g;
    };
    for (const auto& id : gone_groups) p.groups_before.push_back(*design_.group(id));
    for (const auto& c : design_.components)
        if (!gone_comps.count(c.id) && gone_groups.count(c.group)) {
            p.comps_before.push_back(c);
            Component moved = c;
            moved.group = parent_after(c.group);
            p.comps_after.push_back(moved);
        }
    for (const auto& g : design_.groups)
        if (!gone_groups.count(g.id) && gone_groups.count(g.parent)) {
            p.groups_before.push_back(g);
            Group moved = g;
            moved.parent = parent_after(g.parent);
            p.groups_after.push_back(moved);
        }
    const auto n = gone_comps.size() + gone_links.size() + gone_groups.size();
    return push(std::move(p), n == 1 ? tr("Delete item") : tr("Delete %n items", nullptr, static_cast<int>(n)),
                static_cast<int>(MergeKind::None), {});
}

bool Document::moveComponents(const QStringList& ids, QPointF delta, bool merge) {
    DesignPatch p;
    QStringList sorted = ids;
    sorted.sort();
    for (const auto& id : sorted)
        if (const Component* c = design_.component(s(id))) {
            p.comps_before.push_back(*c);
            Component m = *c;
            m.pos.x += delta.x();
            m.pos.y += delta.y();
            p.comps_after.push_back(m);
        }
    return push(std::move(p), ids.size() == 1 ? tr("Move %1").arg(ids.front()) : tr("Move %n parts", nullptr, static_cast<int>(ids.size())),
                static_cast<int>(merge ? MergeKind::Move : MergeKind::None), "move:" + sorted.join(','));
}

bool Document::setPositions(const QList<QPair<QString, QPointF>>& positions, const QString& text) {
    DesignPatch p;
    for (const auto& [id, pos] : positions)
        if (const Component* c = design_.component(s(id))) {
            p.comps_before.push_back(*c);
            Component m = *c;
            m.pos = {pos.x(), pos.y()};
            p.comps_after.push_back(m);
        }
    return push(std::move(p), text, static_cast<int>(MergeKind::None), {});
}

QString Document::addLink(const LinkEnd& a, const LinkEnd& b, QString* refusal) {
    auto fail = [&](const QString& why) {
        if (refusal) *refusal = why;
        return QString();
    };
    const Component* ca = design_.component(a.component);
    const Component* cb = design_.component(b.component);
    if (!ca || !cb) return fail(tr("Both ends must be parts of the design."));
    const Port* pa = ca->port(a.port);
    const Port* pb = cb->port(b.port);
    if (!pa || !pb) return fail(tr("Both ends must be ports."));
    if (a.component == b.component) return fail(tr("A part cannot be linked to itself."));
    if (auto why = link_refusal(pa->fabric, pb->fabric); !why.empty()) return fail(q(why));
    Link l;
    l.id = next_id(design_, "l");
    l.a = a;
    l.b = b;
    DesignPatch p;
    p.links_after.push_back(l);
    push(std::move(p), tr("Link %1 to %2").arg(q(a.component), q(b.component)), static_cast<int>(MergeKind::None), {});
    return q(l.id);
}

namespace {
int mergeKind(Document::Steps steps, MergeKind runs) {
    return static_cast<int>(steps == Document::Steps::MergeRuns ? runs : MergeKind::None);
}
} // namespace

bool Document::editComponents(const QStringList& ids, const std::function<void(Component&)>& edit, const QString& field, Steps steps) {
    DesignPatch p;
    QStringList sorted = ids;
    sorted.sort();
    for (const auto& id : sorted)
        if (const Component* c = design_.component(s(id))) {
            Component after = *c;
            edit(after);
            after.id = c->id; // ids are stable
            if (after == *c) continue;
            p.comps_before.push_back(*c);
            p.comps_after.push_back(after);
        }
    // A new part may lack a linked port or carry another fabric: such links go
    // in the same undo step, and the user is told (the file must stay loadable).
    const int dropped = dropBrokenLinks(p);
    // Spread even when the active scenario already has the value: the others may not.
    spread(p, [&](Design& d) {
        std::vector<std::string> edited;
        for (const auto& id : sorted)
            if (Component* c = d.component(s(id))) {
                edit(*c);
                c->id = s(id);
                edited.push_back(c->id);
            }
        remove_unlinkable_links(d, edited); // as dropBrokenLinks does for the active scenario
        return !edited.empty();
    });
    const bool pushed = push(std::move(p), scoped(tr("Change %1").arg(field)), mergeKind(steps, MergeKind::ComponentField),
                             scoped(field + ":" + sorted.join(',')));
    if (pushed && dropped > 0)
        emit notice(tr("%n link(s) removed: the new part's ports cannot carry them (Undo brings them back).", nullptr, dropped));
    return pushed;
}

int Document::dropBrokenLinks(DesignPatch& p) const {
    auto after = [&](const std::string& id) -> const Component* {
        for (const Component& c : p.comps_after)
            if (c.id == id) return &c;
        return design_.component(id);
    };
    int dropped = 0;
    for (const Link& l : design_.links) {
        const bool touched = std::any_of(p.comps_after.begin(), p.comps_after.end(),
                                         [&](const Component& c) { return c.id == l.a.component || c.id == l.b.component; });
        if (!touched) continue;
        const Component* a = after(l.a.component);
        const Component* b = after(l.b.component);
        const Port* pa = a ? a->port(l.a.port) : nullptr;
        const Port* pb = b ? b->port(l.b.port) : nullptr;
        if (pa && pb && link_refusal(pa->fabric, pb->fabric).empty()) continue;
        p.links_before.push_back(l); // absent after: removed
        ++dropped;
    }
    return dropped;
}

namespace {
template <class T>
T* find_item(std::vector<T>& items, const std::string& id) {
    auto it = std::find_if(items.begin(), items.end(), [&](const T& x) { return x.id == id; });
    return it == items.end() ? nullptr : &*it;
}
} // namespace

bool Document::editLink(const QString& id, const std::function<void(Link&)>& edit, const QString& field, Steps steps) {
    const Link* l = design_.link(s(id));
    if (!l) return false;
    Link after = *l;
    edit(after);
    after.id = l->id;
    DesignPatch p;
    p.links_before.push_back(*l);
    p.links_after.push_back(after);
    spread(p, [&](Design& d) {
        Link* x = find_item(d.links, s(id));
        if (x) edit(*x), x->id = s(id);
        return x != nullptr;
    });
    return push(std::move(p), scoped(tr("Change %1").arg(field)), mergeKind(steps, MergeKind::ComponentField),
                scoped("link." + field + ":" + id));
}

bool Document::editGroup(const QString& id, const std::function<void(Group&)>& edit, const QString& field, Steps steps) {
    const Group* g = design_.group(s(id));
    if (!g) return false;
    Group after = *g;
    edit(after);
    after.id = g->id;
    DesignPatch p;
    p.groups_before.push_back(*g);
    p.groups_after.push_back(after);
    spread(p, [&](Design& d) {
        Group* x = find_item(d.groups, s(id));
        if (x) edit(*x), x->id = s(id);
        return x != nullptr;
    });
    return push(std::move(p), scoped(tr("Change %1").arg(field)), mergeKind(steps, MergeKind::GroupField), scoped(field + ":" + id));
}

QString Document::editDesign(const std::function<std::string(Design&)>& edit, const QString& text, int* scenarios) {
    if (scenarios) *scenarios = 0;
    Design after = design_;
    if (auto why = edit(after); !why.empty()) return q(why);
    DesignPatch p = diff_items(design_, after);
    const bool here = !p.empty();
    const int others = spread(p, [&](Design& d) { return edit(d).empty(); });
    if (push(std::move(p), scoped(text), static_cast<int>(MergeKind::None), {}) && scenarios) *scenarios = (here ? 1 : 0) + others;
    return {};
}

void Document::setEditsAllScenarios(bool on) {
    if (on == all_scenarios_) return;
    all_scenarios_ = on;
    emit editsAllScenariosChanged(on);
}

int Document::spread(DesignPatch& p, const std::function<bool(Design&)>& edit) const {
    if (!all_scenarios_ || design_.scenarios.empty()) return 0;
    int applied = 0;
    p.scenarios_before = design_.scenarios;
    p.scenarios_after = edit_inactive_scenarios(design_, edit, &applied);
    return applied;
}

QString Document::scoped(const QString& text) const {
    return all_scenarios_ && !design_.scenarios.empty() ? tr("%1 (all scenarios)").arg(text) : text;
}

bool Document::setGroupReplicas(const QString& group_id, int replicas) {
    if (replicas < 1 || replicas > 1000000) return false;
    return editGroup(
        group_id, [replicas](Group& g) { g.replicas = replicas; }, tr("×N"));
}

QString Document::groupComponents(const QStringList& ids, GroupKind kind, const QString& name) {
    std::vector<const Component*> members;
    for (const auto& id : ids)
        if (const Component* c = design_.component(s(id))) members.push_back(c);
    if (members.empty()) return {};
    // The new group sits where all members are today (their common group, if any).
    std::string parent = members.front()->group;
    for (const Component* c : members)
        if (c->group != parent) parent.clear();
    Group g;
    g.id = next_id(design_, "g");
    g.kind = kind;
    g.name = s(name);
    g.parent = parent;
    DesignPatch p;
    p.groups_after.push_back(g);
    for (const Component* c : members) {
        p.comps_before.push_back(*c);
        Component m = *c;
        m.group = g.id;
        p.comps_after.push_back(m);
    }
    push(std::move(p), tr("Group %n parts", nullptr, static_cast<int>(members.size())), static_cast<int>(MergeKind::None), {});
    return q(g.id);
}

bool Document::setWorkload(const Workload& w, const QString& field) {
    DesignPatch p;
    p.workload_before = design_.workload;
    p.workload_after = w;
    return push(std::move(p), tr("Change %1").arg(field), static_cast<int>(MergeKind::Workload), "workload:" + field);
}

bool Document::setTitle(const QString& title) {
    DesignPatch p;
    p.title_before = design_.title;
    p.title_after = s(title);
    return push(std::move(p), tr("Rename design"), static_cast<int>(MergeKind::Title), "title");
}

bool Document::replaceDesign(Design d, const QString& text) {
    DesignPatch p;
    p.design_before = design_;
    p.design_after = std::move(d);
    return push(std::move(p), text, static_cast<int>(MergeKind::None), {});
}

QStringList Document::scenarioNames() const {
    QStringList out;
    for (const auto& n : scenario_names(design_, tr("Baseline").toStdString())) out << q(n);
    return out;
}

int Document::activeScenario() const { return static_cast<int>(active_scenario(design_)); }

bool Document::switchScenario(int index) {
    if (index < 0 || index >= static_cast<int>(scenario_count(design_)) || index == activeScenario()) return false;
    const QString name = scenarioNames().value(index);
    return replaceDesign(with_active_scenario(design_, static_cast<std::size_t>(index)), tr("Show scenario %1").arg(name));
}

bool Document::duplicateScenario(const QString& name, QString* error) {
    try {
        return replaceDesign(duplicate_scenario(design_, s(name.trimmed())), tr("New scenario %1").arg(name.trimmed()));
    } catch (const std::exception& e) {
        if (error) *error = q(e.what());
        return false;
    }
}

bool Document::renameScenario(int index, const QString& name, QString* error) {
    if (scenario_count(design_) == 1) {
        // A plain design has no scenario names yet; duplicating names both.
        if (error) *error = tr("this design has one scenario; duplicate it first to name scenarios");
        return false;
    }
    try {
        const QString old = scenarioNames().value(index);
        return replaceDesign(rename_scenario(design_, static_cast<std::size_t>(index), s(name.trimmed())),
                             tr("Rename scenario %1 to %2").arg(old, name.trimmed()));
    } catch (const std::exception& e) {
        if (error) *error = q(e.what());
        return false;
    }
}

bool Document::removeScenario(int index, QString* error) {
    try {
        const QString name = scenarioNames().value(index);
        return replaceDesign(remove_scenario(design_, static_cast<std::size_t>(index)), tr("Delete scenario %1").arg(name));
    } catch (const std::exception& e) {
        if (error) *error = q(e.what());
        return false;
    }
}

Design Document::fragment(const QStringList& component_ids) const {
    Design f;
    std::set<std::string> ids;
    for (const auto& id : component_ids)
        if (const Component* c = design_.component(s(id))) {
            f.components.push_back(*c);
            ids.insert(c->id);
        }
    for (const auto& l : design_.links)
        if (ids.count(l.a.component) && ids.count(l.b.component)) f.links.push_back(l);
    // Keep the groups the parts sit in (and their ancestors) so ×N survives.
    std::set<std::string> groups;
    for (const auto& c : f.components)
        for (std::string g = c.group; !g.empty() && !groups.count(g);) {
            groups.insert(g);
            const Group* gr = design_.group(g);
            if (!gr) break;
            f.groups.push_back(*gr);
            g = gr->parent;
        }
    return f;
}

QStringList Document::paste(const Design& fragment, QPointF offset) {
    DesignPatch p;
    Design scratch = design_; // to hand out fresh ids
    std::map<std::string, std::string> comp_ids, group_ids;
    for (const auto& g : fragment.groups) {
        Group n = g;
        n.id = next_id(scratch, "g");
        group_ids[g.id] = n.id;
        scratch.groups.push_back(n);
    }
    for (const auto& g : fragment.groups) {
        Group n = *by_id(scratch.groups, group_ids[g.id]);
        n.parent = group_ids.count(g.parent) ? group_ids[g.parent] : std::string();
        p.groups_after.push_back(n);
    }
    QStringList added;
    for (const auto& c : fragment.components) {
        Component n = c;
        n.id = next_id(scratch, "c");
        n.group = group_ids.count(c.group) ? group_ids[c.group] : std::string();
        n.pos.x += offset.x();
        n.pos.y += offset.y();
        comp_ids[c.id] = n.id;
        scratch.components.push_back(n);
        p.comps_after.push_back(n);
        added << q(n.id);
    }
    for (const auto& l : fragment.links) {
        if (!comp_ids.count(l.a.component) || !comp_ids.count(l.b.component)) continue;
        Link n = l;
        n.id = next_id(scratch, "l");
        n.a.component = comp_ids[l.a.component];
        n.b.component = comp_ids[l.b.component];
        scratch.links.push_back(n);
        p.links_after.push_back(n);
    }
    push(std::move(p), tr("Paste %n parts", nullptr, static_cast<int>(added.size())), static_cast<int>(MergeKind::None), {});
    return added;
}

} // namespace cc::studio
