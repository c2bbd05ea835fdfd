// Fabric edits: a link's fabric, a port group's, one fabric for another and one
// part for another everywhere, NIC ports added to a server, a NIC part placed in
// a server counting for the engine, and one edit applied to every scenario.
#include "catalog/fabric_choices.h"
#include "engine/training/training_engine.h"
#include "format/design_format.h"
#include "model/scenarios.h"
#include "test_support.h"
#include "topology/cluster_view.h"

#include <catch2/catch.hpp>

#include <filesystem>

using namespace cc;

namespace {

const PortSpeed kEth25{{FabricFamily::Ethernet, 0}, 25};
const PortSpeed kEth100{{FabricFamily::Ethernet, 0}, 100};
const PortSpeed kNdr400{{FabricFamily::InfiniBand, 0}, 400};

Design classroom(int servers = 1) {
    Design d = format::load_design_file(testing::source_path("templates/classroom-4gpu.ccd"));
    for (auto& g : d.groups)
        if (g.id == "g1") g.replicas = servers;
    return d;
}

PortSpeed port(const Design& d, const std::string& comp, const std::string& id) {
    const Port* p = d.component(comp)->port(id);
    REQUIRE(p);
    return {p->fabric, p->speed_Gbps};
}

Component part(const std::string& id, ComponentKind kind, const std::string& entry, const std::string& name, const std::string& group,
               std::vector<Port> ports) {
    Component c;
    c.id = id;
    c.kind = kind;
    c.catalog_id = entry;
    c.name = name;
    c.group = group;
    c.ports = std::move(ports);
    return c;
}

Link link(const std::string& id, const std::string& a, const std::string& pa, const std::string& b, const std::string& pb) {
    Link l;
    l.id = id;
    l.a = {a, pa};
    l.b = {b, pb};
    return l;
}

double step_s(const Design& d) {
    const auto e = engine::training::evaluate_training(d, Catalog::builtin());
    REQUIRE(e.ok);
    return e.best.step_s;
}

} // namespace

TEST_CASE("fabric edit: a link to NDR 400 retypes both ends, the segment follows and the switch becomes an NDR switch", "[fabric]") {
    Design d = classroom();
    FabricChange ch;
    REQUIRE(set_link_fabric(d, Catalog::builtin(), "l5", kNdr400, &ch).empty());
    CHECK(port(d, "c1", "net") == kNdr400);
    CHECK(port(d, "c7", "ports") == kNdr400);
    CHECK(port(d, "c8", "net") == kNdr400); // the filer shares the switch's port group: it follows
    CHECK(d.component("c7")->catalog_id == "qm9700");
    CHECK(d.component("c7")->port("ports")->count == 64);
    CHECK(port(d, "c1", "pcie") == PortSpeed{{FabricFamily::PCIe, 4}, 256}); // other port groups untouched
    CHECK(ch.parts == 3);
    CHECK(ch.links == 2);
    for (const Link& l : d.links)
        CHECK(link_refusal(d.component(l.a.component)->port(l.a.port)->fabric, d.component(l.b.component)->port(l.b.port)->fabric).empty());
}

TEST_CASE("fabric edit: a speed change within a family changes only the link's two ends", "[fabric]") {
    Design d = classroom();
    const PortSpeed eth400{{FabricFamily::Ethernet, 0}, 400};
    REQUIRE(set_link_fabric(d, Catalog::builtin(), "l5", eth400).empty());
    CHECK(port(d, "c1", "net") == eth400);
    CHECK(port(d, "c8", "net") == kEth100); // compatible already: left alone
    CHECK(port(d, "c7", "ports") == eth400);
    CHECK(d.component("c7")->catalog_id == "sn4600c"); // no catalog switch sells 400 GbE ports: the part stays
}

TEST_CASE("fabric edit: a PCIe link cannot become Ethernet and the design is left unchanged", "[fabric]") {
    Design d = classroom();
    const Design before = d;
    const std::string why = set_link_fabric(d, Catalog::builtin(), "l1", kEth25);
    CHECK_THAT(why, Catch::Contains("PCIe 4.0 port and cannot carry Ethernet"));
    CHECK(d == before);
}

TEST_CASE("fabric edit: a camera's onboard Ethernet refuses InfiniBand with the part named", "[fabric]") {
    Design d;
    d.components.push_back(part("c1", ComponentKind::Camera, "cam", "Door camera", "", {{"eth", {FabricFamily::Ethernet, 0}, 1, 1}}));
    d.components.push_back(part("c2", ComponentKind::Switch, "sw", "Switch", "", {{"ports", {FabricFamily::Ethernet, 0}, 10, 24}}));
    d.links.push_back(link("l1", "c1", "eth", "c2", "ports"));
    const Design before = d;
    const std::string why = set_link_fabric(d, "l1", kNdr400);
    CHECK_THAT(why, Catch::Contains("'Door camera' port 'eth' is built-in Ethernet"));
    CHECK(d == before);
    CHECK(set_link_fabric(d, "l1", {{FabricFamily::Ethernet, 0}, 10}).empty()); // a speed correction is fine
}

