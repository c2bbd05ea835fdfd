// Fabric design rules: replicated groups without a scale-out path, switch
// oversubscription per tier, unlinked switches, and the caveats a training
// result computed on such a fabric carries.
#include "catalog/catalog.h"
#include "catalog/model_library.h"
#include "engine/training/training_engine.h"
#include "format/design_format.h"
#include "rules/check.h"
#include "test_support.h"
#include "topology/fabric_audit.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <fstream>

using namespace cc;
using testing::catalog_part;
using testing::scalable_units;
using testing::train_llama;

namespace {

const Finding* find(const std::vector<Finding>& fs, const std::string& rule) {
    for (const auto& f : fs)
        if (f.rule == rule) return &f;
    return nullptr;
}

std::string all_messages(const std::vector<Finding>& fs) {
    std::string out;
    for (const auto& f : fs) out += f.rule + ": " + f.message + "\n";
    return out;
}

// The same with the leaves' uplinks on 16 spines shared by every unit (1:1).
Design scalable_units_with_spines(int units) {
    Design d = scalable_units(units);
    d.groups.push_back({"g4", GroupKind::Pod, "Spines", "", 16, {}, {}});
    d.components.push_back(catalog_part("c3", ComponentKind::Switch, "qm9700", "g4"));
    d.links.push_back({"l2", {"c2", "ports"}, {"c3", "ports"}, 2, {}, {}}); // 32 uplinks per leaf
    return d;
}

// Three units of two single-DGX racks behind one leaf each; every leaf has 4
// uplinks to two spines shared by the units: 16 × 400 Gb/s down, 4 × 400 up.
Design oversubscribed_leaf() {
    Design d;
    d.title = "Oversubscribed";
    d.groups.push_back({"g1", GroupKind::Pod, "Unit", "", 3, {}, {}});
    d.groups.push_back({"g2", GroupKind::Rack, "Rack", "g1", 2, {}, {}});
    d.groups.push_back({"g3", GroupKind::Pod, "Spines", "", 2, {}, {}});
    d.components.push_back(catalog_part("c1", ComponentKind::Node, "dgx-h100", "g2"));
    d.components.push_back(catalog_part("c2", ComponentKind::Switch, "qm9700", "g1"));
    d.components.back().name = "Leaf";
    d.components.push_back(catalog_part("c3", ComponentKind::Switch, "qm9700", "g3"));
    d.components.back().name = "Spine";
    d.links.push_back({"l1", {"c1", "net"}, {"c2", "ports"}, 8, {}, {}});
    d.links.push_back({"l2", {"c2", "ports"}, {"c3", "ports"}, 2, {}, {}});
    train_llama(d);
    return d;
}

} // namespace

TEST_CASE("replicas of a scalable unit with no link between copies are a scale-out-missing warning", "[rules][fabric]") {
    const auto fs = check(scalable_units(13));
    INFO(all_messages(fs));
    const Finding* f = find(fs, "scale-out-missing");
    REQUIRE(f);
    CHECK(f->severity == Severity::Warning);
    CHECK(f->subject == "g1");
    CHECK_THAT(f->message, Catch::Contains("group 'Scalable unit' (g1) ×13 has no scale-out link between its copies"));
    CHECK_THAT(f->message, Catch::Contains("its 8 node(s) per copy reach nothing outside it"));
    CHECK_THAT(f->message, Catch::Contains("add spine switches outside the group and link 'Leaf' (c2) to them"));
    // The racks inside the unit do reach a switch outside themselves (the leaves).
    for (const auto& x : fs) CHECK(x.subject != "g2");
    CHECK_FALSE(has_errors(fs));

    // With its spines inside, the unit's uplinks start at the spines and go to a core.
    Design with_spines = scalable_units_with_spines(13);
    with_spines.groups[3].parent = "g1";
    with_spines.groups[3].replicas = 2;
    const auto inner = check(with_spines);
    INFO(all_messages(inner));
    REQUIRE(find(inner, "scale-out-missing"));
    CHECK_THAT(find(inner, "scale-out-missing")->message, Catch::EndsWith("add core switches outside the group and link c3 to them"));
}

TEST_CASE("spines shared by every copy give the copies their scale-out path", "[rules][fabric]") {
    const auto fs = check(scalable_units_with_spines(13));
    INFO(all_messages(fs));
    CHECK(fs.empty());
}

TEST_CASE("a unit without any switch is told to link its nodes to one outside", "[rules][fabric]") {
    Design d;
    d.groups.push_back({"g1", GroupKind::Rack, "", "", 4, {}, {}});
    d.components.push_back(catalog_part("c1", ComponentKind::Node, "dgx-h100", "g1"));
    train_llama(d);
    const auto fs = check(d);
    const Finding* f = find(fs, "scale-out-missing");
    REQUIRE(f);
    CHECK_THAT(f->message, Catch::StartsWith("group g1 ×4 has no scale-out link"));
    CHECK_THAT(f->message, Catch::Contains("add a switch outside the group and link the nodes' network ports to it"));
}

