// `compare` and `report` on the command line: stable JSON, the baseline named
// in text, argument checks and the explanation when the studio is missing.
#include "cli/cli.h"
#include "cli_support.h"
#include "test_support.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <cstdlib>

using namespace cc;

namespace {
const std::string kPod = testing::source_path("templates/dgx-h100-training-pod.ccd");

int run_cli(const std::vector<std::string>& args, std::string& out, std::string& err) {
    const auto r = testing::run_cli(args);
    out = r.out;
    err = r.err;
    return r.code;
}
} // namespace

TEST_CASE("compare --json is stable and complete, text names the baseline", "[compare][cli]") {
    std::string out1, out2, err;
    REQUIRE(run_cli({"compare", kPod, "--json"}, out1, err) == 0);
    REQUIRE(run_cli({"compare", kPod, "--json"}, out2, err) == 0);
    CHECK(out1 == out2);
    const auto j = nlohmann::json::parse(out1);
    CHECK(j["baseline"] == "H100");
    REQUIRE(j["scenarios"].size() == 3);
    CHECK(j["scenarios"][0]["metrics"][0]["delta_vs_baseline"].get<double>() == Approx(0.0));
    CHECK(j["scenarios"][2]["name"] == "B200");
    CHECK(j["scenarios"][2]["metrics"][0]["key"] == "accelerators");
    CHECK(j["scenarios"][2]["metrics"][0]["value"].get<double>() == j["scenarios"][0]["metrics"][0]["value"].get<double>());

    std::string text;
    REQUIRE(run_cli({"compare", kPod, "--baseline", "H200"}, text, err) == 0);
    CHECK_THAT(text, Catch::Contains("H200 (baseline)"));
    CHECK_THAT(text, Catch::Contains("Step time"));
    CHECK_THAT(text, Catch::Contains("better"));

    CHECK(run_cli({"compare", kPod, "--baseline", "nope"}, text, err) == cli::kBadInput);
    CHECK_THAT(err, Catch::Contains("--baseline: no scenario named \"nope\""));
    // A plain design compares as one column.
    REQUIRE(run_cli({"compare", testing::source_path("templates/classroom-4gpu.ccd"), "--json"}, text, err) == 0);
    CHECK(nlohmann::json::parse(text)["scenarios"].size() == 1);
}

TEST_CASE("report: arguments are checked and a missing studio is explained", "[cli][report]") {
    std::string out, err;
    CHECK(run_cli({"report", kPod}, out, err) == cli::kBadInput);
    CHECK_THAT(err, Catch::Contains("-o OUT.pdf"));
    CHECK(run_cli({"report", testing::source_path("tests/data/malformed/truncated.ccd"), "-o", "/tmp/x.pdf"}, out, err) == cli::kBadInput);
    CHECK_THAT(err, Catch::Contains("truncated.ccd"));
    setenv("CLUSTERCANVAS_STUDIO", "/nonexistent/clustercanvas", 1);
    CHECK(run_cli({"report", kPod, "-o", testing::temp_dir("report") + "/r.pdf"}, out, err) == cli::kBadInput);
    unsetenv("CLUSTERCANVAS_STUDIO");
    CHECK_THAT(err, Catch::Contains("was not found next to clustercanvas-cli"));
}
