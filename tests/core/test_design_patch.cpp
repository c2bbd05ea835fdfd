// DesignPatch, the studio's edit vocabulary, needs no Qt: a diff applied forwards
// gives the edited design byte for byte, backwards the original; folding keeps
// the first before and the last after; a patch that changes nothing says so.
#include "edit/design_patch.h"
#include "format/design_format.h"
#include "test_support.h"

#include <catch2/catch.hpp>

using namespace cc;
using studio::apply;
using studio::DesignPatch;
using studio::diff_items;
using studio::Direction;

namespace {
Design moved(Design d, const std::string& id, double x) {
    for (auto& c : d.components)
        if (c.id == id) c.pos.x = x;
    return d;
}
} // namespace

TEST_CASE("design patch: redo gives the edited design, undo the original, byte for byte", "[edit]") {
    const Design before = testing::small_design();
    Design after = moved(before, before.components.front().id, 640);
    after.components.push_back(testing::catalog_part("c99", ComponentKind::Storage, "pfs-ddn-ai400x2"));
    after.links.pop_back();

    const DesignPatch p = diff_items(before, after);
    CHECK(p.component_ids() == std::set<std::string>{before.components.front().id, "c99"});
    CHECK(p.link_ids() == std::set<std::string>{before.links.back().id});
    CHECK_FALSE(p.is_noop());

    Design d = before;
    apply(d, p, Direction::Redo);
    CHECK(format::write_design(d) == format::write_design(after));
    apply(d, p, Direction::Undo);
    CHECK(format::write_design(d) == format::write_design(before));
}

TEST_CASE("design patch: absorbing a later drag keeps the first before and the last after", "[edit]") {
    const Design start = testing::small_design();
    const std::string id = start.components.front().id;
    const Design mid = moved(start, id, 100);
    const Design end = moved(mid, id, 200);
    DesignPatch p = diff_items(start, mid);
    p.absorb(diff_items(mid, end));

    Design d = start;
    apply(d, p, Direction::Redo);
    CHECK(d == end);
    apply(d, p, Direction::Undo);
    CHECK(d == start);
}

TEST_CASE("design patch: an edit that lands where it started is a no-op", "[edit]") {
    const Design start = testing::small_design();
    const std::string id = start.components.front().id;
    DesignPatch p = diff_items(start, moved(start, id, 100));
    p.absorb(diff_items(moved(start, id, 100), start));
    CHECK(p.is_noop());
    CHECK_FALSE(p.empty());
    CHECK(diff_items(start, start).empty());
}

TEST_CASE("design patch: editing items in place keeps every item where it was, in any order", "[edit]") {
    Design start = testing::small_design();
    REQUIRE(start.components.size() >= 3);
    std::swap(start.components.front(), start.components.back()); // a file's own order, not sorted by id
    const std::string id = start.components[1].id;
    const Design end = moved(start, id, 333);
    const DesignPatch p = diff_items(start, end);

    Design d = start;
    const Component* slot = &d.components[1];
    apply(d, p, Direction::Redo);
    CHECK(d == end);
    CHECK(&d.components[1] == slot); // replaced where it stood, not re-inserted
    CHECK(d.components[1].pos.x == 333);
    apply(d, p, Direction::Undo);
    CHECK(d == start);
}
