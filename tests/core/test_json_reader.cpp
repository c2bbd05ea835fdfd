#include "util/json_reader.h"

#include <catch2/catch.hpp>

using namespace cc;
using namespace cc::json_in;

TEST_CASE("syntax errors name line and column", "[json]") {
    try {
        parse("{\n  \"a\": 1,\n  \"b\": ]\n}");
        FAIL("expected an error");
    } catch (const InputError& e) {
        CHECK(e.where() == "line 3, column 8");
        CHECK_THAT(e.what(), Catch::Contains("invalid JSON"));
    }
}

TEST_CASE("nesting deeper than the limit is refused before parsing", "[json]") {
    const std::string deep(100000, '[');
    try {
        parse(deep);
        FAIL("expected an error");
    } catch (const InputError& e) {
        CHECK_THAT(e.what(), Catch::Contains("nesting deeper than 64"));
        CHECK(e.where() == "line 1, column 65");
    }
    // Brackets inside strings do not count.
    CHECK_NOTHROW(parse("{\"a\": \"" + std::string(500, '[') + "\"}"));
}

TEST_CASE("oversized input is refused with the limit", "[json]") {
    Limits lim;
    lim.max_bytes = 10;
    CHECK_THROWS_WITH(parse("{\"aaaaaaaaaaaa\": 1}", lim), Catch::Contains("the limit is"));
}

TEST_CASE("typed reads explain what was expected and what came", "[json]") {
    const Json j = Json::parse(R"({"speed_Gbps": "fast", "n": -3, "k": 2.5, "s": 7, "e": "x", "ok": true})");
    ObjectReader r(j, "/components/7/ports/2");
    CHECK_THROWS_WITH(r.number("speed_Gbps", 1e-300, 1e5),
                      "/components/7/ports/2/speed_Gbps: expected a positive number up to 100000, got \"fast\"");
    CHECK_THROWS_WITH(r.integer("n", 1, 10), "/components/7/ports/2/n: expected a whole number from 1 to 10, got -3");
    CHECK_THROWS_WITH(r.integer("k", 0, 10), Catch::Contains("got 2.5"));
    CHECK_THROWS_WITH(r.string("s"), "/components/7/ports/2/s: expected a string, got 7");
    CHECK_THROWS_WITH(r.choice("e", {"a", "b"}), Catch::Contains("expected one of \"a\" or \"b\", got \"x\""));
    CHECK_THROWS_WITH(r.string("missing"), "/components/7/ports/2/missing: required field is missing");
    CHECK(r.boolean_or("ok", false));
}

TEST_CASE("unknown fields are reported with their pointer", "[json]") {
    const Json j = Json::parse(R"({"replica": 3})");
    ObjectReader r(j, "/groups/0");
    r.integer_or("replicas", 1, 1, 10);
    CHECK_THROWS_WITH(r.finish(), Catch::StartsWith("/groups/0/replica: unknown field"));
}

TEST_CASE("pointer tokens are escaped", "[json]") {
    CHECK(child("/a", "b/c~d") == "/a/b~1c~0d");
    CHECK(child("", std::size_t{3}) == "/3");
}
