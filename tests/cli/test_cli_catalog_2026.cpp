// `catalog --json` carries the end-2026 fields; unpriced designs print "not priced".
#include "cli_support.h"
#include "test_support.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace cc;
using testing::run_cli;

namespace {
const std::string kPod = testing::source_path("templates/dgx-h100-training-pod.ccd");

const nlohmann::json* entry(const nlohmann::json& listing, const std::string& id) {
    for (const auto& e : listing["entries"])
        if (e["id"] == id) return &e;
    return nullptr;
}
} // namespace

TEST_CASE("cli: catalog --json lists 35+ accelerators with peaks, dated prices, domains and rental rates", "[cli][catalog2026]") {
    const auto r = run_cli({"catalog", "--json"});
    REQUIRE(r.code == 0);
    const auto j = nlohmann::json::parse(r.out);
    int accelerators = 0;
    for (const auto& e : j["entries"]) {
        INFO(e["id"]);
        CHECK(e.contains("price_date"));
        CHECK(e.contains("price_source"));
        if (!e["price_usd"].is_null()) {
            CHECK(e["price_date"].is_string());
            CHECK(e["price_source"].is_string());
        }
        if (e["kind"] == "accelerator") {
            ++accelerators;
            CHECK_FALSE(e["sources"].empty());
            CHECK(e["peak_tflops"].contains("fp4"));
        }
    }
    CHECK(accelerators >= 35);
    const auto* gb300 = entry(j, "gb300-gpu-288gb");
    REQUIRE(gb300);
    CHECK((*gb300)["peak_tflops"]["fp4"] == 15000);
    const auto* tray = entry(j, "gb300-nvl72-tray");
    REQUIRE(tray);
    CHECK((*tray)["scale_up_domain_gpus"] == 72);
    CHECK((*entry(j, "dgx-b200"))["scale_up_domain_gpus"].is_null());
    const auto* lambda = entry(j, "cloud-h100-lambda");
    REQUIRE(lambda);
    CHECK((*lambda)["provider"] == "Lambda");
    CHECK((*lambda)["price_per_gpu_hour_usd"] == Approx(2.99));
    CHECK((*lambda)["price_date"] == "2026-05-18");
    CHECK((*entry(j, "cloud-h100-8x"))["committed_price_per_gpu_hour_usd"] == Approx(6.5));
    const auto* gaudi = entry(j, "gaudi3-128gb");
    REQUIRE(gaudi);
    CHECK((*gaudi)["price_date"] == "2024-06");
}

TEST_CASE("cli: an unpriced design says not priced, never $0", "[cli][catalog2026]") {
    const auto r = run_cli({"evaluate", kPod});
    REQUIRE(r.code == 0);
    CHECK_THAT(r.out, Catch::Contains("not priced"));
    CHECK_THAT(r.out, !Catch::Contains("$0"));
    CHECK_THAT(r.out, !Catch::Contains("unknown"));
    const auto j = nlohmann::json::parse(run_cli({"evaluate", kPod, "--json"}).out);
    CHECK(j["totals"]["capex_usd"].is_null());
    CHECK(j["totals"]["lines_without_price"].get<int>() >= 2);
}

TEST_CASE("cli: an accelerator without memory lists its published numbers without a leading comma", "[cli][catalog2026]") {
    const auto r = run_cli({"catalog", "--kind", "accelerator", "--json"});
    REQUIRE(r.code == 0);
    const auto j = nlohmann::json::parse(r.out);
    const nlohmann::json* hailo = entry(j, "hailo-8");
    REQUIRE(hailo);
    const std::string specs = (*hailo)["specs"].get<std::string>();
    CHECK(specs.rfind(", ", 0) == std::string::npos);
    CHECK_THAT(specs, Catch::Contains("TOPS INT8"));
}
