// Strings that act as types are enums with one spelling each: every value
// round-trips through its spelling, and a bad spelling in a design, catalog,
// validation case or command line is refused with where it is and what is expected.
#include "format/design_format.h"
#include "model/kinds.h"
#include "test_support.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <set>

using namespace cc;

namespace {

// Every value of E (declared 0 … count−1) survives to_string → from → to_string,
// and the spellings are distinct.
template <class E, class From>
void check_round_trip(int count, From from) {
    std::set<std::string> seen;
    for (int i = 0; i < count; ++i) {
        const E e = static_cast<E>(i);
        const std::string name(to_string(e));
        INFO(name);
        CHECK_FALSE(name.empty());
        CHECK(seen.insert(name).second);
        const std::optional<E> back = from(name);
        REQUIRE(back);
        CHECK(*back == e);
    }
}

} // namespace

TEST_CASE("enums: edge placement spellings round-trip", "[enums][format]") {
    check_round_trip<Placement>(3, placement_from);
    CHECK(placement_names() == std::vector<std::string_view>{"edge", "cloud", "hybrid"}); // the file spellings
    CHECK_FALSE(placement_from("Edge"));
    CHECK_FALSE(placement_from(""));
    // The templates' placements load as the enum (and their bytes round-trip in test_templates).
    const Design d = format::load_design_file(testing::source_path("templates/hybrid-retail-edge-cloud.ccd"));
    CHECK(std::get<EdgeWorkload>(d.workload.spec).placement == Placement::Hybrid);
}
