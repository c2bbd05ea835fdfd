#include "soak.h"

#include "canvas/design_scene.h"
#include "catalog/catalog.h"
#include "catalog/fabric_choices.h"
#include "document/document.h"
#include "format/design_format.h"
#include "main/main_window.h"
#include "model/scenarios.h"
#include "panels/inspector_widget.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <functional>
#include <random>
#include <vector>

namespace cc::studio {

namespace {

QString q(const std::string& s) { return QString::fromStdString(s); }

constexpr std::size_t kMaxParts = 120;

class Soak {
public:
    Soak(MainWindow& w, unsigned seed) : w_(w), doc_(*w.document()), rng_(seed) {
        for (const EntryInfo* e : w.catalog().entries())
            if (component_kind_of(e->kind)) parts_.push_back(q(e->id));
    }

    SoakReport run(int operations) {
        const std::vector<std::pair<const char*, std::function<bool()>>> ops = {
            {"add part", [this] { return addPart(); }},
            {"add part", [this] { return addPart(); }},
            {"link", [this] { return link(); }},
            {"link", [this] { return link(); }},
            {"delete", [this] { return remove(); }},
            {"group", [this] { return group(); }},
            {"replicas", [this] { return replicas(); }},
            {"change part (keyboard)", [this] { return changePartByKeyboard(); }},
            {"change part", [this] { return changePart(); }},
            {"change link", [this] { return changeLink(); }},
            {"change fabric", [this] { return changeFabric(); }},
            {"replace part everywhere", [this] { return replaceEverywhere(); }},
            {"edits to all scenarios", [this] { return toggleAllScenarios(); }},
            {"undo", [this] { return undoRedo(true); }},
            {"redo", [this] { return undoRedo(false); }},
            {"scenario", [this] { return scenario(); }},
            {"save and reload", [this] { return saveReload(); }},
            {"presentation", [this] { return presentation(); }},
            {"select", [this] { return select(); }},
        };
        for (int i = 0; i < operations && report_.failure.empty(); ++i) {
            const auto& [name, op] = ops[pick(ops.size())];
            QElapsedTimer clock;
            clock.start();
            const bool did = op();
            ++(did ? report_.done : report_.refused)[name];
            if (const std::string bad = brokenLink(); !bad.empty()) fail(std::string(name) + " left " + bad);
            ++report_.operations;
            if (i % 16 == 0) QApplication::processEvents(); // scoring, deferred deletes, repaints
            report_.seconds[name] += static_cast<double>(clock.nsecsElapsed()) * 1e-9;
        }
        if (w_.presentationMode()) w_.setPresentationMode(false);
        QApplication::processEvents();
        return report_;
    }

private:
    std::size_t pick(std::size_t n) { return n == 0 ? 0 : std::uniform_int_distribution<std::size_t>(0, n - 1)(rng_); }
    int between(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng_); }
    const Design& d() const { return doc_.design(); }

    QString randomGroup() {
        if (d().groups.empty() || pick(3) == 0) return {};
        return q(d().groups[pick(d().groups.size())].id);
    }
    const Component* randomComponent() { return d().components.empty() ? nullptr : &d().components[pick(d().components.size())]; }

