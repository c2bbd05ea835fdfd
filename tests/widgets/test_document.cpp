// The document layer: every edit kind undoes to the exact bytes, no-op edits
// are not pushed, drags merge, failed loads leave the document untouched.
#include "document/document.h"
#include "format/design_format.h"

#include <catch2/catch.hpp>

#include <QSignalSpy>
#include <QTemporaryDir>

using namespace cc;
using namespace cc::studio;

static const QString kPod = QStringLiteral(CC_SOURCE_DIR "/templates/dgx-h100-training-pod.ccd");
static const QString kClass = QStringLiteral(CC_SOURCE_DIR "/templates/classroom-4gpu.ccd");

namespace {
std::string bytes(const Document& d) { return format::write_design(d.design()); }

// Runs an edit, then checks undo gives the original bytes and redo the edited ones.
void round_trip(Document& doc, const std::function<bool(Document&)>& edit) {
    const std::string before = bytes(doc);
    REQUIRE(edit(doc));
    const std::string after = bytes(doc);
    CHECK(after != before);
    doc.undoStack()->undo();
    CHECK(bytes(doc) == before);
    doc.undoStack()->redo();
    CHECK(bytes(doc) == after);
    doc.undoStack()->undo();
}
} // namespace

TEST_CASE("document: undo/redo of every edit kind restores the exact bytes", "[widgets][document]") {
    Document doc;
    REQUIRE(doc.load(kClass, nullptr));
    round_trip(doc, [](Document& d) { return !d.addPart("qm9700", {10, 20}).isEmpty(); });
    round_trip(doc, [](Document& d) { return d.removeItems({"c1"}, {}, {}); }); // server and its links
    round_trip(doc, [](Document& d) { return d.removeItems({}, {"l1"}, {}); });
    round_trip(doc, [](Document& d) { return d.removeItems({}, {}, {"g1"}); }); // members move up
    round_trip(doc, [](Document& d) { return d.moveComponents({"c1", "c2"}, {15, -5}); });
    round_trip(doc, [](Document& d) {
        return d.editComponents(
            {"c7"}, [](Component& c) { c.count = 3; }, "count");
    });
    round_trip(doc, [](Document& d) { return d.setGroupReplicas("g1", 4); });
    round_trip(doc, [](Document& d) { return !d.groupComponents({"c7", "c8"}, GroupKind::Rack, "Lab rack").isEmpty(); });
    round_trip(doc, [](Document& d) {
        Workload w = d.design().workload;
        std::get<TrainingWorkload>(w.spec).global_batch = 128;
        return d.setWorkload(w);
    });
    round_trip(doc, [](Document& d) { return d.setTitle("Renamed"); });
    round_trip(doc, [](Document& d) { return !d.paste(d.fragment({"c1", "c2", "c3"}), {400, 0}).isEmpty(); });
    round_trip(doc, [](Document& d) {
        return d.editLink(
            "l1", [](Link& l) { l.length_m = 12.0; }, "length");
    });
    round_trip(doc, [](Document& d) { return !d.addLink({"c8", "net"}, {"c7", "ports"}, nullptr).isEmpty(); });
}

TEST_CASE("document: no-op edits push nothing, drags merge, a return trip vanishes", "[widgets][document]") {
    Document doc;
    REQUIRE(doc.load(kPod, nullptr));
    const int count = doc.design().components[0].count;
    CHECK_FALSE(doc.editComponents(
        {"c1"}, [count](Component& c) { c.count = count; }, "count"));
    CHECK_FALSE(doc.setGroupReplicas("g2", doc.design().groups[1].replicas));
    CHECK_FALSE(doc.moveComponents({"c1"}, {0, 0}));
    CHECK(doc.undoStack()->count() == 0);

    CHECK(doc.moveComponents({"c1"}, {5, 0}));
    CHECK(doc.moveComponents({"c1"}, {5, 0}));
    CHECK(doc.moveComponents({"c1"}, {5, 0}));
    CHECK(doc.undoStack()->count() == 1);
    CHECK(doc.design().component("c1")->pos.x == Approx(15));

    const int before = doc.design().groups[1].replicas;
    doc.setGroupReplicas("g2", before + 1);
    doc.setGroupReplicas("g2", before);
    CHECK(doc.undoStack()->count() == 1); // the spin-box round trip left nothing
}

