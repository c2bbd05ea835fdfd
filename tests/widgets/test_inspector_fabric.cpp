// Editing what the engine reads, in the studio: a link's fabric, a server's
// port groups and NICs, an edge workload's placement, "Replace everywhere…", and edits applied to every
// scenario. Each is one undo step that restores the file byte for byte, and
// the score follows.
#include "canvas/design_scene.h"
#include "catalog/catalog.h"
#include "document/document.h"
#include "engine/training/training_engine.h"
#include "format/design_format.h"
#include "main/main_window.h"
#include "main/replace_dialog.h"
#include "panels/inspector_widget.h"
#include "scoring/score_service.h"

#include "studio_fixture.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QSpinBox>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

using namespace cc;
using namespace cc::studio;
using testing::kClass;
using testing::kPod;
using testing::pick;
using testing::Studio;

namespace {

std::string bytes(const Document* d) { return format::write_design(d->design()); }

template <class W>
W* editor(const Studio& s, const QString& name) {
    QApplication::processEvents(); // deferred deletion of a rebuilt page
    return qobject_cast<W*>(s.w->inspector()->editor(name));
}

double stepSeconds(const Document* d) {
    const auto e = engine::training::evaluate_training(d->design(), Catalog::builtin());
    REQUIRE(e.ok);
    return e.best.step_s;
}

QString refusalText(const Studio& s) {
    for (QLabel* l : s.w->inspector()->findChildren<QLabel*>())
        if (l->isVisible() && l->styleSheet().contains(QLatin1String("#b03a2e"))) return l->text();
    return {};
}

const Port& portOf(const Document* d, const char* comp, const char* port) {
    const Component* c = d->design().component(comp);
    REQUIRE(c);
    const Port* p = c->port(port);
    REQUIRE(p);
    return *p;
}

} // namespace

TEST_CASE("inspector: a link's Fabric drop-down retypes both ends, changes the score and undoes byte-identically",
          "[widgets][inspector][fabric]") {
    Studio s(kClass);
    REQUIRE(s.doc()->setGroupReplicas("g1", 4)); // four servers: the network matters
    const std::string start = bytes(s.doc());
    const double slow = stepSeconds(s.doc());
    s.w->scoring()->waitForIdle();
    const QString slowCards = s.w->scoring()->latest().cards.value(0).value;
    const int steps = s.doc()->undoStack()->count();

    s.w->scene()->selectIds({"l5"});
    auto* fabric = editor<QComboBox>(s, "Fabric");
    REQUIRE(fabric);
    CHECK(fabric->currentData().toString() == "ethernet@25");
    pick(fabric, "infiniband@400");
    CHECK(portOf(s.doc(), "c1", "net").fabric.family == FabricFamily::InfiniBand);
    CHECK(portOf(s.doc(), "c1", "net").speed_Gbps == 400);
    CHECK(s.doc()->design().component("c7")->catalog_id == "qm9700");
    CHECK(s.doc()->undoStack()->count() == steps + 1);
    CHECK(refusalText(s).isEmpty());
    CHECK(stepSeconds(s.doc()) < slow * 0.9);
    s.w->scoring()->waitForIdle();
    CHECK(s.w->scoring()->latest().cards.value(0).value != slowCards);
    CHECK(editor<QComboBox>(s, "Fabric")->currentData().toString() == "infiniband@400");

    s.doc()->undoStack()->undo();
    CHECK(bytes(s.doc()) == start);
    s.doc()->undoStack()->redo();
    CHECK(portOf(s.doc(), "c8", "net").fabric.family == FabricFamily::InfiniBand);
}

TEST_CASE("inspector: the edge Placement drop-down sets the placement, rescored, and undoes byte-identically",
          "[widgets][inspector][enums]") {
    Studio s(testing::kEdgeSite);
    s.w->scene()->selectIds({}); // the design page carries the workload form
    const std::string start = bytes(s.doc());
    auto placement = [&s] { return std::get<EdgeWorkload>(s.doc()->design().workload.spec).placement; };
    auto* place = editor<QComboBox>(s, "Placement");
    REQUIRE(place);
    CHECK(place->currentData().toString() == "edge");
    pick(place, "cloud");
    CHECK(placement() == Placement::Cloud);
    CHECK(bytes(s.doc()).find("\"placement\": \"cloud\"") != std::string::npos); // saved with the file spelling
    s.w->scoring()->waitForIdle();
    CHECK(s.w->scoring()->latest().headline.contains("placement: cloud"));
    s.doc()->undoStack()->undo();
    CHECK(bytes(s.doc()) == start);
    CHECK(editor<QComboBox>(s, "Placement")->currentData().toString() == "edge");
}

