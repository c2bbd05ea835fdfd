// Every malformed input gives a message that says where and what, never a crash.
#include "format/design_format.h"
#include "test_support.h"

#include <catch2/catch.hpp>

#include <functional>

using namespace cc;
using Json = nlohmann::json;

namespace {

struct Case {
    const char* name;
    std::function<std::string()> input;
    const char* where;    // expected InputError::where()
    const char* contains; // expected part of the message
};

std::string base() { return testing::small_design_text(); }

std::function<std::string()> edit(std::function<void(Json&)> f) {
    return [f] {
        Json j = Json::parse(base());
        f(j);
        return j.dump(2);
    };
}

std::function<std::string()> text(std::string t) {
    return [t] { return t; };
}

// 1e400 overflows a double: the reader must not accept infinity.
std::function<std::string()> text_huge_speed() {
    return [] {
        std::string s = base();
        const std::string key = "\"speed_Gbps\": 400";
        s.replace(s.find(key), key.size(), "\"speed_Gbps\": 1e400");
        return s;
    };
}

const std::vector<Case>& cases() {
    static const std::vector<Case> all{
        // Syntax and size.
        {"empty file", text(""), "line 1, column 1", "the input is empty"},
        {"only whitespace", text("  \n  "), "line 1, column 1", "the input is empty"},
        {"truncated",
         [] {
             auto s = base();
             return s.substr(0, s.size() / 2);
         },
         "", "invalid JSON"},
        {"trailing comma", text("{\"format\": \"clustercanvas-design\",}"), "line 1, column 35", "invalid JSON"},
        {"single quotes", text("{'format': 1}"), "line 1, column 2", "invalid JSON"},
        {"garbage after document", [] { return base() + "}"; }, "", "invalid JSON"},
        {"deep nesting", [] { return "{\"title\": " + std::string(200, '[') + std::string(200, ']') + "}"; }, "line 1, column 74",
         "nesting deeper than 64"},
        {"NaN literal", text("{\"format\": NaN}"), "line 1, column 12", "invalid JSON"},
        {"binary junk", text(std::string("\x00\x01\x02", 3)), "line 1, column 1", "invalid JSON"},
        // Top level.
        {"array at top", text("[1, 2]"), "/", "expected an object, got an array"},
        {"wrong format", edit([](Json& j) { j["format"] = "tiled-map"; }), "/format", "not a ClusterCanvas design"},
        {"format missing", edit([](Json& j) { j.erase("format"); }), "/format", "required field is missing"},
        {"version missing", edit([](Json& j) { j.erase("version"); }), "/version", "expected a whole number"},
        {"version as string", edit([](Json& j) { j["version"] = "1"; }), "/version", "got \"1\""},
        {"version zero", edit([](Json& j) { j["version"] = 0; }), "/version", "from 1 to"},
        {"version from the future", edit([](Json& j) { j["version"] = 99; }), "/version", "newer ClusterCanvas"},
        {"unknown top-level field", edit([](Json& j) { j["colour"] = "red"; }), "/colour", "unknown field"},
        {"components not an array", edit([](Json& j) { j["components"] = Json::object(); }), "/components",
         "expected an array, got an object"},
        {"title not a string", edit([](Json& j) { j["title"] = 42; }), "/title", "expected a string, got 42"},
        {"huge title", edit([](Json& j) { j["title"] = std::string(5000, 'x'); }), "/title", "the limit is 4096"},
        // Components.
        {"component id missing", edit([](Json& j) { j["components"][1].erase("id"); }), "/components/1/id", "required field is missing"},
        {"empty component id", edit([](Json& j) { j["components"][1]["id"] = ""; }), "/components/1/id", "non-empty id"},
        {"duplicate component id", edit([](Json& j) { j["components"][2]["id"] = "c1"; }), "/components/2/id",
         "duplicate component id \"c1\""},
        {"unknown kind", edit([](Json& j) { j["components"][0]["kind"] = "toaster"; }), "/components/0/kind",
         "expected one of \"accelerator\""},
        {"kind wrong type", edit([](Json& j) { j["components"][0]["kind"] = 3; }), "/components/0/kind", "expected a string, got 3"},
        {"negative count", edit([](Json& j) { j["components"][0]["count"] = -4; }), "/components/0/count", "from 1 to 100000, got -4"},
        {"fractional count", edit([](Json& j) { j["components"][0]["count"] = 1.5; }), "/components/0/count", "got 1.5"},
        {"position not a pair", edit([](Json& j) {
             j["components"][0]["pos"] = {1, 2, 3};
         }),
         "/components/0/pos", "expected [x, y]"},
        {"position out of range", edit([](Json& j) { j["components"][0]["pos"][1] = 1e300; }), "/components/0/pos/1",
         "from -10000000 to 10000000"},
        {"unknown group", edit([](Json& j) { j["components"][0]["group"] = "nowhere"; }), "/components/0/group",
         "no group with id \"nowhere\""},
        {"speed as text", edit([](Json& j) { j["components"][0]["ports"][0]["speed_Gbps"] = "fast"; }), "/components/0/ports/0/speed_Gbps",
         "expected a positive number up to 100000, got \"fast\""},
        {"speed NaN string", edit([](Json& j) { j["components"][0]["ports"][0]["speed_Gbps"] = "NaN"; }),
         "/components/0/ports/0/speed_Gbps", "got \"NaN\""},
        {"speed zero", edit([](Json& j) { j["components"][0]["ports"][0]["speed_Gbps"] = 0; }), "/components/0/ports/0/speed_Gbps",
         "positive number"},
        {"huge speed", text_huge_speed(), "", "too large to represent"},
        {"unknown fabric", edit([](Json& j) { j["components"][0]["ports"][0]["fabric"] = "carrier-pigeon"; }),
         "/components/0/ports/0/fabric", "expected a port fabric"},
        {"duplicate port id", edit([](Json& j) { j["components"][0]["ports"].push_back(j["components"][0]["ports"][0]); }),
         "/components/0/ports/1/id", "duplicate port id \"net\""},
        {"too many ports in a group", edit([](Json& j) { j["components"][0]["ports"][0]["count"] = 100000; }),
         "/components/0/ports/0/count", "from 1 to 4096"},
        {"misspelt field", edit([](Json& j) { j["components"][0]["catalogue_id"] = "x"; }), "/components/0/catalogue_id", "unknown field"},
        // Links.
        {"dangling link end", edit([](Json& j) { j["links"][0]["b"]["component"] = "c99"; }), "/links/0/b/component",
         "no component with id \"c99\""},
        {"missing port", edit([](Json& j) { j["links"][1]["a"]["port"] = "eth9"; }), "/links/1/a/port",
         "component \"c3\" has no port \"eth9\""},
        {"link to itself", edit([](Json& j) { j["links"][0]["b"] = j["links"][0]["a"]; }), "/links/0", "two different ports"},
        {"incompatible link", edit([](Json& j) { j["components"][1]["ports"][0]["fabric"] = "ethernet"; }), "/links/0",
         "cannot link a InfiniBand port to a Ethernet port"},
        {"link end not an object", edit([](Json& j) { j["links"][0]["a"] = "c1.net"; }), "/links/0/a",
         "expected an object, got \"c1.net\""},
        {"duplicate link id", edit([](Json& j) { j["links"][1]["id"] = "l1"; }), "/links/1/id", "duplicate link id"},
        {"negative link length", edit([](Json& j) { j["links"][0]["length_m"] = -3; }), "/links/0/length_m", "from 0 to"},
        // Groups.
        {"cyclic groups", edit([](Json& j) {
             j["groups"].push_back({{"id", "g2"}, {"kind", "pod"}, {"parent", "g1"}});
             j["groups"][0]["parent"] = "g2";
         }),
         "/groups/0/parent", "groups form a cycle"},
        {"group is its own parent", edit([](Json& j) { j["groups"][0]["parent"] = "g1"; }), "/groups/0/parent", "groups form a cycle"},
        {"unknown parent", edit([](Json& j) { j["groups"][0]["parent"] = "g9"; }), "/groups/0/parent", "no group with id \"g9\""},
        {"negative replicas", edit([](Json& j) { j["groups"][0]["replicas"] = -2; }), "/groups/0/replicas", "from 1 to 1000000, got -2"},
        {"absurd replicas", edit([](Json& j) { j["groups"][0]["replicas"] = 1e12; }), "/groups/0/replicas", "from 1 to 1000000"},
        {"replicas multiply past the limit", edit([](Json& j) {
             j["groups"].push_back({{"id", "g2"}, {"kind", "site"}, {"replicas", 1000000}});
             j["groups"][0]["parent"] = "g2";
             j["groups"][0]["replicas"] = 1000;
         }),
         "/groups/0/replicas", "multiply to more than 100000000 copies"},
        {"groups nested too deep", edit([](Json& j) {
             for (int i = 2; i < 30; ++i)
                 j["groups"].push_back({{"id", "g" + std::to_string(i)}, {"kind", "pod"}, {"parent", "g" + std::to_string(i - 1)}});
         }),
         "/groups/17/parent", "nest deeper than 16"},
        {"unknown group kind", edit([](Json& j) { j["groups"][0]["kind"] = "galaxy"; }), "/groups/0/kind", "expected one of \"node\""},
        // Workload.
        {"unknown workload kind", edit([](Json& j) { j["workload"]["kind"] = "mining"; }), "/workload/kind", "expected one of \"none\""},
        {"model missing", edit([](Json& j) { j["workload"].erase("model"); }), "/workload/model", "required field is missing"},
        {"custom model without shape", edit([](Json& j) {
             j["workload"]["model"] = {{"name", "x"}, {"arch", "decoder"}, {"params", 1e9}};
         }),
         "/workload/model", "needs \"layers\" and \"hidden\""},
        {"negative batch", edit([](Json& j) { j["workload"]["global_batch"] = -1; }), "/workload/global_batch", "got -1"},
        {"bad precision", edit([](Json& j) { j["workload"]["precision"] = "fp7"; }), "/workload/precision", "got \"fp7\""},
        {"unknown stack", edit([](Json& j) { j["workload"]["stack"] = "jax"; }), "/workload/stack",
         "expected one of \"megatron\", \"torchtitan\", \"deepspeed\" or \"pytorch\", got \"jax\""},
        {"serving stack on a training workload", edit([](Json& j) { j["workload"]["stack"] = "vllm"; }), "/workload/stack",
         "got \"vllm\" (not a stack for training workloads)"},
        {"zero tensor parallel", edit([](Json& j) {
             j["workload"]["parallelism"] = {{"mode", "fixed"}, {"tp", 0}};
         }),
         "/workload/parallelism/tp", "from 1 to 1024, got 0"},
        {"unknown edge placement", edit([](Json& j) {
             j["workload"] = {{"kind", "edge"}, {"model", "yolov8s"}, {"placement", "orbit"}};
         }),
         "/workload/placement", "expected one of \"edge\", \"cloud\" or \"hybrid\", got \"orbit\""},
        {"PUE below one", edit([](Json& j) {
             j["workload"]["assumptions"] = {{"pue", 0.5}};
         }),
         "/workload/assumptions/pue", "from 1 to 5"},
    };
    return all;
}

} // namespace