TEST_CASE("fabric edit: choices come from the catalog and keys round-trip", "[fabric]") {
    const auto net = fabric_choices(Catalog::builtin(), {FabricFamily::Ethernet, 0});
    CHECK(std::find(net.begin(), net.end(), kNdr400) != net.end());
    CHECK(std::find(net.begin(), net.end(), kEth25) != net.end());
    CHECK(std::none_of(net.begin(), net.end(), [](const PortSpeed& s) { return s.fabric.family == FabricFamily::PCIe; }));
    const auto pcie = fabric_choices(Catalog::builtin(), {FabricFamily::PCIe, 4});
    CHECK(std::find(pcie.begin(), pcie.end(), PortSpeed{{FabricFamily::PCIe, 5}, 512}) != pcie.end());
    for (const auto& c : net) CHECK(choice_from_key(choice_key(c)) == c);
    CHECK(choice_key(kNdr400) == "infiniband@400");
    CHECK_FALSE(choice_from_key("infiniband@"));
    CHECK_FALSE(choice_from_key("token-ring@4"));
}

TEST_CASE("fabric edit: replacing 25 GbE with NDR 400 everywhere speeds up training across servers", "[fabric][engine]") {
    Design d = classroom(4);
    const double slow = step_s(d);
    FabricChange ch;
    REQUIRE(replace_fabric(d, Catalog::builtin(), kEth25, kNdr400, &ch).empty());
    CHECK(port(d, "c1", "net") == kNdr400);
    CHECK(d.component("c7")->catalog_id == "qm9700");
    CHECK(ch.links == 2);
    const ClusterView v = resolve_cluster(d, Catalog::builtin());
    CHECK(v.scale_out_protocol == "infiniband");
    CHECK(v.nic_GBps_per_accel == Approx(400 / 8.0 / 4)); // one cable per server is drawn
    CHECK(step_s(d) < slow * 0.9);
    Design none = classroom();
    CHECK_THAT(replace_fabric(none, Catalog::builtin(), {{FabricFamily::InfiniBand, 0}, 800}, kNdr400), Catch::Contains("no port carries"));
}

TEST_CASE("fabric edit: a NIC part placed in a server's node group and cabled counts as its scale-out ports", "[fabric][engine]") {
    Design d = classroom(4);
    const ClusterView before = resolve_cluster(d, Catalog::builtin());
    const double slow = step_s(d);
    d.components.push_back(
        part("c9", ComponentKind::Nic, "nic-ndr400-cx7", "NDR NIC", "g1", Catalog::builtin().default_ports("nic-ndr400-cx7")));
    d.components.push_back(part("c10", ComponentKind::Switch, "qm9700", "IB leaf", "", Catalog::builtin().default_ports("qm9700")));
    d.links.push_back(link("l7", "c9", "net", "c10", "ports"));
    const ClusterView after = resolve_cluster(d, Catalog::builtin());
    CHECK(before.nic_GBps_per_accel == Approx(25 / 8.0 / 4)); // one 25 GbE cable per server
    CHECK(after.nic_GBps_per_accel == Approx((25 + 400) / 8.0 / 4));
    CHECK(after.scale_out_link == "l7"); // the fastest cabled port leads
    CHECK(after.scale_out_protocol == "infiniband");
    CHECK(step_s(d) < slow * 0.9);
    // Two NICs drawn once (count 2) are two NICs' ports per server.
    d.component("c9")->count = 2;
    d.links.back().count = 2;
    CHECK(resolve_cluster(d, Catalog::builtin()).nic_GBps_per_accel == Approx((25 + 800) / 8.0 / 4));
}