TEST_CASE("a NIC drawn inside a replicated server is that server's scale-out path", "[rules][fabric]") {
    Design d;
    d.groups.push_back({"g1", GroupKind::Node, "Server", "", 4, {}, {}});
    d.components.push_back(catalog_part("c1", ComponentKind::Node, "dgx-h100", "g1"));
    d.components[0].ports.clear(); // its network is the NIC below
    d.components.push_back(catalog_part("c2", ComponentKind::Nic, "nic-ndr400-cx7", "g1"));
    d.components.push_back(catalog_part("c3", ComponentKind::Switch, "qm9700"));
    train_llama(d);
    const Port* nic_port = nullptr;
    for (const auto& p : d.components[1].ports)
        if (p.fabric.family == FabricFamily::InfiniBand) nic_port = &p;
    REQUIRE(nic_port);
    CHECK(find(check(d), "scale-out-missing")); // NIC not yet cabled
    d.links.push_back({"l1", {"c2", nic_port->id}, {"c3", "ports"}, 1, {}, {}});
    const auto fs = check(d);
    INFO(all_messages(fs));
    CHECK_FALSE(find(fs, "scale-out-missing"));
}

TEST_CASE("a storage network leaving the unit is not a scale-out path", "[rules][fabric]") {
    Design d = scalable_units(4);
    d.components.push_back(catalog_part("c4", ComponentKind::Switch, "sn5600"));
    d.links.push_back({"l3", {"c1", "storage"}, {"c4", "ports"}, 1, {}, {}});
    const auto fs = check(d);
    INFO(all_messages(fs));
    REQUIRE(find(fs, "scale-out-missing"));
    CHECK(find(fs, "scale-out-missing")->subject == "g1");
}

TEST_CASE("replicas that serve requests need no path between copies", "[rules][fabric]") {
    Design d = scalable_units(13);
    ServingWorkload s;
    s.model.library_id = "llama3-8b";
    d.workload.spec = s;
    CHECK_FALSE(find(check(d), "scale-out-missing"));
}

TEST_CASE("an oversubscribed leaf is a warning with its ratio and both capacities", "[rules][fabric]") {
    const auto fs = check(oversubscribed_leaf());
    INFO(all_messages(fs));
    const Finding* f = find(fs, "fabric-oversubscribed");
    REQUIRE(f);
    CHECK(f->severity == Severity::Warning);
    CHECK(f->subject == "c2");
    // Per leaf copy: 2 nodes × 8 cables × 400 Gb/s down, 2 spines × 2 cables × 400 Gb/s up.
    CHECK(f->message == "leaf 'Leaf' (c2): 4:1 oversubscribed (6,400 Gb/s down, 1,600 Gb/s up per switch, each direction); "
                        "12 more 400 Gb/s uplinks per switch would make it 1:1");
    // The spines have no uplinks: no ratio, no finding.
    for (const auto& x : fs) CHECK(x.subject != "c3");
    CHECK_FALSE(has_errors(fs));
}

TEST_CASE("an oversubscribed spine is reported as the spine tier", "[rules][fabric]") {
    Design d = oversubscribed_leaf();
    d.components.push_back(catalog_part("c4", ComponentKind::Switch, "qm9700"));
    d.components.back().name = "Core";
    d.links.push_back({"l3", {"c3", "ports"}, {"c4", "ports"}, 3, {}, {}});
    const auto fs = check(d);
    INFO(all_messages(fs));
    bool spine = false;
    for (const auto& f : fs)
        if (f.rule == "fabric-oversubscribed" && f.subject == "c3") {
            spine = true;
            // Per spine: 3 leaves × 2 cables × 400 down, 3 × 400 up.
            CHECK_THAT(f.message, Catch::StartsWith("spine 'Spine' (c3): 2:1 oversubscribed (2,400 Gb/s down, 1,200 Gb/s up"));
        }
    CHECK(spine);
}

TEST_CASE("a non-blocking leaf-spine fabric has no oversubscription finding", "[rules][fabric]") {
    Design d = oversubscribed_leaf();
    d.links[1].count = 8; // 2 spines × 8 cables = 16 uplinks per leaf
    const auto fs = check(d);
    INFO(all_messages(fs));
    CHECK_FALSE(find(fs, "fabric-oversubscribed"));
    const auto audit = audit_fabric(d, Replication(d), LinkIndex(d), take_inventory(d, Catalog::builtin(), Replication(d)));
    REQUIRE(audit.switches.size() == 2);
    CHECK(audit.switches[0].tier == 1);
    CHECK(audit.switches[0].ratio() == Approx(1.0));
    CHECK(audit.switches[1].tier == 2);
}

