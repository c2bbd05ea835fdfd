// Issue #3 goal: check() on a 5,000-component design in ≤ 5 ms (it runs on every edit).
#include "report/bom.h"
#include "rules/check.h"
#include "synthetic_design.h"

#include <benchmark/benchmark.h>

static void BM_Check5000(benchmark::State& state) {
    const cc::Design d = cc::testing::synthetic_training_design(5000);
    cc::Catalog::builtin();
    for (auto _ : state) benchmark::DoNotOptimize(cc::check(d));
}
BENCHMARK(BM_Check5000)->Unit(benchmark::kMillisecond);

static void BM_Bom5000(benchmark::State& state) {
    const cc::Design d = cc::testing::synthetic_training_design(5000);
    for (auto _ : state) benchmark::DoNotOptimize(cc::bill_of_materials(d));
}
BENCHMARK(BM_Bom5000)->Unit(benchmark::kMillisecond);
