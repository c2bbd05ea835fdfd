// The document's lazy snapshot: copied by the first reader, shared within a
// revision, sealed with the old design before an edit changes it.
#include "document/document.h"
#include "format/design_format.h"

#include <catch2/catch.hpp>

#include <QtConcurrent/QtConcurrentRun>

using namespace cc;
using namespace cc::studio;

static const QString kClass = QStringLiteral(CC_SOURCE_DIR "/templates/classroom-4gpu.ccd");

TEST_CASE("document snapshot: copied on first read, shared within a revision", "[widgets][document][snapshot]") {
    Document doc;
    REQUIRE(doc.load(kClass, nullptr));
    const auto a = doc.snapshot();
    CHECK_FALSE(a->copied()); // taking it costs the GUI thread nothing
    CHECK(doc.snapshot() == a);
    // Read on a worker, as the scoring and rule-check jobs do.
    const std::string on_worker = QtConcurrent::run([a] { return format::write_design(a->design()); }).result();
    CHECK(a->copied());
    CHECK(on_worker == format::write_design(doc.design()));
}

TEST_CASE("document snapshot: an edit seals the unread snapshot with the design before it", "[widgets][document][snapshot]") {
    Document doc;
    REQUIRE(doc.load(kClass, nullptr));
    const std::string before = format::write_design(doc.design());
    const auto held = doc.snapshot(); // a job that has not started yet
    REQUIRE_FALSE(held->copied());
    REQUIRE(doc.moveComponents({"c1"}, {40, 0}));
    CHECK(held->copied());
    CHECK(format::write_design(held->design()) == before);
    const auto next = doc.snapshot();
    CHECK(next != held);
    CHECK(format::write_design(next->design()) == format::write_design(doc.design()));
    CHECK(format::write_design(next->design()) != before);
    doc.undoStack()->undo(); // undo seals too
    CHECK(format::write_design(next->design()) != before);
    CHECK(format::write_design(doc.snapshot()->design()) == before);
}

TEST_CASE("document snapshot: a snapshot no job holds is not kept (the last job frees it)", "[widgets][document][snapshot]") {
    Document doc;
    REQUIRE(doc.load(kClass, nullptr));
    std::weak_ptr<DesignSnapshot> weak = doc.snapshot();
    CHECK(weak.expired());
    const auto again = doc.snapshot();
    CHECK_FALSE(again->copied());
}
