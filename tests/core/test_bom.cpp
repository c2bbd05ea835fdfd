#include "report/bom.h"
#include "test_support.h"

#include <catch2/catch.hpp>

using namespace cc;

namespace {
const BomLine* line(const Bom& b, const std::string& id, const std::string& in = {}) {
    for (const auto& l : b.lines)
        if (l.catalog_id == id && l.included_in == in) return &l;
    return nullptr;
}
} // namespace

TEST_CASE("BOM counts parts after replication and lists built-in GPUs under their server", "[bom]") {
    const Bom b = bill_of_materials(testing::small_design()); // 2 racks × 2 DGX H100
    const BomLine* dgx = line(b, "dgx-h100");
    REQUIRE(dgx);
    CHECK(dgx->count == 4);
    CHECK_FALSE(dgx->unit_price_usd); // the DGX H100 price had no dated source: not priced
    const BomLine* gpus = line(b, "h100-sxm5-80gb", "dgx-h100");
    REQUIRE(gpus);
    CHECK(gpus->count == 32);
    CHECK_FALSE(gpus->unit_price_usd); // included, not priced twice
    CHECK(b.totals.accelerators == 32);
    CHECK(b.totals.accelerator_memory_GB == Approx(32 * 80));
    CHECK(b.totals.peak_PFLOPs.at(Precision::BF16) == Approx(32 * 989.5 / 1000));
    CHECK(b.totals.power_max_W == Approx(4 * 10200));
    CHECK(b.totals.rack_units == Approx(4 * 8 + 1)); // 4 DGX (8U) + 1U leaf
    CHECK(b.totals.lines_without_price >= 3);        // server, switch and storage have no dated public price
    // The GPU line follows its server line.
    std::size_t i_dgx = 0, i_gpu = 0;
    for (std::size_t i = 0; i < b.lines.size(); ++i) {
        if (&b.lines[i] == dgx) i_dgx = i;
        if (&b.lines[i] == gpus) i_gpu = i;
    }
    CHECK(i_gpu == i_dgx + 1);
}

TEST_CASE("cards seated in a generic server count once, power comes from the cards", "[bom]") {
    Design d;
    d.groups.push_back({"g1", GroupKind::Node, "", "", 3, {}, {}});
    Component srv{"s", ComponentKind::Node, "generic-gpu-server", "", "g1", {}, 1, {}, {}, {}, {}, {}, {}, {}};
    d.components.push_back(srv);
    for (int i = 0; i < 4; ++i)
        d.components.push_back(
            {"a" + std::to_string(i), ComponentKind::Accelerator, "l40s-48gb", "", "g1", {}, 1, {}, {}, {}, {}, {}, {}, {}});
    const Bom b = bill_of_materials(d);
    CHECK(b.totals.accelerators == 12);
    CHECK(line(b, "l40s-48gb")->count == 12);
    CHECK_FALSE(line(b, "l40s-48gb", "generic-gpu-server")); // not listed twice
    CHECK(b.totals.power_max_W == Approx(3 * 4 * 350));      // chassis floor = its cards' TDP
}

TEST_CASE("cloud pools are rented per hour, not bought", "[bom]") {
    Design d;
    Component pool{"p", ComponentKind::CloudRegion, "cloud-h100-8x", "", "", {}, 1, {}, {}, {}, {}, {}, {}, 3};
    d.components.push_back(pool);
    const Bom b = bill_of_materials(d);
    CHECK(b.totals.capex_usd == 0);
    CHECK(b.totals.cloud_usd_per_hour == Approx(3 * 98.32));
    CHECK(b.totals.accelerators == 24);
}
