// Issue #4 goals: score a 1,000-component design whose groups replicate to
// 100,000 GPUs in ≤ 1 ms (×N is arithmetic, not expansion), a 200-point sweep in
// ≤ 20 ms, and the `auto` plan search for 16,384 GPUs in ≤ 100 ms.
#include "catalog/catalog.h"
#include "engine/training/sweep.h"
#include "engine/training/training_engine.h"
#include "synthetic_design.h"

#include <benchmark/benchmark.h>

namespace {

using namespace cc;
using namespace cc::engine::training;

// ~1,000 components in 166 racks ×19 replicas = 100,928 H100 GPUs, Llama 3 70B.
Design large_design(bool automatic) {
    Design d = testing::synthetic_training_design(1000, 19);
    TrainingWorkload w;
    w.model.library_id = "llama3-70b";
    w.precision = Precision::BF16;
    w.dataset_tokens = 15e12;
    w.global_batch = 16384;
    if (!automatic) {
        w.parallelism.automatic = false;
        w.parallelism.tp = 8;
        w.parallelism.pp = 4;
        w.parallelism.dp = 100928 / 32;
        w.parallelism.virtual_stages = 1;
        w.parallelism.zero = 1;
        w.parallelism.micro_batch = 1;
        w.parallelism.recompute = Recompute::Selective;
        w.parallelism.sequence_parallel = true;
    }
    d.workload.spec = w;
    return d;
}

Design pod_256() {
    Design d = testing::synthetic_training_design(6 * 16, 1);
    TrainingWorkload w;
    w.model.library_id = "llama3-70b";
    w.global_batch = 1024;
    w.dataset_tokens = 15e12;
    d.workload.spec = w;
    return d;
}

void BM_Score100kGpus_FixedPlan(benchmark::State& state) {
    const Design d = large_design(false);
    const Catalog& cat = Catalog::builtin();
    for (auto _ : state) benchmark::DoNotOptimize(evaluate_training(d, cat));
    state.counters["gpus"] = evaluate_training(d, cat).view.accelerators;
}
BENCHMARK(BM_Score100kGpus_FixedPlan)->Unit(benchmark::kMillisecond);

void BM_Score100kGpus_AutoPlan(benchmark::State& state) {
    const Design d = large_design(true);
    const Catalog& cat = Catalog::builtin();
    for (auto _ : state) benchmark::DoNotOptimize(evaluate_training(d, cat));
}
BENCHMARK(BM_Score100kGpus_AutoPlan)->Unit(benchmark::kMillisecond);

void BM_Sweep200Points(benchmark::State& state) {
    // 256 H100 (64 DGX), Llama 3 70B, auto plan, swept over 200 dataset sizes.
    const Design d = pod_256();
    const Catalog& cat = Catalog::builtin();
    SweepSpec s;
    s.axis = SweepAxis::Tokens;
    s.from = 1e11;
    s.to = 1e14;
    s.steps = 200;
    for (auto _ : state) benchmark::DoNotOptimize(sweep_training(d, cat, s));
}
BENCHMARK(BM_Sweep200Points)->Unit(benchmark::kMillisecond);

void BM_Sweep200Points_Batch(benchmark::State& state) {
    // Harder: every point re-runs the plan search (global batch changes the plans).
    const Design d = pod_256();
    const Catalog& cat = Catalog::builtin();
    SweepSpec s;
    s.axis = SweepAxis::Batch;
    s.from = 256;
    s.to = 8192;
    s.steps = 200;
    for (auto _ : state) benchmark::DoNotOptimize(sweep_training(d, cat, s));
}
BENCHMARK(BM_Sweep200Points_Batch)->Unit(benchmark::kMillisecond);

void BM_AutoSearch16kGpus(benchmark::State& state) {
    // 2,048 DGX H100 (16,384 GPUs), Llama 3 70B, every knob left to the search.
    Design d = testing::synthetic_training_design(6 * 512, 1);
    TrainingWorkload w;
    w.model.library_id = "llama3-70b";
    w.global_batch = 4096;
    w.dataset_tokens = 15e12;
    d.workload.spec = w;
    const Catalog& cat = Catalog::builtin();
    EvaluateOptions o;
    for (auto _ : state) benchmark::DoNotOptimize(evaluate_training(d, cat, o));
    const auto e = evaluate_training(d, cat, o);
    state.counters["gpus"] = e.view.accelerators;
    state.counters["plans"] = static_cast<double>(e.plans_considered);
}
BENCHMARK(BM_AutoSearch16kGpus)->Unit(benchmark::kMillisecond);

} // namespace
