// Issue #3 goal: a 5,000-component design loads and saves in ≤ 150 ms.
#include "format/design_format.h"
#include "synthetic_design.h"

#include <benchmark/benchmark.h>
#include <nlohmann/json.hpp>

static void BM_Load5000(benchmark::State& state) {
    const std::string text = cc::format::write_design(cc::testing::synthetic_training_design(5000));
    for (auto _ : state) benchmark::DoNotOptimize(cc::format::read_design(text));
    state.counters["bytes"] = static_cast<double>(text.size());
}
BENCHMARK(BM_Load5000)->Unit(benchmark::kMillisecond);

static void BM_Save5000(benchmark::State& state) {
    const cc::Design d = cc::testing::synthetic_training_design(5000);
    for (auto _ : state) benchmark::DoNotOptimize(cc::format::write_design(d));
}
BENCHMARK(BM_Save5000)->Unit(benchmark::kMillisecond);

static void BM_LoadAndSave5000(benchmark::State& state) {
    const std::string text = cc::format::write_design(cc::testing::synthetic_training_design(5000));
    for (auto _ : state) benchmark::DoNotOptimize(cc::format::write_design(cc::format::read_design(text)));
}
BENCHMARK(BM_LoadAndSave5000)->Unit(benchmark::kMillisecond);

// The floor for load + save (issue 13): nlohmann/json parsing and dumping the same
// bytes, nothing of ours. tools/run-benchmarks prints LoadAndSave ÷ this (goal ≤ 2).
static void BM_Floor_JsonParseDump5000(benchmark::State& state) {
    const std::string text = cc::format::write_design(cc::testing::synthetic_training_design(5000));
    for (auto _ : state) benchmark::DoNotOptimize(nlohmann::json::parse(text).dump(2));
}
BENCHMARK(BM_Floor_JsonParseDump5000)->Unit(benchmark::kMillisecond);
