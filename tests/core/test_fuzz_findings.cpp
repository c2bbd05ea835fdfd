// Inputs the fuzzers (fuzz/) found, each kept as a file under tests/data/malformed/,
// and the behaviour the fix guarantees: a clear, located error, never a crash.
#include "format/design_format.h"
#include "util/diagnostic.h"
#include "validation/inference_case.h"
#include "validation/runner.h"

#include "test_support.h"

#include <catch2/catch.hpp>

using namespace cc;

namespace {

bool is_valid_utf8(const std::string& s) { return valid_utf8(s) == s; }

} // namespace

TEST_CASE("fuzz finding: raw invalid UTF-8 quoted by a syntax error no longer kills validate --json", "[fuzz][malformed][validation]") {
    // fuzz_cases: a mutated byte run inside "per_node" made nlohmann quote the raw
    // bytes ("last read: '512\xEB\xB5…'"); Report→JSON then threw type_error 316
    // and `clustercanvas-cli validate --json` terminated.
    const std::string path = testing::source_path("tests/data/malformed/invalid_utf8_token.cases.json");
    const validation::Report r = validation::run_files({path}, Catalog::builtin());
    REQUIRE(r.failed.size() == 1);
    CHECK(r.failed[0].case_id == path);
    CHECK_THAT(r.failed[0].message, Catch::Contains("line 11, column") && Catch::Contains("invalid JSON"));
    CHECK(is_valid_utf8(r.failed[0].message));
    CHECK_THAT(r.failed[0].message, Catch::Contains("\xEF\xBF\xBD")); // the bad bytes, shown as U+FFFD
    CHECK_NOTHROW(validation::to_json(r).dump());
}

TEST_CASE("fuzz finding: run_text reports a syntax error as one located failure and runs good text", "[fuzz][validation]") {
    validation::Report bad;
    validation::run_text("{\"format\": \"clustercanvas-validation\", ", "inline.cases.json", Catalog::builtin(), bad);
    REQUIRE(bad.failed.size() == 1);
    CHECK(bad.failed[0].case_id == "inline.cases.json");
    CHECK_THAT(bad.failed[0].message, Catch::StartsWith("line 1, column"));

    validation::Report good;
    validation::run_text(R"({"format":"clustercanvas-validation","version":1,"cases":[
      {"id":"x","kind":"training","cluster":{"accelerator":"nope","count":1,"per_node":1},"expect":[]}]})",
                         "inline.cases.json", Catalog::builtin(), good);
    REQUIRE(good.failed.size() == 1);
    CHECK(good.failed[0].case_id == "x");
    CHECK_THAT(good.failed[0].message, Catch::StartsWith("/cases/0/cluster/accelerator: unknown id 'nope'"));
}

TEST_CASE("fuzz finding: design syntax errors quote invalid bytes as U+FFFD", "[fuzz][malformed][format]") {
    const std::string text = "{\"format\": \"clustercanvas-design\", \"version\": 12\xEB\xB5\xAF}";
    try {
        format::read_design(text);
        FAIL("accepted");
    } catch (const InputError& e) {
        CHECK(e.where() == "line 1, column 49");
        CHECK(is_valid_utf8(e.what()));
    }
}

TEST_CASE("valid_utf8 keeps well-formed text and replaces each stray byte", "[fuzz][malformed]") {
    CHECK(valid_utf8("plain, é, 日本, 🙂") == "plain, é, 日本, 🙂");
    CHECK(valid_utf8("a\xFF"
                     "b") == "a\xEF\xBF\xBD"
                             "b");
    CHECK(valid_utf8("\xC0\xAF") == "\xEF\xBF\xBD\xEF\xBF\xBD");                 // overlong '/'
    CHECK(valid_utf8("\xED\xA0\x80") == "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD"); // a surrogate
    CHECK(valid_utf8("\xF4\x90\x80\x80").size() == 12);                          // above U+10FFFF
    CHECK(valid_utf8("\xE6\x97") == "\xEF\xBF\xBD\xEF\xBF\xBD");                 // cut short at the end
    CHECK(clip_text("x\xFE") == "x\xEF\xBF\xBD");
}

