// The canvas and panels follow edits incrementally (a ×N edit redoes one group,
// not 5,000 parts): after any edit they must show exactly what a scene or
// panel built from scratch for the same design shows.
#include "canvas/component_item.h"
#include "canvas/design_scene.h"
#include "canvas/group_item.h"
#include "canvas/link_item.h"
#include "document/document.h"
#include "format/design_format.h"
#include "panels/findings_panel.h"
#include "panels/parts_table_models.h"
#include "rules/check.h"
#include "scoring/score_service.h"
#include "synthetic_design.h"

#include "studio_fixture.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QGraphicsSceneHelpEvent>
#include <QHelpEvent>
#include <QToolBar>
#include <QToolTip>
#include <QTreeWidget>

using namespace cc;
using namespace cc::studio;

namespace {

/// Everything a scene draws, item by item, in a comparable form.
QStringList drawn(DesignScene& scene) {
    QStringList out;
    for (QGraphicsItem* it : scene.items()) {
        if (auto* c = dynamic_cast<ComponentItem*>(it))
            out << QStringLiteral("part %1 at %2,%3 lit %4").arg(c->id()).arg(c->pos().x()).arg(c->pos().y()).arg(c->highlighted());
        else if (auto* l = dynamic_cast<LinkItem*>(it))
            out << QStringLiteral("link %1 %2 label %3 at %4 bounds %5,%6 %7x%8 lit %9")
                       .arg(l->id(), l->label())
                       .arg(l->labelAt())
                       .arg(l->labelRect().x())
                       .arg(l->path().boundingRect().x())
                       .arg(l->path().boundingRect().y())
                       .arg(l->path().boundingRect().width())
                       .arg(l->path().boundingRect().height())
                       .arg(l->highlighted());
        else if (auto* g = dynamic_cast<GroupItem*>(it))
            out << QStringLiteral("group %1 frame %2,%3 %4x%5 shown %6 z %7 badge %8")
                       .arg(g->id())
                       .arg(g->frame().x())
                       .arg(g->frame().y())
                       .arg(g->frame().width())
                       .arg(g->frame().height())
                       .arg(g->isVisible())
                       .arg(g->zValue())
                       .arg(g->badgeRect().width());
    }
    out.sort();
    const QRectF r = scene.sceneRect();
    out << QStringLiteral("scene %1,%2 %3x%4").arg(r.x()).arg(r.y()).arg(r.width()).arg(r.height());
    return out;
}

/// A scene built from scratch for the document's current design.
QStringList fresh(const Document& doc, const QSet<QString>& highlights = {}) {
    Document copy;
    copy.reset(doc.design());
    DesignScene scene(&copy);
    scene.setHighlights(highlights);
    return drawn(scene);
}

} // namespace

TEST_CASE("canvas: after ×N, rename, move, link and undo edits the scene matches one built from scratch", "[studio][canvas][incremental]") {
    Document doc;
    doc.reset(cc::testing::synthetic_training_design(60, 4));
    DesignScene scene(&doc);
    REQUIRE(drawn(scene) == fresh(doc));

    const QString rack = QString::fromStdString(doc.design().groups.front().id);
    REQUIRE(doc.setGroupReplicas(rack, 7));
    CHECK(drawn(scene) == fresh(doc));
    REQUIRE(doc.editGroup(
        rack, [](Group& g) { g.name = "A much longer rack name"; }, QStringLiteral("name")));
    CHECK(drawn(scene) == fresh(doc));
    REQUIRE(doc.moveComponents({"c1", "c2"}, QPointF(120, 40)));
    CHECK(drawn(scene) == fresh(doc));
    // A second group nested under the first: frames and depths change, not the parts.
    REQUIRE(doc.editGroup(
        QString::fromStdString(doc.design().groups[1].id), [&](Group& g) { g.parent = rack.toStdString(); }, QStringLiteral("parent")));
    CHECK(drawn(scene) == fresh(doc));
    REQUIRE(doc.editComponents(
        {"c3"}, [](Component& c) { c.count = 2; }, QStringLiteral("count")));
    CHECK(drawn(scene) == fresh(doc));
    while (doc.undoStack()->canUndo()) {
        doc.undoStack()->undo();
        CHECK(drawn(scene) == fresh(doc));
    }
    doc.undoStack()->redo();
    CHECK(drawn(scene) == fresh(doc));
}

