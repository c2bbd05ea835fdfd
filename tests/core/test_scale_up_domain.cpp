// Rack-scale NVLink domains (GB200/GB300 NVL72): a rack that declares one
// scale-up domain joins its trays into one NVLink island, per copy of the rack,
// up to the fabric's largest domain; collectives and the plan search use it and
// the explanation says where it came from.
#include "catalog/catalog.h"
#include "engine/training/training_engine.h"
#include "format/design_format.h"
#include "test_support.h"
#include "topology/cluster_view.h"

#include <catch2/catch.hpp>

#include <functional>

using namespace cc;
using testing::catalog_part;

namespace {

/// `racks` racks of `trays` 8-GPU NVLink-5 nodes, every node cabled to 8 leaf switches.
Design nvlink_racks(int racks, int trays, bool domain, const std::string& node = "dgx-b200") {
    Design d;
    d.title = "Rack-scale domain";
    Group rack{"g1", GroupKind::Rack, "NVL rack", "", racks, {}, {}};
    rack.scale_up_domain = domain;
    d.groups.push_back(rack);
    d.groups.push_back({"g2", GroupKind::Pod, "Leaves", "", 8, {}, {}});
    d.components.push_back(catalog_part("c1", ComponentKind::Node, node, "g1"));
    d.components.back().count = trays;
    d.components.push_back(catalog_part("c2", ComponentKind::Switch, "qm9700", "g2"));
    d.links.push_back({"l1", {"c1", "net"}, {"c2", "ports"}, 1, {}, {}});
    return d;
}

/// A fine-grained MoE (Qwen3-30B-A3B's shape): 128 experts, 8 active per token.
void train_fine_grained_moe(Design& d) {
    ModelShape m;
    m.name = "fine-grained MoE";
    m.arch = "moe-decoder";
    m.params = 30.5e9;
    m.active_params = 3.3e9;
    m.layers = 48;
    m.hidden = 2048;
    m.heads = 32;
    m.kv_heads = 4;
    m.ffn = 768;
    m.vocab = 151936;
    m.seq_len = 4096;
    m.experts = 128;
    m.experts_active = 8;
    TrainingWorkload t;
    t.model.custom = m;
    t.dataset_tokens = 1e12;
    t.global_batch = 1024;
    t.precision = Precision::BF16;
    d.workload.spec = t;
}

} // namespace

TEST_CASE("scale-up domain: a rack that declares one joins its trays, each copy of the rack on its own", "[topology][domain]") {
    const ClusterView plain = resolve_cluster(nvlink_racks(4, 9, false), Catalog::builtin());
    CHECK(plain.domain == 8);
    CHECK(plain.domain_origin.empty());
    const ClusterView rack = resolve_cluster(nvlink_racks(4, 9, true), Catalog::builtin());
    CHECK(rack.accelerators == 288);
    CHECK(rack.domain == 72);
    CHECK(rack.domain_origin.find("NVL rack") != std::string::npos);
    CHECK(rack.domain_origin.find("9 trays × 8 GPUs") != std::string::npos);
}

TEST_CASE("scale-up domain: capped by the fabric's largest domain, ignored (with a note) off NVLink", "[topology][domain]") {
    const ClusterView big = resolve_cluster(nvlink_racks(2, 12, true), Catalog::builtin());
    CHECK(big.domain == 72); // 96 GPUs in the rack, NVLink 5 switches join at most 72
    CHECK(big.domain_origin.find("capped at 72") != std::string::npos);
    const ClusterView pcie = resolve_cluster(nvlink_racks(2, 4, true, "pcie-2u-8x-l4"), Catalog::builtin());
    CHECK(pcie.domain <= 8);
    bool noted = false;
    for (const auto& n : pcie.notes) noted |= n.find("not NVLink: ignored") != std::string::npos;
    CHECK(noted);
}

TEST_CASE("scale-up domain: the flag round-trips through the file and is written only when set", "[format][domain]") {
    const Design d = nvlink_racks(2, 9, true);
    const std::string text = format::write_design(d);
    CHECK(text.find("\"scale_up_domain\": true") != std::string::npos);
    CHECK(format::read_design(text).groups.front().scale_up_domain);
    CHECK(format::write_design(nvlink_racks(2, 9, false)).find("scale_up_domain") == std::string::npos);
}

TEST_CASE("scale-up domain: an MoE model spreads its experts over the 72-GPU island and trains faster, and the explanation says why",
          "[training][domain]") {
    Design plain = nvlink_racks(4, 9, false), rack = nvlink_racks(4, 9, true);
    train_fine_grained_moe(plain);
    train_fine_grained_moe(rack);
    namespace tr = engine::training;
    const tr::TrainingEvaluation a = tr::evaluate_training(plain, Catalog::builtin());
    const tr::TrainingEvaluation b = tr::evaluate_training(rack, Catalog::builtin());
    REQUIRE(a.best.mem.fits());
    REQUIRE(b.best.mem.fits());
    CHECK(b.hw.domain == 72);
    CHECK(b.best.step_s < a.best.step_s);
    // A visibly different plan: expert (and tensor) groups wider than one 8-GPU node, kept on NVLink.
    CHECK(b.best.plan != a.best.plan);
    CHECK(b.best.plan.ep * b.best.plan.tp > 8);
    const engine::Explanation e = tr::explain(b, rack.workload.assumptions, tr::default_calibration());
    bool named = false;
    std::function<void(const engine::Explanation&)> walk = [&](const engine::Explanation& x) {
        for (const auto& in : x.inputs) named |= in.source.find("NVLink domain of rack NVL rack") != std::string::npos;
        for (const auto& c : x.children) walk(c);
    };
    walk(e);
    CHECK(named);
}

TEST_CASE("scale-up domain: NVL72 trays in a rack that does not declare the domain say so and stay a 4-GPU island", "[topology][domain]") {
    const ClusterView v = resolve_cluster(nvlink_racks(2, 18, false, "gb200-nvl72-tray"), Catalog::builtin());
    CHECK(v.domain == 4);
    bool hinted = false;
    for (const auto& n : v.notes) hinted |= n.find("72-GPU NVLink domain only in a rack that declares it") != std::string::npos;
    CHECK(hinted);
    const ClusterView declared = resolve_cluster(nvlink_racks(2, 18, true, "gb200-nvl72-tray"), Catalog::builtin());
    CHECK(declared.domain == 72);
    for (const auto& n : declared.notes) CHECK(n.find("only in a rack that declares it") == std::string::npos);
}
