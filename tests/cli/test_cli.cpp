#include "cli/cli.h"
#include "cli_support.h"
#include "format/design_format.h"
#include "test_support.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

using namespace cc;

namespace {
using testing::run_cli;
using Run = testing::CliRun;
const std::string kPod = testing::source_path("templates/dgx-h100-training-pod.ccd");
} // namespace

TEST_CASE("cli: --version and --help document every subcommand", "[cli]") {
    auto v = run_cli({"--version"});
    CHECK(v.code == 0);
    CHECK_THAT(v.out, Catch::StartsWith("clustercanvas-cli 0.1.0"));
    auto h = run_cli({"--help"});
    CHECK(h.code == 0);
    for (const char* cmd : {"evaluate", "check", "catalog"}) CHECK_THAT(h.out, Catch::Contains(std::string("  ") + cmd));
    CHECK_THAT(run_cli({"help", "evaluate"}).out, Catch::Contains("Exit code"));
    CHECK_THAT(run_cli({"evaluate", "--help"}).out, Catch::Contains("Usage: clustercanvas-cli evaluate"));
    CHECK(run_cli({}).code == cli::kBadInput);
}

TEST_CASE("cli: bad arguments exit 2 and say what is wrong", "[cli]") {
    auto r = run_cli({"evaluate"});
    CHECK(r.code == 2);
    CHECK_THAT(r.err, Catch::Contains("expected a design FILE"));
    r = run_cli({"evaluate", kPod, "--jsn"});
    CHECK(r.code == 2);
    CHECK_THAT(r.err, Catch::Contains("unknown option '--jsn'"));
    r = run_cli({"frobnicate"});
    CHECK(r.code == 2);
    CHECK_THAT(r.err, Catch::Contains("unknown command 'frobnicate'"));
    r = run_cli({"catalog", "--kind", "toaster"});
    CHECK(r.code == 2);
    CHECK_THAT(r.err, Catch::Contains("--kind: expected one of fabric"));
}

TEST_CASE("cli: evaluate prints BOM, totals and findings", "[cli]") {
    auto r = run_cli({"evaluate", kPod});
    CHECK(r.code == 0);
    CHECK(r.err.empty());
    CHECK_THAT(r.out, Catch::Contains("Bill of materials"));
    CHECK_THAT(r.out, Catch::Contains("dgx-h100"));
    CHECK_THAT(r.out, Catch::Contains("Accelerators          256"));
    CHECK_THAT(r.out, Catch::Contains("253.3 PFLOP/s BF16"));
    CHECK_THAT(r.out, Catch::Contains("326.4 kW max"));
    CHECK_THAT(r.out, Catch::Contains("✓ no findings"));
}

TEST_CASE("cli: evaluate --json is stable and complete", "[cli]") {
    auto a = run_cli({"evaluate", kPod, "--json"});
    auto b = run_cli({"evaluate", kPod, "--json"});
    CHECK(a.code == 0);
    CHECK(a.out == b.out);
    const auto j = nlohmann::json::parse(a.out);
    CHECK(j["format"] == "clustercanvas-evaluation");
    CHECK(j["totals"]["accelerators"] == 256);
    CHECK(j["totals"]["peak_PFLOPs_dense"]["bf16"].get<double>() == Approx(253.312));
    CHECK(j["findings"].empty());
    bool found = false;
    for (const auto& l : j["bom"])
        if (l["catalog_id"] == "dgx-h100") {
            found = true;
            CHECK(l["count"] == 32);
            CHECK(l["unit_price_usd"].is_null()); // not priced: no dated source
        }
    CHECK(found);
}

TEST_CASE("cli: unreadable input exits 2 with the location", "[cli]") {
    auto r = run_cli({"evaluate", testing::source_path("tests/data/malformed/truncated.ccd")});
    CHECK(r.code == 2);
    CHECK_THAT(r.err, Catch::Contains("truncated.ccd: line "));
    CHECK(r.out.empty());
    const std::string dir = testing::temp_dir("cli");
    std::ofstream(dir + "/bad.ccd") << R"({"format": "clustercanvas-design", "version": 1, "components": [{"id": "c1"}]})";
    r = run_cli({"check", dir + "/bad.ccd"});
    CHECK(r.code == 2);
    CHECK_THAT(r.err, Catch::Contains("bad.ccd#/components/0/kind: required field is missing"));
    // A missing file is about the file, not a place inside it (absolute paths start with '/' too).
    r = run_cli({"evaluate", dir + "/missing.ccd"});
    CHECK(r.code == 2);
    CHECK_THAT(r.err, Catch::Contains("evaluate: " + dir + "/missing.ccd: cannot read the file"));
    CHECK_THAT(r.err, !Catch::Contains("#"));
}

TEST_CASE("cli: design-rule errors exit 1", "[cli]") {
    const std::string dir = testing::temp_dir("cli-rules");
    Design d = testing::small_design();
    d.groups[0].replicas = 5; // leaf over-subscribed
    std::ofstream(dir + "/over.ccd") << format::write_design(d);
    auto r = run_cli({"check", dir + "/over.ccd"});
    CHECK(r.code == 1);
    CHECK_THAT(r.out, Catch::Contains("✗ error"));
    CHECK_THAT(r.out, Catch::Contains("[switch-radix]"));
    auto j = nlohmann::json::parse(run_cli({"check", dir + "/over.ccd", "--json"}).out);
    CHECK(j["findings"][0]["severity"] == "error");
}