TEST_CASE("document: incompatible links are refused with the reason", "[widgets][document]") {
    Document doc;
    REQUIRE(doc.load(kPod, nullptr));
    QString why;
    // c1 (DGX H100) "net" is InfiniBand; c4 is the Ethernet storage leaf.
    CHECK(doc.addLink({"c1", "net"}, {"c4", "ports"}, &why).isEmpty());
    CHECK(why == "cannot link a InfiniBand port to a Ethernet port");
    CHECK(doc.addLink({"c1", "net"}, {"c1", "storage"}, &why).isEmpty());
    CHECK(doc.undoStack()->count() == 0);
}

TEST_CASE("document: change events name what changed, revision tags every change", "[widgets][document]") {
    Document doc;
    REQUIRE(doc.load(kPod, nullptr));
    QSignalSpy spy(&doc, &Document::changed);
    const auto rev = doc.revision();
    doc.moveComponents({"c2"}, {1, 1});
    REQUIRE(spy.count() == 1);
    const auto e = spy.at(0).at(0).value<ChangeEvent>();
    CHECK(e.components == QSet<QString>{"c2"});
    CHECK_FALSE(e.reset);
    doc.undoStack()->undo();
    CHECK(doc.revision() == rev + 2);
}

TEST_CASE("document: a failed load keeps the open design, save marks clean, undo works after save", "[widgets][document]") {
    QTemporaryDir dir;
    Document doc;
    REQUIRE(doc.load(kPod, nullptr));
    const std::string before = bytes(doc);
    const QString bad = dir.filePath("bad.ccd");
    {
        QFile f(bad);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(R"({"format": "clustercanvas-design", "version": 1, "groups": [{"id": "g1", "kind": "rack", "replicas": -1}]})");
    }
    QString err;
    CHECK_FALSE(doc.load(bad, &err));
    CHECK(err.contains("/groups/0/replicas"));
    CHECK(bytes(doc) == before);
    CHECK(doc.filePath() == kPod);

    doc.setGroupReplicas("g2", 3);
    CHECK(doc.isModified());
    const QString out = dir.filePath("saved.ccd");
    REQUIRE(doc.save(out, &err));
    CHECK_FALSE(doc.isModified());
    CHECK(doc.displayName() == "saved.ccd");
    Document again;
    REQUIRE(again.load(out, nullptr));
    CHECK(bytes(again) == bytes(doc));
    doc.undoStack()->undo();
    CHECK(doc.isModified());
    CHECK(bytes(doc) == before);
}

TEST_CASE("document: a part change that strands a link removes it in the same step, says so, and the file stays loadable",
          "[widgets][document]") {
    Document doc;
    REQUIRE(doc.load(kPod, nullptr));
    // An Ethernet-only port on one end of a link that needs another fabric.
    const Link l = doc.design().links.front();
    const Component* end = doc.design().component(l.a.component);
    REQUIRE(end);
    const Port* p = end->port(l.a.port);
    REQUIRE(p);
    const PortFabric other =
        p->fabric.family == FabricFamily::WAN ? PortFabric{FabricFamily::Ethernet, 0} : PortFabric{FabricFamily::WAN, 0};
    const std::string before = bytes(doc);
    QSignalSpy notices(&doc, &Document::notice);
    REQUIRE(doc.editComponents(
        {QString::fromStdString(end->id)},
        [&](Component& c) {
            for (Port& x : c.ports) x.fabric = other;
        },
        "part", Document::Steps::EachOwn));
    CHECK(doc.design().link(l.id) == nullptr);
    REQUIRE(notices.size() == 1);
    CHECK(notices.front().front().toString().contains("removed"));
    // What the studio holds, it can save and open again.
    QTemporaryDir dir;
    QString error;
    REQUIRE(doc.saveCopy(dir.filePath("x.ccd"), &error));
    Document reopened;
    CHECK(reopened.load(dir.filePath("x.ccd"), &error));
    INFO(error.toStdString());
    doc.undoStack()->undo(); // one step: part and link together
    CHECK(bytes(doc) == before);
}
