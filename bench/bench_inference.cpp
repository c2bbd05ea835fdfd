// Inference engine speed goals: evaluate a 1,000-component serving design
// ≤ 1 ms; a 200-point latency-vs-load sweep ≤ 20 ms; SLO sizing ≤ 20 ms.
#include "catalog/catalog.h"
#include "engine/inference/serving_engine.h"
#include "engine/inference/sweeps.h"
#include "synthetic_design.h"

#include <benchmark/benchmark.h>

using namespace cc;
using namespace cc::engine::inference;

namespace {

// The synthetic 1,000-component DGX design with a Llama 3 70B serving workload.
Design serving_design() {
    Design d = testing::synthetic_training_design(1000, 4);
    ServingWorkload w;
    w.model.library_id = "llama3-70b";
    w.precision = Precision::FP8;
    w.input_tokens = 2048;
    w.output_tokens = 256;
    w.request_rate_per_s = 200;
    w.ttft_p99_target_ms = 2000;
    w.tpot_target_ms = 50;
    d.workload.spec = w;
    return d;
}

void BM_EvaluateServing1000(benchmark::State& st) {
    const Design d = serving_design();
    const Catalog& cat = Catalog::builtin();
    for (auto _ : st) {
        ServingResult r = evaluate_serving(d, cat);
        benchmark::DoNotOptimize(r.ttft_ms.p99);
    }
    st.SetLabel(std::to_string(d.components.size()) + " components");
}
BENCHMARK(BM_EvaluateServing1000)->Unit(benchmark::kMicrosecond);

void BM_LatencyVsLoadSweep200(benchmark::State& st) {
    const auto s = serving_setup(serving_design(), Catalog::builtin());
    for (auto _ : st) {
        Sweep sw = sweep_serving(*s, ServingSweepAxis::Rate, 1, 2000, 200);
        benchmark::DoNotOptimize(sw.knee_x);
    }
}
BENCHMARK(BM_LatencyVsLoadSweep200)->Unit(benchmark::kMillisecond);

void BM_SloSizing(benchmark::State& st) {
    const auto s = serving_setup(serving_design(), Catalog::builtin());
    for (auto _ : st) {
        SloSizing z = size_for_slo(*s, 500, 2000.0, 50.0);
        benchmark::DoNotOptimize(z.gpus);
    }
}
BENCHMARK(BM_SloSizing)->Unit(benchmark::kMillisecond);

} // namespace