TEST_CASE("cli: catalog lists entries, filters by kind, reads --catalog", "[cli]") {
    auto r = run_cli({"catalog", "--kind", "accelerator"});
    CHECK(r.code == 0);
    CHECK_THAT(r.out, Catch::Contains("h100-sxm5-80gb"));
    CHECK_THAT(r.out, !Catch::Contains("dgx-h100 "));
    const std::string dir = testing::temp_dir("cli-cat");
    std::ofstream(dir + "/mine.json") << R"({"format": "clustercanvas-catalog", "version": 1, "entries": [
        {"id": "lab-switch", "kind": "switch", "name": "Lab switch", "protocol": "ethernet", "ports": 8,
         "port_speed_Gbps": 10, "sources": ["our purchase order"]}]})";
    std::ofstream(dir + "/broken.json") << "[";
    r = run_cli({"catalog", "--json", "--kind", "switch", "--catalog", dir + "/mine.json", "--catalog", dir + "/broken.json"});
    CHECK(r.code == 0); // a bad user catalog is reported, never fatal
    CHECK_THAT(r.err, Catch::Contains("broken.json"));
    CHECK_THAT(r.err, Catch::Contains("skipped"));
    const auto j = nlohmann::json::parse(r.out);
    bool mine = false;
    for (const auto& e : j["entries"]) mine |= e["id"] == "lab-switch" && e["origin"] == dir + "/mine.json";
    CHECK(mine);
}

TEST_CASE("cli: the user catalog in the config folder is read at start-up", "[cli]") {
    const std::string dir = testing::temp_dir("xdg");
    std::filesystem::create_directories(dir + "/clustercanvas");
    std::ofstream(dir + "/clustercanvas/catalog.json") << R"({"format": "clustercanvas-catalog", "version": 1, "entries": [
        {"id": "xdg-nic", "kind": "nic", "name": "XDG NIC", "protocol": "ethernet", "ports": 1,
         "port_speed_Gbps": 25, "sources": ["test"]}]})";
    const char* old = std::getenv("XDG_CONFIG_HOME");
    const std::string saved = old ? old : "";
    ::setenv("XDG_CONFIG_HOME", dir.c_str(), 1);
    auto r = run_cli({"catalog", "--kind", "nic"});
    if (old) ::setenv("XDG_CONFIG_HOME", saved.c_str(), 1);
    else ::unsetenv("XDG_CONFIG_HOME");
    CHECK_THAT(r.out, Catch::Contains("xdg-nic"));
}

TEST_CASE("cli: evaluate --scenario scores that scenario and refuses an unknown name", "[cli]") {
    const auto base = run_cli({"evaluate", kPod, "--json"});
    const auto h200 = run_cli({"evaluate", kPod, "--scenario", "H200", "--json"});
    REQUIRE(base.code == 0);
    REQUIRE(h200.code == 0);
    const auto a = nlohmann::json::parse(base.out)["metrics"], b = nlohmann::json::parse(h200.out)["metrics"];
    CHECK(a["step_time_s"].get<double>() != b["step_time_s"].get<double>());
    const auto bad = run_cli({"evaluate", kPod, "--scenario", "Nope"});
    CHECK(bad.code == 2);
    CHECK_THAT(bad.err, Catch::Contains("--scenario: no scenario named \"Nope\""));
    CHECK(bad.out.empty());
}

TEST_CASE("cli: evaluate names the software stack, assumed or chosen, in text and JSON", "[cli][stack]") {
    auto r = run_cli({"evaluate", kPod});
    REQUIRE(r.code == 0);
    CHECK_THAT(r.out, Catch::Contains("Software stack: megatron (assumed: Megatron-LM/NeMo"));
    auto j = nlohmann::json::parse(run_cli({"evaluate", kPod, "--json"}).out);
    CHECK(j["stack"]["name"] == "megatron");
    CHECK(j["stack"]["assumed"] == true);
    CHECK_THAT(j["stack"]["why"].get<std::string>(), Catch::Contains("NVIDIA"));

    Design d = format::load_design_file(kPod);
    d.workload.set_stack(Stack::TorchTitan);
    const std::string file = testing::temp_dir("cli-stack") + "/titan.ccd";
    format::save_design_file(d, file);
    r = run_cli({"evaluate", file});
    CHECK_THAT(r.out, Catch::Contains("Software stack: torchtitan (chosen in the design)"));
    j = nlohmann::json::parse(run_cli({"evaluate", file, "--json"}).out);
    CHECK(j["stack"] == nlohmann::json({{"name", "torchtitan"}, {"assumed", false}, {"why", "chosen in the design"}}));

    d.workload.spec = std::monostate{};
    format::save_design_file(d, file);
    CHECK(nlohmann::json::parse(run_cli({"evaluate", file, "--json"}).out)["stack"].is_null());
}