    bool addPart() {
        // The design stays at a working size: past it, an add becomes a delete, so
        // every kind of operation keeps running on a design of realistic size
        // instead of the run slowing down as the canvas fills.
        if (d().components.size() >= kMaxParts) return remove();
        const QPointF at(between(-2000, 4000), between(-2000, 3000));
        return !doc_.addPart(parts_[pick(parts_.size())], at, randomGroup()).isEmpty();
    }
    bool link() {
        const Component* a = randomComponent();
        const Component* b = randomComponent();
        if (!a || !b || a == b || a->ports.empty() || b->ports.empty()) return false;
        QString refusal;
        const LinkEnd ea{a->id, a->ports[pick(a->ports.size())].id}, eb{b->id, b->ports[pick(b->ports.size())].id};
        const QString id = doc_.addLink(ea, eb, &refusal);
        if (id.isEmpty() && refusal.isEmpty()) fail("a refused link gave no reason");
        return !id.isEmpty();
    }
    bool remove() {
        switch (pick(3)) {
        case 0:
            if (const Component* c = randomComponent()) return doc_.removeItems({q(c->id)}, {}, {});
            return false;
        case 1:
            if (d().links.empty()) return false;
            return doc_.removeItems({}, {q(d().links[pick(d().links.size())].id)}, {});
        default:
            if (d().groups.empty()) return false;
            return doc_.removeItems({}, {}, {q(d().groups[pick(d().groups.size())].id)});
        }
    }
    bool group() {
        const Component* first = randomComponent();
        if (!first) return false;
        QStringList ids{q(first->id)};
        for (int i = 0; i < 2; ++i)
            if (const Component* c = randomComponent(); c && c->group == first->group && !ids.contains(q(c->id))) ids << q(c->id);
        const GroupKind kinds[] = {GroupKind::Node, GroupKind::Rack, GroupKind::Pod, GroupKind::Site};
        return !doc_.groupComponents(ids, kinds[pick(4)], QStringLiteral("Soak group")).isEmpty();
    }
    bool replicas() {
        if (d().groups.empty()) return false;
        return doc_.setGroupReplicas(q(d().groups[pick(d().groups.size())].id), between(1, 16));
    }
    // As a keyboard user: select the part, then an arrow key in the Part drop-down.
    bool changePartByKeyboard() {
        const Component* c = randomComponent();
        if (!c) return false;
        const QString id = q(c->id);
        w_.scene()->selectIds({id});
        QApplication::processEvents();
        auto* combo = qobject_cast<QComboBox*>(w_.inspector()->editor("Part"));
        if (!combo || combo->count() < 2) return false;
        const std::string before = c->catalog_id;
        QTest::keyClick(combo, combo->currentIndex() + 1 < combo->count() && pick(2) ? Qt::Key_Down : Qt::Key_Up);
        const Component* after = d().component(id.toStdString());
        return after && after->catalog_id != before;
    }
    bool changePart() {
        const Component* c = randomComponent();
        if (!c) return false;
        std::vector<QString> same_kind;
        for (const EntryInfo* e : w_.catalog().entries())
            if (component_kind_of(e->kind) == c->kind) same_kind.push_back(q(e->id));
        const QString to = same_kind[pick(same_kind.size())];
        const auto ports = w_.catalog().default_ports(to.toStdString());
        return doc_.editComponents(
            {q(c->id)},
            [&](Component& x) {
                x.catalog_id = to.toStdString();
                x.ports = ports;
            },
            QStringLiteral("part"), Document::Steps::EachOwn);
    }
    bool changeLink() {
        if (d().links.empty()) return false;
        const int cables = between(1, 64);
        return doc_.editLink(
            q(d().links[pick(d().links.size())].id), [cables](Link& l) { l.count = cables; }, "cables");
    }
    // As the link page's Fabric drop-down does: a typed choice from the catalog.
    bool changeFabric() {
        if (d().links.empty()) return false;
        const Link& l = d().links[pick(d().links.size())];
        const Component* a = d().component(l.a.component);
        const Port* p = a ? a->port(l.a.port) : nullptr;
        if (!p) return false;
        const std::vector<PortSpeed> choices = fabric_choices(w_.catalog(), p->fabric);
        if (choices.empty()) return false;
        const PortSpeed to = choices[pick(choices.size())];
        const std::string id = l.id;
        const QString refusal = doc_.editDesign([&](Design& x) { return set_link_fabric(x, w_.catalog(), id, to); }, "fabric");
        return refusal.isEmpty();
    }
    bool replaceEverywhere() {
        const Component* c = randomComponent();
        if (!c) return false;
        std::vector<std::string> same_kind;
        for (const EntryInfo* e : w_.catalog().entries())
            if (component_kind_of(e->kind) == c->kind && e->id != c->catalog_id) same_kind.push_back(e->id);
        if (same_kind.empty()) return false;
        const std::string from = c->catalog_id, to = same_kind[pick(same_kind.size())];
        return doc_.editDesign([&](Design& x) { return replace_part(x, w_.catalog(), from, to); }, "replace").isEmpty();
    }
    bool toggleAllScenarios() {
        doc_.setEditsAllScenarios(!doc_.editsAllScenarios());
        return true;
    }
    bool undoRedo(bool undo) {
        QUndoStack* u = doc_.undoStack();
        const int n = between(1, 3);
        bool did = false;
        for (int i = 0; i < n; ++i) {
            if (undo ? !u->canUndo() : !u->canRedo()) break;
            undo ? u->undo() : u->redo();
            did = true;
        }
        return did;
    }
    bool scenario() {
        const int n = static_cast<int>(doc_.scenarioNames().size());
        if (n < 4 && pick(2) == 0) {
            QString error;
            return doc_.duplicateScenario(QStringLiteral("Variant %1").arg(++scenarios_made_), &error);
        }
        return n > 1 && doc_.switchScenario(static_cast<int>(pick(static_cast<std::size_t>(n))));
    }
    // The saved bytes load into an equal design (the open document is kept, so undo history stays).
    bool saveReload() {
        const QString path = tmp_.filePath(QStringLiteral("soak.ccd"));
        QString error;
        if (!doc_.saveCopy(path, &error)) {
            fail("save failed: " + error.toStdString());
            return false;
        }
        Document other;
        if (!other.load(path, &error)) {
            fail("a saved design did not load: " + error.toStdString());
            return false;
        }
        if (format::write_design(other.design()) != format::write_design(d())) fail("save → load changed the design");
        return true;
    }
    bool presentation() {
        w_.setPresentationMode(!w_.presentationMode());
        return true;
    }
    bool select() {
        QStringList ids;
        for (int i = between(0, 3); i > 0; --i)
            if (const Component* c = randomComponent()) ids << q(c->id);
        if (!d().links.empty() && pick(3) == 0) ids << q(d().links[pick(d().links.size())].id);
        if (!d().groups.empty() && pick(3) == 0) ids << q(d().groups[pick(d().groups.size())].id);
        w_.scene()->selectIds(ids);
        return true;
    }
    // The invariant the loader enforces: every link joins two existing, compatible ports.
    // Every scenario, not only the one on the canvas (edits may apply to all).
    std::string brokenLink() const {
        for (std::size_t i = 0; i < scenario_count(d()); ++i) {
            const Design x = scenario_design(d(), i);
            for (const Link& l : x.links) {
                const Component* a = x.component(l.a.component);
                const Component* b = x.component(l.b.component);
                const Port* pa = a ? a->port(l.a.port) : nullptr;
                const Port* pb = b ? b->port(l.b.port) : nullptr;
                const std::string where = "link " + l.id + " in scenario " + std::to_string(i);
                if (!pa || !pb) return where + " on a missing port";
                if (!link_refusal(pa->fabric, pb->fabric).empty()) return where + " joining incompatible ports";
            }
        }
        return {};
    }
    void fail(std::string what) {
        if (report_.failure.empty()) report_.failure = "operation " + std::to_string(report_.operations) + ": " + what;
    }

    MainWindow& w_;
    Document& doc_;
    std::mt19937 rng_;
    std::vector<QString> parts_;
    QTemporaryDir tmp_;
    int scenarios_made_ = 0;
    SoakReport report_;
};

} // namespace

SoakReport runSoak(MainWindow& w, unsigned seed, int operations) { return Soak(w, seed).run(operations); }

} // namespace cc::studio