TEST_CASE("canvas: a group's tooltip gives its ×N in all with its parents when it shows, after ×N edits above it",
          "[studio][canvas][incremental]") {
    Document doc;
    doc.reset(cc::testing::synthetic_training_design(60, 4));
    const std::string outer = doc.design().groups[0].id, inner = doc.design().groups[1].id;
    REQUIRE(doc.editGroup(
        QString::fromStdString(inner), [&](Group& g) { g.parent = outer; }, QStringLiteral("parent")));
    DesignScene scene(&doc);
    REQUIRE(doc.setGroupReplicas(QString::fromStdString(inner), 3));
    REQUIRE(doc.setGroupReplicas(QString::fromStdString(outer), 5)); // only the outer item is synced
    GroupItem* item = scene.groupItem(QString::fromStdString(inner));
    REQUIRE(item);
    QGraphicsSceneHelpEvent help(QEvent::GraphicsSceneHelp);
    help.setScenePos(item->frame().topLeft() + QPointF(2, 2)); // on the border, where the item picks
    QCoreApplication::sendEvent(&scene, &help);
    CHECK(item->toolTip().contains(QStringLiteral("×3 copies")));
    CHECK(item->toolTip().contains(QStringLiteral("×15 in all")));
}

TEST_CASE("canvas: highlights move from part to part as a scene built with them shows", "[studio][canvas][incremental]") {
    Document doc;
    doc.reset(cc::testing::synthetic_training_design(30, 2));
    DesignScene scene(&doc);
    scene.setHighlights({"c1", "l1", "c2"});
    CHECK(drawn(scene) == fresh(doc, {"c1", "l1", "c2"}));
    scene.setHighlights({"c2", "l2"});
    CHECK(drawn(scene) == fresh(doc, {"c2", "l2"}));
    REQUIRE(doc.setGroupReplicas(QString::fromStdString(doc.design().groups.front().id), 3));
    CHECK(drawn(scene) == fresh(doc, {"c2", "l2"}));
    scene.setHighlights({});
    CHECK(drawn(scene) == fresh(doc));
}

TEST_CASE("parts table: a ×N edit keeps the rows, adding a part adds its row", "[studio][parts-table][incremental]") {
    Document doc;
    doc.reset(cc::testing::synthetic_training_design(30, 2));
    ComponentsTableModel comps(&doc);
    LinksTableModel links(&doc);
    const auto rows = [](const Document& d) { return static_cast<int>(d.design().components.size()); };
    REQUIRE(doc.setGroupReplicas(QString::fromStdString(doc.design().groups.front().id), 9));
    CHECK(comps.rowCount() == rows(doc));
    CHECK(links.rowCount() == static_cast<int>(doc.design().links.size()));
    const QString added = doc.addPart("qm9700", {0, 0});
    CHECK(comps.rowCount() == rows(doc));
    bool listed = false;
    for (int r = 0; r < comps.rowCount(); ++r) listed |= comps.data(comps.index(r, ComponentsTableModel::Id)).toString() == added;
    CHECK(listed);
}

TEST_CASE("findings: checked off the GUI thread, the list ends on the newest revision of a burst of edits",
          "[studio][findings][incremental]") {
    cc::studio::testing::Studio s;
    FindingsPanel* f = s.w->findings();
    for (int i = 0; i < 5; ++i) s.doc()->addPart("qm9700", {1200.0 + 200 * i, 1200}); // unconnected switches: findings
    f->waitForIdle();
    const auto expected = check(s.doc()->design(), Catalog::builtin());
    REQUIRE(f->list()->topLevelItemCount() == static_cast<int>(expected.size()));
    for (int i = 0; i < f->list()->topLevelItemCount(); ++i)
        CHECK(f->list()->topLevelItem(i)->text(0).toStdString() == expected[static_cast<std::size_t>(i)].message);
}

