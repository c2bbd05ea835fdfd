// The end-2026 catalog (issue 15): rack-scale NVLink trays, Blackwell Ultra,
// MI325X/MI355X, dated prices, rental rates, and "not priced" instead of $0.
#include "catalog/catalog.h"
#include "compare/compare.h"
#include "report/bom.h"
#include "rules/check.h"
#include "test_support.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace cc;

namespace {

std::string one_entry(const std::string& fields) {
    return R"({"format": "clustercanvas-catalog", "version": 1, "entries": [{"id": "x", "name": "X", "sources": ["test"], )" + fields +
           "}]}";
}

std::string node_entry(const std::string& extra) {
    return one_entry(R"("kind": "node", "accelerator": "b200-sxm-180gb", "accelerator_count": 4, "scale_up_fabric": "nvlink5")" + extra);
}

std::string load_error(const std::string& text) {
    Catalog c;
    try {
        c.add_document(text, "test");
    } catch (const InputError& e) {
        return e.what();
    }
    return {};
}

// A rack holding `trays` GB300 NVL72 compute trays under a power budget.
Design nvl72_rack(int trays, double budget_kW) {
    Design d;
    d.groups.push_back({"r1", GroupKind::Rack, "NVL72 rack", "", 1, budget_kW * 1000, 48});
    d.components.push_back(testing::catalog_part("t", ComponentKind::Node, "gb300-nvl72-tray", "r1"));
    d.components.back().count = trays;
    return d;
}

} // namespace

TEST_CASE("the end-2026 catalog holds at least 35 accelerators incl. NVL72 GPUs, B300, MI325X and MI355X", "[catalog][catalog2026]") {
    const Catalog& c = Catalog::builtin();
    CHECK(c.entries(CatalogKind::Accelerator).size() >= 35);
    for (const char* id :
         {"gb200-gpu-186gb", "gb300-gpu-288gb", "b300-sxm-288gb", "rtx-pro-6000-server-96gb", "mi325x-256gb", "mi355x-288gb", "hailo-10h"})
        CHECK(c.accelerator(id));
    for (const char* id : {"gb200-nvl72-tray", "gb300-nvl72-tray", "hgx-b300-8gpu", "mi355x-8gpu-platform", "mi325x-8gpu-platform"})
        CHECK(c.node(id));
    CHECK(c.nic("nic-pollara-400"));
    CHECK(c.switch_("sw-102t-tomahawk6")->switching_capacity_Tbps == Approx(102.4));
    CHECK(c.dangling_references().empty());
    // Dense, not the sparse headline: GB300's 20 PF sparse FP4 is 15 PF dense.
    CHECK(*c.accelerator("gb300-gpu-288gb")->peak(Precision::FP4) == Approx(15000));
    CHECK(*c.accelerator("mi355x-288gb")->peak(Precision::FP8) == Approx(5033.2));
    CHECK(c.accelerator("mi325x-256gb")->generation == AcceleratorGeneration::Cdna3);
    CHECK(c.accelerator("b300-sxm-288gb")->generation == AcceleratorGeneration::Blackwell);
    CHECK(c.accelerator("mi355x-288gb")->generation == AcceleratorGeneration::Cdna4);
}

// The rule for "no missing precision it claims": a part that publishes a sparse
// rate has its dense rate, and every Blackwell part (FP4 tensor cores) has FP4.
TEST_CASE("every accelerator has sources and the dense peak of every precision it publishes", "[catalog][catalog2026]") {
    const auto doc = nlohmann::json::parse(testing::read_text(testing::source_path("resources/catalog/accelerators.json")));
    const Catalog& c = Catalog::builtin();
    int checked = 0;
    for (const auto& e : doc["entries"]) {
        const std::string id = e["id"];
        INFO(id);
        const AcceleratorSpec* a = c.accelerator(id);
        REQUIRE(a);
        CHECK_FALSE(a->info.sources.empty());
        if (e["sparse_peaks"].is_object())
            for (const auto& [key, value] : e["sparse_peaks"].items()) {
                if (!e["peak_tflops"].contains(key)) continue; // e.g. "int8_super_mode": a note, not a precision
                INFO(key);
                CHECK_FALSE(e["peak_tflops"][key].is_null());
                ++checked;
            }
        if (a->generation == AcceleratorGeneration::Blackwell) CHECK(a->peak(Precision::FP4));
    }
    CHECK(checked > 50);
}