TEST_CASE("malformed designs: each gives the expected location and message", "[format][malformed]") {
    REQUIRE(cases().size() >= 40);
    for (const auto& c : cases()) {
        INFO("case: " << c.name);
        std::string where, what;
        try {
            format::read_design(c.input());
        } catch (const InputError& e) {
            where = e.where();
            what = e.what();
        } catch (const std::exception& e) {
            FAIL("unexpected exception type: " << e.what());
        }
        REQUIRE_FALSE(what.empty());
        if (*c.where) CHECK(where == c.where);
        else CHECK(where.rfind("line ", 0) == 0);
        CHECK_THAT(what, Catch::Contains(c.contains));
    }
}

TEST_CASE("files over 64 MB are refused before reading", "[format][malformed]") {
    const std::string path = testing::temp_dir("big") + "/big.ccd";
    {
        std::FILE* f = std::fopen(path.c_str(), "wb");
        REQUIRE(f);
        std::fseek(f, 65L * 1024 * 1024, SEEK_SET);
        std::fputc(' ', f);
        std::fclose(f);
    }
    CHECK_THROWS_WITH(format::load_design_file(path), Catch::Contains("the limit is 64 MiB"));
}

TEST_CASE("a missing file or a folder gives a message, not a crash", "[format][malformed]") {
    CHECK_THROWS_WITH(format::load_design_file("/nonexistent/x.ccd"), Catch::Contains("cannot read the file"));
    CHECK_THROWS_WITH(format::load_design_file(testing::temp_dir("folder")), Catch::Contains("folder"));
}

