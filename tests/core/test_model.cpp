#include "model/design.h"
#include "test_support.h"
#include "topology/replication.h"

#include <catch2/catch.hpp>

using namespace cc;

TEST_CASE("ids sort naturally", "[model]") {
    CHECK(id_less("c2", "c10"));
    CHECK_FALSE(id_less("c10", "c2"));
    CHECK(id_less("c9", "d1"));
    CHECK(id_less("c", "c1"));
    CHECK(id_less("g01", "g2"));
}

TEST_CASE("next_id never reuses an id", "[model]") {
    Design d = testing::small_design();
    CHECK(next_id(d, "c") == "c4");
    CHECK(next_id(d, "l") == "l3");
    CHECK(next_id(d, "g") == "g2");
}

TEST_CASE("port fabrics parse, print and refuse incompatible links", "[model]") {
    auto nv4 = *port_fabric_from("nvlink4");
    auto nv3 = *port_fabric_from("nvlink3");
    auto ib = *port_fabric_from("infiniband");
    auto eth = *port_fabric_from("ethernet");
    CHECK(to_string(nv4) == "nvlink4");
    CHECK_FALSE(port_fabric_from("nvlink9"));
    CHECK_FALSE(port_fabric_from("pcie"));
    CHECK(link_refusal(ib, ib).empty());
    CHECK(link_refusal(*port_fabric_from("pcie4"), *port_fabric_from("pcie5")).empty());
    CHECK(link_refusal(ib, eth) == "cannot link a InfiniBand port to a Ethernet port");
    CHECK_THAT(link_refusal(nv4, nv3), Catch::Contains("different generations"));
}

TEST_CASE("replication multiplies along groups and joins replicated branches fully", "[model][replication]") {
    Design d;
    d.groups = {{"pod", GroupKind::Pod, "", "", 4, {}, {}},
                {"rack", GroupKind::Rack, "", "pod", 8, {}, {}},
                {"spines", GroupKind::Pod, "", "", 2, {}, {}}};
    Component node{"n", ComponentKind::Node, "dgx-h100", "", "rack", {}, 2, {}, {}, {}, {}, {}, {}, {}};
    Component leaf{"leaf", ComponentKind::Switch, "qm9700", "", "rack", {}, 1, {}, {}, {}, {}, {}, {}, {}};
    Component spine{"spine", ComponentKind::Switch, "qm9700", "", "spines", {}, 1, {}, {}, {}, {}, {}, {}, {}};
    Component core{"core", ComponentKind::Switch, "qm9700", "", "", {}, 1, {}, {}, {}, {}, {}, {}, {}};
    d.components = {node, leaf, spine, core};
    Replication rep(d);
    CHECK(rep.group_multiplicity("rack") == 32);
    CHECK(rep.instances(d.components[0]) == 64); // 4 pods × 8 racks × count 2
    // Node ↔ leaf inside the same rack copy: 2 nodes per leaf, 32 leaves.
    CHECK(rep.cables({"l1", {"n", "net"}, {"leaf", "ports"}, 8, {}, {}}) == 64 * 8);
    // Leaf (32 copies) ↔ spine (2 copies) in sibling branches: full mesh.
    CHECK(rep.cables({"l2", {"leaf", "ports"}, {"spine", "ports"}, 1, {}, {}}) == 64);
    // Leaf ↔ top-level core: one cable per leaf copy.
    CHECK(rep.cables({"l3", {"leaf", "ports"}, {"core", "ports"}, 1, {}, {}}) == 32);
    CHECK(rep.enclosing(d.components[0], GroupKind::Pod)->id == "pod");
    CHECK(rep.enclosing(d.components[3], GroupKind::Rack) == nullptr);
}