TEST_CASE("inspector: an impossible fabric is refused with the reason under the form", "[widgets][inspector][fabric]") {
    Studio s(testing::kEdgeSite);
    const std::string start = bytes(s.doc());
    const int steps = s.doc()->undoStack()->count();
    s.w->scene()->selectIds({"l1"}); // camera → PoE switch
    auto* fabric = editor<QComboBox>(s, "Fabric");
    pick(fabric, "infiniband@400");
    CHECK(s.doc()->undoStack()->count() == steps);
    CHECK(bytes(s.doc()) == start);
    const QString why = refusalText(s);
    CHECK(why.contains("built-in Ethernet"));
    CHECK(fabric->currentData().toString() == "ethernet@1"); // back to what the design has
}

TEST_CASE("inspector: a server's port groups change fabric and count, and NICs are added and removed, one undo step each",
          "[widgets][inspector][fabric]") {
    Studio s(kClass);
    const std::string start = bytes(s.doc());
    const int steps = s.doc()->undoStack()->count();
    s.w->scene()->selectIds({"c1"});

    pick(editor<QComboBox>(s, "Add NIC"), "nic-ndr400-cx7");
    CHECK(portOf(s.doc(), "c1", "net2").fabric.family == FabricFamily::InfiniBand);
    REQUIRE(editor<QComboBox>(s, "fabric:net2")); // the page grew a row for it

    pick(editor<QComboBox>(s, "fabric:net"), "ethernet@100");
    CHECK(portOf(s.doc(), "c1", "net").speed_Gbps == 100);
    pick(editor<QComboBox>(s, "fabric:net"), "infiniband@400");
    CHECK(portOf(s.doc(), "c7", "ports").fabric.family == FabricFamily::InfiniBand); // the switch followed

    auto* count = editor<QSpinBox>(s, "count:net");
    REQUIRE(count);
    count->setValue(4);
    CHECK(portOf(s.doc(), "c1", "net").count == 4);

    auto* remove = editor<QToolButton>(s, "remove:net2");
    REQUIRE(remove);
    QTest::mouseClick(remove, Qt::LeftButton);
    QApplication::processEvents();
    CHECK_FALSE(s.doc()->design().component("c1")->port("net2"));
    CHECK_FALSE(editor<QComboBox>(s, "fabric:net2"));
    CHECK(s.doc()->undoStack()->count() == steps + 5);

    while (s.doc()->undoStack()->index() > steps) s.doc()->undoStack()->undo();
    CHECK(bytes(s.doc()) == start);
}

TEST_CASE("inspector: with edits applying to all scenarios, ×13 on a group lands in every scenario as one undo step",
          "[widgets][inspector][scenarios]") {
    Studio s(kPod);
    REQUIRE(s.doc()->design().scenarios.size() == 2);
    const std::string start = bytes(s.doc());
    auto* all = s.w->inspector()->findChild<QCheckBox*>("Edits apply to all scenarios");
    REQUIRE(all);
    CHECK(all->isVisibleTo(s.w->inspector()));
    QAction* menu = s.w->findChild<QAction*>("editsAllScenarios");
    REQUIRE(menu);
    all->click();
    CHECK(s.doc()->editsAllScenarios());
    CHECK(menu->isChecked());

    s.w->scene()->selectIds({"g2"});
    auto* reps = editor<QSpinBox>(s, "Replicas");
    REQUIRE(reps);
    const int steps = s.doc()->undoStack()->count();
    reps->setValue(13);
    CHECK(s.doc()->undoStack()->count() == steps + 1);
    CHECK(s.doc()->design().group("g2")->replicas == 13);
    for (const Scenario& sc : s.doc()->design().scenarios)
        for (const Group& g : sc.groups)
            if (g.id == "g2") CHECK(g.replicas == 13);
    for (int i = 0; i < 3; ++i) { // every scenario scores the ×13
        s.doc()->switchScenario(i);
        CHECK(s.doc()->design().group("g2")->replicas == 13);
    }
    while (s.doc()->undoStack()->canUndo()) s.doc()->undoStack()->undo();
    CHECK(bytes(s.doc()) == start);

    // Off again: an edit stays in its scenario.
    menu->trigger();
    CHECK_FALSE(all->isChecked());
    s.w->scene()->selectIds({"g2"});
    editor<QSpinBox>(s, "Replicas")->setValue(9);
    CHECK(s.doc()->design().scenarios.front().groups == format::read_design(start).scenarios.front().groups);
}