TEST_CASE("fuzz finding: tp, pp and dp of 1e9 each give a located range error, not an overflow", "[fuzz][malformed][validation]") {
    // fuzz_cases (UBSan): tp·pp·dp was multiplied in long long; 1e9³ overflowed.
    // The degrees now have the .ccd ranges (tp ≤ 1024), and the product is checked.
    const std::string path = testing::source_path("tests/data/malformed/parallelism_product_overflow.cases.json");
    const validation::Report r = validation::run_files({path}, Catalog::builtin());
    REQUIRE(r.failed.size() == 1);
    CHECK(r.failed[0].case_id == "x");
    CHECK(r.failed[0].message == "/cases/0/parallelism/tp: expected a whole number from 1 to 1024, got 1000000000");

    std::string small = testing::read_text(path); // and a product that fits is still compared exactly
    small.replace(small.find("\"parallelism\""), small.find("\"batch\"") - small.find("\"parallelism\""),
                  "\"parallelism\":{\"tp\":2,\"pp\":2,\"dp\":1},");
    validation::Report r2;
    validation::run_text(small, "small", Catalog::builtin(), r2);
    REQUIRE(r2.failed.size() == 1);
    CHECK(r2.failed[0].message == "/cases/0/parallelism: tp·pp·dp = 4 but cluster.count = 8");
}

TEST_CASE("fuzz finding: model counts beyond what a design allows are refused with the range", "[fuzz][malformed][validation]") {
    // hidden = 1e9 passed the case reader (any whole number up to 1e9) and
    // overflowed 4 × hidden in the training engine; cases now share the .ccd ranges.
    const std::string path = testing::source_path("tests/data/malformed/hidden_overflow.cases.json");
    const validation::Report r = validation::run_files({path}, Catalog::builtin());
    REQUIRE(r.failed.size() == 1);
    CHECK(r.failed[0].case_id == "hidden-1e9");
    CHECK(r.failed[0].message == "/cases/0/model/hidden: expected a whole number from 1 to 10000000, got 1000000000");
}

TEST_CASE("fuzz finding: a format or version of the wrong type is a located failure, not a type_error", "[fuzz][malformed][validation]") {
    // fuzz_cases: "format": [ … ] made doc.value("format", "") throw json type_error 302
    // out of run_files (validate terminated).
    const std::string path = testing::source_path("tests/data/malformed/format_not_a_string.cases.json");
    validation::Report r;
    REQUIRE_NOTHROW(r = validation::run_files({path}, Catalog::builtin()));
    REQUIRE(r.failed.size() == 1);
    CHECK(r.failed[0].message == "/format: expected \"clustercanvas-validation\"");

    const auto run = [](const std::string& text) {
        validation::Report rep;
        validation::run_text(text, "inline", Catalog::builtin(), rep);
        REQUIRE(rep.failed.size() == 1);
        return rep.failed[0].message;
    };
    CHECK(run(R"({"format": 7, "version": 1, "cases": []})") == "/format: expected \"clustercanvas-validation\"");
    CHECK(run(R"({"format": "clustercanvas-validation", "version": "1", "cases": []})") == "/version: expected 1");
    // 2^32 + 1 used to pass as version 1 (read as int).
    CHECK(run(R"({"format": "clustercanvas-validation", "version": 4294967297, "cases": []})") == "/version: expected 1");
}

TEST_CASE("fuzz finding: a percentile outside 0 to 100 fails its expectation instead of overflowing int", "[fuzz][malformed][validation]") {
    validation::register_inference_case_evaluator();
    const std::string text = R"({"format":"clustercanvas-validation","version":1,"cases":[
      {"id":"p","kind":"inference","cluster":{"accelerator":"l4-24gb","count":1,"per_node":1,"scale_up":"none"},
       "model":{"arch":"cnn","params":25.6e6,"gflops_per_sample":4.1},"precision":"int8",
       "serving":{"scenario":"offline","pipeline_overhead":"kernel"},
       "expect":[{"metric":"latency_ms","value":1,"percentile":1e300}]}]})";
    validation::Report r;
    validation::run_text(text, "inline", Catalog::builtin(), r);
    REQUIRE(r.failed.size() == 1);
    CHECK(r.failed[0].message == "/cases/0/expect/0/percentile: expected a number from 0 to 100");
}

TEST_CASE("fuzz finding: an unknown parent further up a group chain is a located error", "[fuzz][malformed][format]") {
    // fuzz_design: g1 → n5 → … → n2 → "n1=" (no such group). The ×N walk from g1
    // reached n2 before n2's own parent was checked, and unordered_map::at threw
    // std::out_of_range out of read_design.
    try {
        format::load_design_file(CC_TEST_DATA_DIR "/malformed/unknown_grandparent.ccd");
        FAIL("the design loaded");
    } catch (const InputError& e) {
        CHECK(e.where() == "/groups/4/parent");
        CHECK(e.detail() == "no group with id \"n1=\"");
    }
}