TEST_CASE("a camera access switch is not checked for oversubscription", "[rules][fabric]") {
    // The edge template's shape: 16 cameras at 1 Gb/s per PoE switch, one 10 Gb/s
    // uplink to a site core shared by two camera zones.
    Design d;
    d.groups.push_back({"g1", GroupKind::Site, "Zone", "", 2, {}, {}});
    d.components.push_back(catalog_part("c1", ComponentKind::Camera, "stream-1080p30-h264", "g1"));
    d.components.back().count = 16;
    d.components.push_back(catalog_part("c2", ComponentKind::Switch, "sw-edge-24x1g-poe-4x10g", "g1"));
    const PortFabric eth{FabricFamily::Ethernet, 0};
    d.components.back().ports = {{"poe", eth, 1, 24}, {"sfp", eth, 10, 4}}; // as the template draws it
    d.components.push_back(catalog_part("c3", ComponentKind::Switch, "sw-edge-24x10gbase-t"));
    d.components.back().ports = {{"ports", eth, 10, 28}};
    d.components.push_back(catalog_part("c4", ComponentKind::EdgeDevice, "edge-recomputer-j5012"));
    d.components.back().ports = {{"eth", eth, 10, 1}};
    d.components[0].ports = {{"eth", eth, 1, 1}};
    d.links.push_back({"l1", {"c1", "eth"}, {"c2", "poe"}, 1, {}, {}});
    d.links.push_back({"l2", {"c2", "sfp"}, {"c3", "ports"}, 1, {}, {}});
    d.links.push_back({"l3", {"c4", "eth"}, {"c3", "ports"}, 1, {}, {}});
    const Replication rep(d);
    const auto audit = audit_fabric(d, rep, LinkIndex(d), take_inventory(d, Catalog::builtin(), rep));
    REQUIRE(audit.switches.size() == 2);
    // The zone switches (two copies) aggregate into the one core switch of the same tier.
    CHECK(audit.switches[0].ratio() == Approx(1.6));
    CHECK_FALSE(audit.switches[0].serves_servers);
    CHECK_FALSE(audit.switches[0].oversubscribed());
    const auto fs = check(d);
    INFO(all_messages(fs));
    CHECK(fs.empty());
}

TEST_CASE("a switch with no links is a warning even alone or without ports", "[rules][fabric]") {
    Design lone;
    lone.components.push_back(catalog_part("c1", ComponentKind::Switch, "qm9700"));
    lone.components.back().name = "Spare leaf";
    const auto fs = check(lone);
    REQUIRE(find(fs, "unconnected"));
    CHECK(find(fs, "unconnected")->severity == Severity::Warning);
    CHECK(find(fs, "unconnected")->message == "switch 'Spare leaf' (c1) has no links: link the parts it should join to it, or delete it");

    Design portless = testing::small_design();
    portless.components.push_back(catalog_part("c9", ComponentKind::Switch, "qm9700"));
    portless.components.back().ports.clear();
    const auto pf = check(portless);
    REQUIRE(find(pf, "unconnected"));
    CHECK(find(pf, "unconnected")->subject == "c9");
}

TEST_CASE("a training result on an incomplete fabric carries a caveat", "[training][fabric]") {
    namespace tr = engine::training;
    const tr::TrainingEvaluation isolated = tr::evaluate_training(scalable_units(13), Catalog::builtin());
    REQUIRE(isolated.ok);
    REQUIRE(isolated.caveats.size() == 1);
    CHECK(isolated.caveats[0] ==
          "Computed on an incomplete fabric: group 'Scalable unit' (g1) ×13 has no scale-out link between its copies");

    const tr::TrainingEvaluation complete = tr::evaluate_training(scalable_units_with_spines(13), Catalog::builtin());
    REQUIRE(complete.ok);
    CHECK(complete.caveats.empty());
    CHECK(tr::evaluate_training(testing::small_design(), Catalog::builtin()).caveats.empty());

    const tr::TrainingEvaluation over = tr::evaluate_training(oversubscribed_leaf(), Catalog::builtin());
    REQUIRE(over.caveats.size() == 1);
    CHECK_THAT(over.caveats[0], Catch::StartsWith("Computed on an oversubscribed fabric: leaf 'Leaf' (c2): 4:1 oversubscribed"));

    Design unlinked;
    unlinked.components.push_back(catalog_part("c1", ComponentKind::Node, "dgx-h100"));
    unlinked.components.back().count = 4;
    train_llama(unlinked);
    const tr::TrainingEvaluation alone = tr::evaluate_training(unlinked, Catalog::builtin());
    REQUIRE(alone.caveats.size() == 1);
    CHECK(alone.caveats[0] == "Computed on an incomplete fabric: node c1 has no network link, so the 4 nodes cannot exchange data");
}

TEST_CASE("the caveat does not change the training numbers", "[training][fabric]") {
    namespace tr = engine::training;
    const Design d = scalable_units(13);
    ClusterView view = resolve_cluster(d, Catalog::builtin());
    REQUIRE_FALSE(view.caveats.empty());
    const auto& w = std::get<TrainingWorkload>(d.workload.spec);
    const ModelShape* m = resolve_model(w.model);
    REQUIRE(m);
    const auto with = tr::evaluate_training(view, w, *m, d.workload.assumptions, tr::constraints_of(w.parallelism));
    view.caveats.clear();
    const auto without = tr::evaluate_training(view, w, *m, d.workload.assumptions, tr::constraints_of(w.parallelism));
    CHECK(with.best.step_s == without.best.step_s);
    CHECK(with.notes == without.notes);
    CHECK(without.caveats.empty());
}
