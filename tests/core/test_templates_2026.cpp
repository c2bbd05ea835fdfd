// The templates of the 2026 generation (issue 15, item 8): the two NVL72
// templates run on the 72-GPU NVLink island their rack declares, the HGX B300
// and MI355X clusters on 8-GPU nodes, and every one of them evaluates.
#include "catalog/catalog.h"
#include "engine/inference/serving_engine.h"
#include "engine/training/training_engine.h"
#include "format/design_format.h"
#include "test_support.h"
#include "topology/cluster_view.h"

#include <catch2/catch.hpp>

using namespace cc;
namespace tr = cc::engine::training;
namespace inf = cc::engine::inference;

namespace {

Design load(const std::string& name) { return format::load_design_file(testing::source_path("templates/" + name + ".ccd")); }

/// Trains the template's workload and requires a timed plan with a sensible MFU.
tr::TrainingEvaluation trained(const Design& d) {
    const tr::TrainingEvaluation ev = tr::evaluate_training(d, Catalog::builtin());
    INFO(ev.error);
    REQUIRE(ev.ok);
    REQUIRE(ev.fits);
    CHECK(ev.best.step_s > 0);
    CHECK(ev.best.mfu > 0.15);
    CHECK(ev.best.mfu < 0.6);
    return ev;
}

} // namespace

TEST_CASE("templates 2026: the GB200 NVL72 pod trains DeepSeek-V3 on 72-GPU NVLink islands, one per rack", "[templates][domain]") {
    const Design d = load("gb200-nvl72-training-pod");
    const ClusterView v = resolve_cluster(d, Catalog::builtin());
    CHECK(v.accelerators == 576);
    CHECK(v.domain == 72);
    CHECK(v.domain_origin.find("18 trays × 4 GPUs") != std::string::npos);
    const tr::TrainingEvaluation ev = trained(d);
    CHECK(ev.hw.domain == 72);
    CHECK(ev.best.plan.ep > 8); // experts spread wider than one 8-GPU node would allow on NVLink
}

TEST_CASE("templates 2026: the GB300 NVL72 rack serves DeepSeek-V3 from one 72-GPU domain within its targets", "[templates][domain]") {
    const Design d = load("gb300-nvl72-serving-rack");
    const ClusterView v = resolve_cluster(d, Catalog::builtin());
    CHECK(v.accelerators == 72);
    CHECK(v.domain == 72);
    inf::EvaluateOptions opt;
    opt.explain = false;
    const inf::ServingResult r = inf::evaluate_serving(d, Catalog::builtin(), opt);
    INFO(r.error);
    REQUIRE(r.ok);
    CHECK(r.requests_per_s > 0);
    CHECK(r.requests_per_s < r.capacity_requests_per_s); // the offered load is below saturation
    CHECK(r.ttft_ms.p99 < 2000.0);
    CHECK(r.tpot_ms.mean < 50.0);
}

TEST_CASE("templates 2026: the HGX B300 cluster keeps its NVLink domain at one 8-GPU node and trains", "[templates][domain]") {
    const Design d = load("hgx-b300-cluster");
    const ClusterView v = resolve_cluster(d, Catalog::builtin());
    CHECK(v.accelerators == 256);
    CHECK(v.domain == 8);
    CHECK(v.domain_origin.empty());
    const tr::TrainingEvaluation ev = trained(d);
    CHECK(ev.hw.domain == 8);
    CHECK(ev.best.plan.tp <= 8);
}

TEST_CASE("templates 2026: the MI355X cluster scales up to 8 GPUs per platform and trains", "[templates][domain]") {
    const Design d = load("mi355x-cluster");
    const ClusterView v = resolve_cluster(d, Catalog::builtin());
    CHECK(v.accelerators == 256);
    CHECK(v.domain == 8);
    const tr::TrainingEvaluation ev = trained(d);
    CHECK(ev.hw.domain == 8);
}