TEST_CASE("random corruption never crashes the reader", "[format][malformed]") {
    const std::string good = testing::small_design_text();
    unsigned seed = 12345;
    auto rnd = [&] { return seed = seed * 1103515245u + 12345u, (seed >> 16) & 0x7fff; };
    for (int i = 0; i < 2000; ++i) {
        std::string s = good;
        const int edits = 1 + static_cast<int>(rnd() % 4);
        for (int e = 0; e < edits; ++e) {
            const std::size_t pos = rnd() % s.size();
            switch (rnd() % 3) {
            case 0: s[pos] = static_cast<char>(rnd() % 128); break;
            case 1: s.erase(pos, 1 + rnd() % 8); break;
            default: s.insert(pos, 1, "{}[]\",:0-e"[rnd() % 10]); break;
            }
            if (s.empty()) s = "x";
        }
        try {
            format::read_design(s);
        } catch (const InputError& e) {
            CHECK(std::string(e.what()).size() > 5);
        }
    }
}

TEST_CASE("nested x1,000,000 groups give a located limit error, not an overflow", "[format][malformed][repro]") {
    // ../shared/repro/nested_replicas_overflow.ccd: six levels of ×1,000,000 used
    // to overflow a float → integer conversion ("-9223372036854775808 copies").
    try {
        format::load_design_file(CC_TEST_DATA_DIR "/repro/nested_replicas_overflow.ccd");
        FAIL("the design loaded");
    } catch (const InputError& e) {
        CHECK_THAT(e.where(), Catch::Matches("/groups/[0-9]+/replicas"));
        CHECK_THAT(e.detail(), Catch::Contains("more than 100000000 copies"));
        CHECK_THAT(e.detail(), !Catch::Contains("-9223372036854775808"));
    }
}