TEST_CASE("a node's scale-up domain round-trips and a bad one names its JSON pointer", "[catalog][catalog2026]") {
    Catalog c;
    c.add_document(node_entry(R"(, "scale_up_domain_gpus": 72)"), "test");
    REQUIRE(c.node("x"));
    CHECK(c.node("x")->scale_up_domain_gpus == 72);
    Catalog plain;
    plain.add_document(node_entry(""), "test");
    CHECK_FALSE(plain.node("x")->scale_up_domain_gpus); // null = the node itself
    CHECK_THAT(load_error(node_entry(R"(, "scale_up_domain_gpus": 0)")), Catch::Contains("/entries/0/scale_up_domain_gpus"));
    CHECK_THAT(load_error(node_entry(R"(, "scale_up_domain_gpus": "rack")")), Catch::Contains("/entries/0/scale_up_domain_gpus"));
    CHECK_THAT(load_error(node_entry(R"(, "scale_up_domain_gpus": 7.5)")), Catch::Contains("/entries/0/scale_up_domain_gpus"));
    // Shipped: the NVL72 trays share one 72-GPU domain, a DGX is its own.
    CHECK(Catalog::builtin().node("gb200-nvl72-tray")->scale_up_domain_gpus == 72);
    CHECK(Catalog::builtin().node("gb300-nvl72-tray")->scale_up_domain_gpus == 72);
    CHECK_FALSE(Catalog::builtin().node("dgx-b200")->scale_up_domain_gpus);
}

TEST_CASE("every catalog price carries a date and a source, and a bad date is refused", "[catalog][catalog2026]") {
    int priced = 0;
    for (const EntryInfo* e : Catalog::builtin().entries()) {
        INFO(e->id);
        if (e->price_usd) {
            ++priced;
            CHECK_FALSE(e->price_date.empty());
            CHECK_FALSE(e->price_source.empty());
        }
        if (const CloudRegionSpec* r = Catalog::builtin().cloud_region(e->id)) {
            CHECK(r->price_per_gpu_hour_usd);
            CHECK_FALSE(r->provider.empty());
            CHECK_FALSE(e->price_date.empty());
            CHECK_FALSE(e->price_source.empty());
        }
    }
    CHECK(priced >= 5);
    CHECK(Catalog::builtin().entries(CatalogKind::CloudRegion).size() >= 10);
    const std::string switch_fields = R"("kind": "switch", "protocol": "ethernet", "ports": 8, "port_speed_Gbps": 100, "price_usd": 900, )";
    Catalog ok;
    ok.add_document(one_entry(switch_fields + R"("price_date": "2026-11-15", "price_source": "list")"), "test");
    CHECK(ok.info("x")->price_date == "2026-11-15");
    CHECK(ok.info("x")->price_source == "list");
    for (const char* bad : {"2026-13", "2026-11-32", "Nov 2026", "2026", "2026-1-05"}) {
        INFO(bad);
        CHECK_THAT(load_error(one_entry(switch_fields + R"("price_date": ")" + bad + "\"")),
                   Catch::Contains("/entries/0/price_date: expected a date YYYY-MM or YYYY-MM-DD"));
    }
}

TEST_CASE("a design of unpriced parts is not priced, never $0", "[bom][catalog2026]") {
    const Bom unpriced = bill_of_materials(testing::small_design()); // DGX H100, QM9700, DDN: none has a dated price
    CHECK(unpriced.totals.lines_with_price == 0);
    CHECK(unpriced.totals.lines_without_price >= 3);
    CHECK_FALSE(priced_capex_usd(unpriced.totals));
    Design d = testing::small_design();
    d.components[0].catalog_id = "dgx-a100-640gb"; // list price $199,000 (May 2020)
    const Bom mixed = bill_of_materials(d);
    REQUIRE(priced_capex_usd(mixed.totals));
    CHECK(*priced_capex_usd(mixed.totals) == Approx(4 * 199000));
    CHECK(mixed.totals.lines_without_price >= 2); // still listed as not priced, not added as 0
    // Compare tables say so too, for the list price they have no number for.
    CHECK(compare::value_text(compare::metric_of(compare::MetricId::ListPrice_usd, std::nullopt)) == "not priced");
    CHECK(compare::value_text(compare::metric_of(compare::MetricId::ListPrice_usd, 199000.0)) == "$199 k");
    CHECK(compare::value_text(compare::metric_of(compare::MetricId::StepTime_s, std::nullopt)) == "—");
}

TEST_CASE("a rack budget of 120 or 140 kW is checked against GB300 NVL72 trays", "[rules][catalog2026]") {
    auto rack_finding = [](const Design& d) -> std::string {
        for (const Finding& f : check(d))
            if (f.rule == "rack-power") return f.message;
        return {};
    };
    CHECK(rack_finding(nvl72_rack(18, 120)).empty()); // 18 x 6.5 kW = 117 kW
    CHECK_THAT(rack_finding(nvl72_rack(20, 120)), Catch::Contains("draws up to 130 kW but its budget is 120 kW"));
    CHECK(rack_finding(nvl72_rack(20, 140)).empty());
}
