// Scenarios: variants of one design in one file — operations, file format, errors.
#include "format/design_format.h"
#include "model/scenarios.h"
#include "test_support.h"
#include "util/diagnostic.h"
#include "util/json_reader.h"

#include <catch2/catch.hpp>

using namespace cc;

namespace {
Design two_variants() {
    Design d = testing::small_design();
    Design two = duplicate_scenario(d, "B");
    two.components.front().count += 1; // B differs from A
    return two;
}
} // namespace

TEST_CASE("duplicating a plain design names both variants and activates the copy", "[scenarios]") {
    const Design plain = testing::small_design();
    REQUIRE(scenario_count(plain) == 1);
    CHECK(scenario_names(plain) == std::vector<std::string>{"Baseline"});
    const Design d = duplicate_scenario(plain, "B");
    CHECK(scenario_count(d) == 2);
    CHECK(scenario_names(d) == std::vector<std::string>{"A", "B"});
    CHECK(active_scenario(d) == 1);
    CHECK(d.scenario == "B");
    CHECK(d.components == plain.components);
    CHECK(next_scenario_name(d) == "C");
    CHECK(next_scenario_name(plain) == "B");
}

TEST_CASE("switching scenarios swaps the drawn body and keeps order and metadata", "[scenarios]") {
    const Design d = two_variants();
    const Design a = with_active_scenario(d, 0);
    CHECK(a.scenario == "A");
    CHECK(active_scenario(a) == 0);
    CHECK(a.components.front().count + 1 == d.components.front().count);
    CHECK(scenario_names(a) == scenario_names(d));
    CHECK(a.title == d.title);
    // Round trip back to B is the identity.
    CHECK(with_active_scenario(a, 1) == d);
    CHECK_THROWS_AS(with_active_scenario(d, 2), std::out_of_range);
    // A standalone variant is a plain design the engines can score.
    const Design only_a = scenario_design(d, 0);
    CHECK(only_a.scenarios.empty());
    CHECK(only_a.scenario.empty());
    CHECK(only_a.components == a.components);
}

TEST_CASE("renaming and removing scenarios validate names and pick a neighbour", "[scenarios]") {
    Design d = duplicate_scenario(two_variants(), "C"); // A, B, C with C active
    CHECK(scenario_names(d) == std::vector<std::string>{"A", "B", "C"});
    CHECK_THROWS_WITH(rename_scenario(d, 0, "B"), Catch::Contains("already a scenario named \"B\""));
    CHECK_THROWS_WITH(rename_scenario(d, 0, ""), Catch::Contains("needs a name"));
    CHECK(scenario_names(rename_scenario(d, 0, "H100"))[0] == "H100");
    CHECK(rename_scenario(d, 2, "C").scenario == "C"); // renaming to its own name is fine

    const Design no_c = remove_scenario(d, 2); // removing the active last one activates B
    CHECK(scenario_names(no_c) == std::vector<std::string>{"A", "B"});
    CHECK(no_c.scenario == "B");
    const Design no_a = remove_scenario(d, 0); // removing before the active keeps C active
    CHECK(no_a.scenario == "C");
    CHECK(active_scenario(no_a) == 1);
    const Design single = remove_scenario(no_c, 0);
    CHECK(single.scenarios.empty());
    CHECK(single.scenario.empty()); // back to a plain design
    CHECK_THROWS_AS(remove_scenario(single, 0), std::invalid_argument);
}

TEST_CASE("scenarios round-trip through the file format byte-identically", "[scenarios][format]") {
    const Design d = with_active_scenario(duplicate_scenario(two_variants(), "C"), 1);
    const std::string text = format::write_design(d);
    const Design back = format::read_design(text);
    CHECK(back == d);
    CHECK(format::write_design(back) == text);
    CHECK(text.find("\"scenario_position\": 1") != std::string::npos);
    // A plain design writes no scenario keys.
    CHECK(format::write_design(testing::small_design()).find("scenario") == std::string::npos);
}

TEST_CASE("version 1 files still open (migrated) and bad scenarios are refused with a pointer", "[scenarios][format]") {
    std::string v1 = testing::small_design_text();
    const auto at = v1.find("\"version\": 2");
    REQUIRE(at != std::string::npos);
    v1.replace(at, 12, "\"version\": 1");
    CHECK(format::read_design(v1) == testing::small_design());

    auto doc = json_in::parse(format::write_design(two_variants()));
    auto expect_error = [&](json_in::Json j, const std::string& pointer, const std::string& what) {
        try {
            format::read_design_json(std::move(j));
            FAIL("accepted a bad scenario");
        } catch (const InputError& e) {
            CHECK(e.where() == pointer);
            CHECK_THAT(e.what(), Catch::Contains(what));
        }
    };
    auto dup = doc;
    dup["scenarios"][0]["name"] = "B";
    dup["scenario"] = "B";
    expect_error(dup, "/scenarios/0/name", "names must be unique");
    auto dangling = doc;
    dangling["scenarios"][0]["links"][0]["a"]["component"] = "nope";
    expect_error(dangling, "/scenarios/0/links/0/a/component", "no component with id \"nope\"");
    auto unnamed = doc;
    unnamed.erase("scenario");
    expect_error(unnamed, "/scenario", "must name its active scenario");
    auto far = doc;
    far["scenario_position"] = 5;
    expect_error(far, "/scenario_position", "");
    auto unknown = doc;
    unknown["scenarios"][0]["colour"] = "red";
    expect_error(unknown, "/scenarios/0/colour", "");
}