TEST_CASE("findings: a burst of edits is checked once, after the edits pause", "[studio][findings][incremental]") {
    cc::studio::testing::Studio s(cc::studio::testing::kPod);
    FindingsPanel* f = s.w->findings();
    f->waitForIdle();
    const int before = f->checksStarted();
    const QString rack = QString::fromStdString(s.doc()->design().groups.front().id);
    for (int i = 2; i < 12; ++i) REQUIRE(s.doc()->setGroupReplicas(rack, i));
    CHECK(f->checksStarted() == before); // nothing started while edits keep coming
    f->waitForIdle();
    CHECK(f->checksStarted() == before + 1);
}

TEST_CASE("scoring: an edit made while idle starts its job at once, not after a timer", "[studio][scoring][incremental]") {
    cc::studio::testing::Studio s(cc::studio::testing::kPod);
    s.w->scoring()->waitForIdle();
    bool started = false;
    QObject::connect(s.w->scoring(), &ScoreService::started, [&] { started = true; });
    REQUIRE(s.doc()->setGroupReplicas(QString::fromStdString(s.doc()->design().groups.front().id), 3));
    CHECK(started); // no event-loop turn (timer) in between
    s.w->scoring()->waitForIdle();
    CHECK(s.w->scoring()->latest().revision == s.doc()->revision());
}

TEST_CASE("studio: an edit and its scores repaint the status bar and toolbar without laying the window out again",
          "[studio][scoring][incremental]") {
    cc::studio::testing::Studio s(cc::studio::testing::kPod);
    const QString rack = QString::fromStdString(s.doc()->design().groups.front().id);
    REQUIRE(s.doc()->setGroupReplicas(rack, 2)); // the first edit enables Undo: a real change of the toolbar
    s.w->scoring()->waitForIdle();
    s.w->findings()->waitForIdle(); // the rules dock's title counts findings: a real change too
    QApplication::processEvents();
    struct LayoutSpy : QObject {
        int requests = 0;
        bool eventFilter(QObject*, QEvent* e) override {
            requests += e->type() == QEvent::LayoutRequest;
            return false;
        }
    } spy;
    s.w->installEventFilter(&spy);
    for (int n : {3, 17, 250}) { // the undo text and the scoring time change every time
        REQUIRE(s.doc()->setGroupReplicas(rack, n));
        s.w->scoring()->waitForIdle();
        QApplication::processEvents();
    }
    CHECK(spy.requests == 0);
}

TEST_CASE("studio: the toolbar's Undo keeps its label and names the edit in its tooltip", "[studio][incremental]") {
    cc::studio::testing::Studio s(cc::studio::testing::kPod);
    auto* tb = s.w->findChild<QToolBar*>(QStringLiteral("MainToolBar"));
    REQUIRE(tb);
    QAction* undo = nullptr;
    for (QAction* a : tb->actions())
        if (a->text() == QObject::tr("Undo")) undo = a;
    REQUIRE(undo);
    CHECK_FALSE(undo->isEnabled());
    REQUIRE(s.doc()->setGroupReplicas(QString::fromStdString(s.doc()->design().groups.front().id), 6));
    CHECK(undo->isEnabled());
    CHECK(undo->text() == QObject::tr("Undo"));
    QWidget* button = tb->widgetForAction(undo);
    REQUIRE(button);
    QHelpEvent help(QEvent::ToolTip, QPoint(4, 4), button->mapToGlobal(QPoint(4, 4)));
    QCoreApplication::sendEvent(button, &help);
    CHECK(QToolTip::text().contains(s.doc()->undoStack()->undoText()));
    undo->trigger();
    CHECK(s.doc()->undoStack()->index() == 0);
}
