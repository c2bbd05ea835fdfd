// The random GUI soak: a fixed seed, every operation a user has, invariants
// checked as it goes, then undo of everything gives the starting file byte for
// byte and redo of everything the edited one. `make soak` runs 20,000
// operations of the hidden case below under ASan (CC_SOAK_OPERATIONS).
#include "document/document.h"
#include "format/design_format.h"
#include "soak.h"
#include "studio_fixture.h"

#include <catch2/catch.hpp>

#include <QUndoStack>

#include <cstdio>

using namespace cc;
using namespace cc::studio;
using testing::Studio;

namespace {

void soakAndUndoAll(const QString& file, unsigned seed, int operations) {
    Studio s(file);
    QApplication::setActiveWindow(s.w.get());
    const std::string start = format::write_design(s.doc()->design());
    const SoakReport r = runSoak(*s.w, seed, operations);
    std::string summary;
    for (const auto& [name, n] : r.done)
        summary += name + ": " + std::to_string(n) + " (" + std::to_string(static_cast<int>(r.seconds.at(name) * 1000)) + " ms); ";
    if (qEnvironmentVariableIsSet("CC_SOAK_VERBOSE")) std::printf("soak: %s\n", summary.c_str());
    INFO("done " << summary);
    INFO("failure: " << r.failure);
    REQUIRE(r.failure.empty());
    REQUIRE(r.operations == operations);
    CHECK(r.done.size() >= 17); // every kind of operation really ran
    QUndoStack* u = s.doc()->undoStack();
    while (u->canRedo()) u->redo();
    const std::string edited = format::write_design(s.doc()->design());
    CHECK(edited != start);
    while (u->canUndo()) u->undo();
    CHECK(format::write_design(s.doc()->design()) == start);
    while (u->canRedo()) u->redo();
    CHECK(format::write_design(s.doc()->design()) == edited);
}

} // namespace

TEST_CASE("soak: 2,000 random studio operations, then undo all and redo all, byte-identical", "[widgets][soak]") {
    soakAndUndoAll(testing::kPod, 20261201u, 2000);
}

TEST_CASE("soak: the full soak (make soak)", "[.][soak-full]") {
    const int ops = qEnvironmentVariableIsSet("CC_SOAK_OPERATIONS") ? qEnvironmentVariableIntValue("CC_SOAK_OPERATIONS") : 20000;
    const unsigned seed =
        qEnvironmentVariableIsSet("CC_SOAK_SEED") ? static_cast<unsigned>(qEnvironmentVariableIntValue("CC_SOAK_SEED")) : 7u;
    soakAndUndoAll(testing::kClass, seed, ops);
}
