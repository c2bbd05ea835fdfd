// The document layer: undo restores exact bytes, no-op edits are not pushed,
// failed loads leave the document untouched.
#include "document/document.h"
#include "format/design_format.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace cc;
using namespace cc::studio;

static const QString kPod = QStringLiteral(CC_SOURCE_DIR "/templates/dgx-h100-training-pod.ccd");

TEST_CASE("document: load, edit ×N, undo and redo restore exact bytes", "[widgets][document]") {
    Document doc;
    QString err;
    REQUIRE(doc.load(kPod, &err));
    const std::string original = format::write_design(doc.design());
    const QString rack = QString::fromStdString(doc.design().groups[1].id);
    const int before = doc.design().groups[1].replicas;
    QSignalSpy changed(&doc, &Document::changed);
    const auto rev = doc.revision();

    CHECK_FALSE(doc.setGroupReplicas(rack, before)); // no-op: nothing pushed
    CHECK(doc.undoStack()->count() == 0);
    CHECK(doc.setGroupReplicas(rack, before + 1));
    CHECK(doc.setGroupReplicas(rack, before + 2)); // merges with the previous step
    CHECK(doc.undoStack()->count() == 1);
    CHECK(doc.isModified());
    CHECK(doc.revision() > rev);
    CHECK(changed.count() == 2);
    CHECK(doc.design().groups[1].replicas == before + 2);

    doc.undoStack()->undo();
    CHECK(format::write_design(doc.design()) == original);
    CHECK_FALSE(doc.isModified());
    doc.undoStack()->redo();
    CHECK(doc.design().groups[1].replicas == before + 2);
}

TEST_CASE("document: a spin-box round trip back to the start leaves no undo step", "[widgets][document]") {
    Document doc;
    REQUIRE(doc.load(kPod, nullptr));
    const QString rack = QString::fromStdString(doc.design().groups[1].id);
    const int before = doc.design().groups[1].replicas;
    doc.setGroupReplicas(rack, before + 1);
    doc.setGroupReplicas(rack, before);
    CHECK(doc.undoStack()->count() == 0);
    CHECK_FALSE(doc.isModified());
}

TEST_CASE("document: a failed load keeps the open design; save marks clean", "[widgets][document]") {
    QTemporaryDir dir;
    Document doc;
    REQUIRE(doc.load(kPod, nullptr));
    const std::string before = format::write_design(doc.design());
    const QString bad = dir.filePath("bad.ccd");
    {
        QFile f(bad);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(R"({"format": "clustercanvas-design", "version": 1, "groups": [{"id": "g1", "kind": "rack", "replicas": -1}]})");
    }
    QString err;
    CHECK_FALSE(doc.load(bad, &err));
    CHECK(err.contains("/groups/0/replicas"));
    CHECK(format::write_design(doc.design()) == before);
    CHECK(doc.filePath() == kPod);

    doc.setGroupReplicas(QString::fromStdString(doc.design().groups[1].id), 3);
    CHECK(doc.isModified());
    const QString out = dir.filePath("saved.ccd");
    REQUIRE(doc.save(out, &err));
    CHECK_FALSE(doc.isModified());
    Document again;
    REQUIRE(again.load(out, nullptr));
    CHECK(again.design() == doc.design());
    doc.undoStack()->undo(); // undo still works after save
    CHECK(doc.isModified());
}
