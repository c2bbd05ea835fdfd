// ZeRO-3 under PyTorch FSDP (torchtitan's FSDP2, FSDP1): layer i+1's parameters
// are gathered while layer i computes, so only one layer's worth of the
// traffic waits (and what outlasts the compute); other stacks keep the fitted
// share of the window (DeepSpeed ZeRO-3 as measured in 2021).
#include "catalog/catalog.h"
#include "catalog/model_library.h"
#include "engine/training/job.h"
#include "engine/training/memory_model.h"
#include "engine/training/step_model.h"
#include "test_support.h"
#include "topology/cluster_view.h"

#include <catch2/catch.hpp>

using namespace cc;
namespace tr = cc::engine::training;

namespace {
tr::StepResult zero3_step(std::optional<Stack> stack, int units) {
    Design d = testing::scalable_units(units);
    TrainingWorkload w = std::get<TrainingWorkload>(d.workload.spec);
    w.stack = stack;
    const ModelShape* m = resolve_model(w.model);
    REQUIRE(m);
    const tr::Job j = tr::resolve_job(w, *m);
    const ClusterView v = resolve_cluster(d, Catalog::builtin());
    const tr::Hardware hw = tr::hardware_of(v, w.precision);
    tr::Plan p;
    p.dp = static_cast<int>(hw.accelerators);
    p.zero = 3;
    p.micro = 1;
    p.recompute = Recompute::Selective;
    return tr::evaluate_plan(j, hw, p, tr::default_calibration());
}
} // namespace

TEST_CASE("FSDP prefetch: a torchtitan ZeRO-3 step hides all but one layer's gathers behind compute", "[training][fsdp]") {
    const tr::StepResult fitted = zero3_step(std::nullopt, 2); // 64 H100s
    const tr::StepResult fsdp = zero3_step(Stack::TorchTitan, 2);
    REQUIRE(fsdp.dp_total_s == Approx(fitted.dp_total_s)); // the same traffic
    CHECK(fsdp.t.dp_exposed < fitted.t.dp_exposed);
    const double window = fsdp.t.forward + fsdp.t.backward + fsdp.t.recompute;
    const double one_layer = fsdp.dp_total_s / 32; // Llama 3 8B: 32 layers, one stage
    CHECK(fsdp.t.dp_exposed == Approx(std::max(one_layer, fsdp.dp_total_s - window)));
    CHECK(zero3_step(Stack::PyTorch, 2).t.dp_exposed == Approx(fsdp.t.dp_exposed));
    CHECK(zero3_step(Stack::DeepSpeed, 2).t.dp_exposed == Approx(fitted.t.dp_exposed));
}

TEST_CASE("MoE memory: only the MoE layers' routed experts are split over expert parallelism (DeepSeek-V3: 58 of 61)",
          "[training][memory][moe]") {
    ModelRef ref;
    ref.library_id = "deepseek-v3";
    const ModelShape* m = resolve_model(ref);
    REQUIRE(m);
    REQUIRE(m->moe_layers.value_or(0) == 58);
    TrainingWorkload w;
    w.model = ref;
    const tr::Job j = tr::resolve_job(w, *m);
    tr::Plan p;
    p.ep = 32;
    // 671 B in all, 58 layers × 256 experts × 3 × 7168 × 2048 routed: 17 B stay whole, 654 B split 32 ways.
    const double routed = 58.0 * 256 * 3 * 7168 * 2048;
    CHECK(tr::params_per_gpu(j, p) == Approx(m->params - routed + routed / 32).epsilon(0.01));
    CHECK(tr::params_per_gpu(j, p) > 30e9);
}