TEST_CASE("inspector: a Part change in every scenario drops the links it breaks in each, and the file reloads",
          "[widgets][inspector][scenarios]") {
    Studio s(kPod);
    const std::string start = bytes(s.doc());
    s.doc()->setEditsAllScenarios(true);
    s.w->scene()->selectIds({"c2"}); // the NDR leaf
    pick(editor<QComboBox>(s, "Part"), "sn5600");
    CHECK_FALSE(s.doc()->design().link("l1"));
    for (const Scenario& sc : s.doc()->design().scenarios) {
        INFO(sc.name);
        CHECK(std::none_of(sc.links.begin(), sc.links.end(), [](const Link& l) { return l.id == "l1"; }));
    }
    CHECK_NOTHROW(format::read_design(bytes(s.doc()))); // every scenario stays loadable
    CHECK(s.doc()->undoStack()->count() == 1);
    s.doc()->undoStack()->undo();
    CHECK(bytes(s.doc()) == start);
}

TEST_CASE("replace everywhere: every 25 GbE link and NIC becomes NDR 400 in one undo step, with a count", "[widgets][replace]") {
    Studio s(kClass);
    const QString nic = s.doc()->addPart("nic-25gbe-cx4lx", {0, 60}, "g1");
    QString refusal;
    REQUIRE_FALSE(s.doc()->addLink({nic.toStdString(), "net"}, {"c7", "ports"}, &refusal).isEmpty());
    const std::string start = bytes(s.doc());
    const int steps = s.doc()->undoStack()->count();
    REQUIRE(s.w->findChild<QAction*>("replaceEverywhere"));

    ReplaceDialog dialog(s.doc(), &s.w->catalog(), {}, {"l5"}, s.w.get());
    REQUIRE(dialog.hasOffer());
    const int i = dialog.targetBox()->findData("infiniband@400");
    REQUIRE(i >= 0);
    dialog.targetBox()->setCurrentIndex(i);
    REQUIRE(dialog.apply());
    CHECK(s.doc()->undoStack()->count() == steps + 1);
    CHECK(s.doc()->design().component(nic.toStdString())->catalog_id == "nic-ndr400-cx7");
    CHECK(s.doc()->design().component("c7")->catalog_id == "qm9700");
    CHECK(portOf(s.doc(), "c1", "net").fabric.family == FabricFamily::InfiniBand);
    CHECK(dialog.summary().contains("4 part"));
    CHECK(dialog.summary().contains("3 link"));
    s.doc()->undoStack()->undo();
    CHECK(bytes(s.doc()) == start);
}

TEST_CASE("replace everywhere: a part swap refused for a built-in port keeps the dialog open with the reason", "[widgets][replace]") {
    Studio s(testing::kEdgeSite);
    const std::string start = bytes(s.doc());
    ReplaceDialog dialog(s.doc(), &s.w->catalog(), {}, {"l3"}, s.w.get()); // edge device → site switch, 10 GbE
    REQUIRE(dialog.hasOffer());
    dialog.targetBox()->setCurrentIndex(dialog.targetBox()->findData("infiniband@400"));
    CHECK_FALSE(dialog.apply());
    CHECK(bytes(s.doc()) == start);
    bool shown = false;
    for (QLabel* l : dialog.findChildren<QLabel*>()) shown = shown || l->text().contains("built-in Ethernet");
    CHECK(shown);

    ReplaceDialog parts(s.doc(), &s.w->catalog(), {"c3"}, {}, s.w.get());
    REQUIRE(parts.hasOffer());
    CHECK(parts.targetBox()->findData("sw-edge-24x10gbase-t") < 0); // not itself
    CHECK(parts.targetBox()->findData("sn4600c") >= 0);             // switches only
    CHECK(parts.targetBox()->findData("nic-ndr400-cx7") < 0);
}
