#include "catalog/catalog.h"
#include "rules/check.h"
#include "synthetic_design.h"
#include "test_support.h"

#include <catch2/catch.hpp>

using namespace cc;

namespace {

const Finding* find(const std::vector<Finding>& fs, const std::string& rule) {
    for (const auto& f : fs)
        if (f.rule == rule) return &f;
    return nullptr;
}

Component part(std::string id, ComponentKind kind, std::string catalog_id, std::string group = {}) {
    return testing::catalog_part(std::move(id), kind, catalog_id, std::move(group));
}

} // namespace

TEST_CASE("the small design passes every rule", "[rules]") {
    const auto fs = check(testing::small_design());
    for (const auto& f : fs) INFO(f.message);
    CHECK(fs.empty());
}

TEST_CASE("over-subscribed ports and switch radix are found after replication", "[rules]") {
    Design d = testing::small_design();
    d.groups[0].replicas = 5; // 5 racks × 2 nodes × 8 cables = 80 leaf ports + 8 storage
    const auto fs = check(d);
    const Finding* over = find(fs, "port-oversubscribed");
    REQUIRE(over);
    CHECK(over->subject == "c2");
    CHECK_THAT(over->message, Catch::Contains("88 cables per copy but only 64 ports"));
    const Finding* radix = find(fs, "switch-radix");
    REQUIRE(radix);
    CHECK_THAT(radix->message, Catch::Contains("88 ports in use"));
    CHECK(radix->severity == Severity::Error);
}

TEST_CASE("accelerators beyond a server's slots are an error", "[rules]") {
    Design d;
    d.groups.push_back({"g1", GroupKind::Node, "Server", "", 1, {}, {}});
    d.components.push_back(part("c1", ComponentKind::Node, "pcie-2u-4x-l40s", "g1"));
    for (int i = 0; i < 6; ++i) d.components.push_back(part("a" + std::to_string(i), ComponentKind::Accelerator, "l40s-48gb", "g1"));
    const auto fs = check(d);
    const Finding* slots = find(fs, "node-slots");
    REQUIRE(slots);
    CHECK_THAT(slots->message, Catch::Contains("6 accelerators exceed the 4 slots"));
}

TEST_CASE("unknown parts, wrong kinds and bad power modes are reported", "[rules]") {
    Design d;
    d.components.push_back(part("c1", ComponentKind::Node, "dgx-h100"));
    d.components.push_back(part("c2", ComponentKind::Switch, "qm9700"));
    d.components[1].catalog_id = "no-such-switch";
    d.components.push_back(part("c3", ComponentKind::Switch, "dgx-h100"));
    d.components.push_back(part("c4", ComponentKind::EdgeDevice, "edge-recomputer-j5012"));
    d.components[3].power_mode = "TURBO";
    const auto fs = check(d);
    CHECK(find(fs, "unknown-part"));
    REQUIRE(find(fs, "wrong-kind"));
    CHECK_THAT(find(fs, "wrong-kind")->message, Catch::Contains("is a node, not a switch"));
    REQUIRE(find(fs, "unknown-power-mode"));
    CHECK_THAT(find(fs, "unknown-power-mode")->message, Catch::Contains("modes: 15W, 30W, 50W, MAXN"));
}

TEST_CASE("unconnected parts are warnings, a single server needs no cable", "[rules]") {
    Design one;
    one.components.push_back(part("c1", ComponentKind::Node, "dgx-h100"));
    CHECK(check(one).empty());
    Design two = one;
    two.components.push_back(part("c2", ComponentKind::Switch, "qm9700"));
    const auto fs = check(two);
    REQUIRE(find(fs, "unconnected"));
    CHECK(find(fs, "unconnected")->severity == Severity::Warning);
}

TEST_CASE("incompatible links built in code are still refused by check", "[rules]") {
    Design d;
    d.components.push_back(part("c1", ComponentKind::Node, "dgx-h100"));
    d.components.push_back(part("c2", ComponentKind::Switch, "sn5600"));
    d.links.push_back({"l1", {"c1", "net"}, {"c2", "ports"}, 1, {}, {}});
    const auto fs = check(d);
    const Finding* f = find(fs, "incompatible-link");
    REQUIRE(f);
    CHECK_THAT(f->message, Catch::Contains("cannot link a InfiniBand port to a Ethernet port"));
}

TEST_CASE("a rack over its power budget is an error with the numbers", "[rules]") {
    Design d = testing::small_design();
    d.groups[0].power_budget_W = 15000; // two DGX H100 at 10.2 kW each
    const auto fs = check(d);
    const Finding* f = find(fs, "rack-power");
    REQUIRE(f);
    CHECK_THAT(f->message, Catch::Contains("draws up to 20.4 kW but its budget is 15 kW"));
}

TEST_CASE("workloads: no hardware, unknown model, model that cannot fit", "[rules]") {
    Design d;
    d.components.push_back(part("c1", ComponentKind::Switch, "qm9700"));
    TrainingWorkload t;
    t.model.library_id = "llama3-70b";
    d.workload.spec = t;
    CHECK(find(check(d), "no-hardware"));

    t.model.library_id = "gpt-9";
    d.workload.spec = t;
    CHECK(find(check(d), "unknown-model"));

    Design one;
    one.components.push_back(part("c1", ComponentKind::Node, "dgx-h100")); // 640 GB
    t.model.library_id = "llama3.1-405b";                                  // 405e9 × 16 B = 6.5 TB
    one.workload.spec = t;
    const auto fit_findings = check(one);
    const Finding* fit = find(fit_findings, "model-fit");
    REQUIRE(fit);
    CHECK_THAT(fit->message, Catch::Contains("640 GB of accelerator memory"));
    ServingWorkload s;
    s.model.library_id = "llama3-70b";
    s.precision = Precision::FP8; // 70 GB of weights fit in 640 GB
    one.workload.spec = s;
    CHECK_FALSE(find(check(one), "model-fit"));
}

TEST_CASE("a 5,000-component synthetic design is valid", "[rules][scale]") {
    const Design d = testing::synthetic_training_design(5000, 3);
    CHECK(d.components.size() >= 4990);
    const auto fs = check(d);
    std::string messages;
    for (const auto& f : fs) messages += f.message + "\n";
    INFO(messages);
    CHECK_FALSE(has_errors(fs));
}