TEST_CASE("fabric edit: replacing a part everywhere keeps links valid or refuses with the link named", "[fabric]") {
    Design d = classroom();
    FabricChange ch;
    REQUIRE(replace_part(d, Catalog::builtin(), "sn4600c", "qm9700", &ch).empty());
    CHECK(d.component("c7")->catalog_id == "qm9700");
    CHECK(d.component("c7")->name == "Lab switch"); // a name the user gave stays
    CHECK(port(d, "c1", "net") == kNdr400);
    CHECK(port(d, "c8", "net") == kNdr400);
    CHECK(ch.parts == 3);

    Design pod = format::load_design_file(testing::source_path("templates/dgx-h100-training-pod.ccd"));
    const Design before = pod;
    CHECK_THAT(replace_part(pod, Catalog::builtin(), "dgx-h100", "generic-gpu-server"), Catch::Contains("link l3 uses port 'storage'"));
    CHECK(pod == before);
    CHECK_THAT(replace_part(pod, Catalog::builtin(), "dgx-h100", "qm9700"), Catch::Contains("is a "));
    CHECK_THAT(replace_part(pod, Catalog::builtin(), "no-such-part", "qm9700"), Catch::Contains("no part is"));
}

TEST_CASE("fabric edit: NIC port groups are added from the catalog and removed with their links", "[fabric]") {
    Design d = classroom();
    std::string id;
    REQUIRE(add_nic_ports(d, Catalog::builtin(), "c1", "nic-ndr400-cx7", &id).empty());
    CHECK(id == "net2");
    CHECK(port(d, "c1", "net2") == kNdr400);
    CHECK_THAT(add_nic_ports(d, Catalog::builtin(), "c7", "nic-ndr400-cx7"), Catch::Contains("NICs go into servers"));
    CHECK(remove_port_group(d, "c1", "net") == 1); // l5 goes with it
    CHECK_FALSE(d.link("l5"));
    CHECK(remove_port_group(d, "c1", "net") == -1);
}

TEST_CASE("scenarios: one edit runs on every inactive scenario that has the item", "[fabric][scenarios]") {
    Design d = format::load_design_file(testing::source_path("templates/dgx-h100-training-pod.ccd"));
    REQUIRE(d.scenarios.size() == 2);
    int applied = 0;
    const auto edited = edit_inactive_scenarios(
        d,
        [](Design& x) {
            for (auto& g : x.groups)
                if (g.id == "g2") {
                    g.replicas = 13;
                    return true;
                }
            return false;
        },
        &applied);
    CHECK(applied == 2);
    for (const auto& s : edited)
        for (const auto& g : s.groups)
            if (g.id == "g2") CHECK(g.replicas == 13);
    CHECK(edited[0].name == d.scenarios[0].name);
    CHECK(edited[0].components == d.scenarios[0].components);
    const auto untouched = edit_inactive_scenarios(
        d, [](Design&) { return false; }, &applied);
    CHECK(applied == 0);
    CHECK(untouched == d.scenarios);
}

TEST_CASE("fabric edit: links a part change left without a compatible port are removed, others stay", "[fabric]") {
    Design d = classroom();
    d.component("c7")->ports = Catalog::builtin().default_ports("qm9700"); // the switch became InfiniBand by hand
    CHECK(remove_unlinkable_links(d, {"c7"}) == 2);                        // l5 and l6 joined it over Ethernet
    CHECK_FALSE(d.link("l5"));
    CHECK(d.link("l1")); // PCIe inside the server: untouched
    d.component("c1")->ports.clear();
    CHECK(remove_unlinkable_links(d, {"c8"}) == 0); // only links of the named parts are looked at
    CHECK(remove_unlinkable_links(d, {"c1"}) == 4);
}

TEST_CASE("fabric edit: every fabric choice on every link of every template leaves no link on a missing or incompatible port",
          "[fabric][edit]") {
    // Found by the GUI soak: swapping a switch for the catalog part that sells the
    // new fabric took that part's port ids, and links on the old ids dangled.
    const Catalog& cat = Catalog::builtin();
    int edits = 0;
    for (const auto& entry : std::filesystem::directory_iterator(CC_SOURCE_DIR "/templates")) {
        const Design base = format::load_design_file(entry.path().string());
        for (const Link& l : base.links) {
            const Port* p = base.component(l.a.component)->port(l.a.port);
            for (const PortSpeed& to : fabric_choices(cat, p->fabric)) {
                Design d = base;
                const std::string why = set_link_fabric(d, cat, l.id, to);
                INFO(entry.path().filename() << " " << l.id << " → " << describe(to) << ": " << why);
                if (!why.empty()) {
                    CHECK(format::write_design(d) == format::write_design(base)); // refused: untouched
                    continue;
                }
                ++edits;
                for (const Link& x : d.links) {
                    const Port* pa = d.component(x.a.component)->port(x.a.port);
                    const Port* pb = d.component(x.b.component)->port(x.b.port);
                    REQUIRE(pa);
                    REQUIRE(pb);
                    REQUIRE(link_refusal(pa->fabric, pb->fabric).empty());
                }
                CHECK_NOTHROW(format::read_design(format::write_design(d))); // and it loads again
            }
        }
    }
    CHECK(edits > 50);
}