TEST_CASE("an over-long literal is quoted in at most ~80 characters", "[format][malformed][repro]") {
    // ../shared/repro/make_digits10MB.sh: a 10 MB number used to be copied whole
    // into the message (and froze the studio's error dialog).
    const std::string digits(10'000'000, '9');
    const std::string huge_number = R"({"format":"clustercanvas-design","version":2,"components":[{"count":)" + digits + "}]}";
    const std::string huge_string = R"({"format":"clustercanvas-design","version":2,"title":")" + std::string(5'000'000, 'x') + "\"}";
    const std::string bad_token = R"({"format":"clustercanvas-design","version":2,"title":)" + std::string(1'000'000, 'q') + "}";
    for (const std::string* text : {&huge_number, &huge_string, &bad_token}) {
        try {
            format::read_design(*text);
            FAIL("accepted");
        } catch (const InputError& e) {
            INFO(e.what());
            CHECK(std::string(e.what()).size() < 300);
            CHECK_FALSE(e.where().empty());
        }
    }
}

TEST_CASE("clip_text keeps short text and cuts long text on a character boundary", "[format][malformed]") {
    CHECK(clip_text("short") == "short");
    const std::string cut = clip_text(std::string(100, 'a'), 10);
    CHECK(cut == "aaaaaaaaaa…(100 bytes)");
    const std::string accents = clip_text("ééééééééé", 5); // 2-byte characters: never split one
    CHECK(accents.rfind("éé…(", 0) == 0);
}
