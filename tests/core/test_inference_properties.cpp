// Invariants of the inference engine: finite non-negative outputs, latency never
// decreases as load rises, more bandwidth never slows decode, more memory never
// lowers the KV batch, p99 ≥ p50; SLO sizing grows with load and meets targets.
#include "engine/inference/llm_model.h"
#include "engine/inference/serving_engine.h"
#include "engine/inference/sweeps.h"

#include <catch2/catch.hpp>

#include <cmath>

using namespace cc;
using namespace cc::engine::inference;

namespace {

ServingSetup llama70b_h100(int gpus, int tp) {
    const Catalog& cat = Catalog::builtin();
    ServingSetup s;
    s.hw = hardware_from_catalog(*cat.accelerator("h100-sxm5-80gb"), cat.fabric("nvlink4"), gpus, 8, Precision::FP8, "");
    s.hw.node_component = "c1";
    ModelShape m;
    m.name = "llama-70b";
    m.params = 70e9;
    m.layers = 80;
    m.hidden = 8192;
    m.heads = 64;
    m.kv_heads = 8;
    s.model = serving_model_of(m);
    s.req.precision = s.req.weights_precision = s.req.kv_precision = Precision::FP8;
    s.req.input_tokens = 1024;
    s.req.output_tokens = 256;
    s.req.tp = tp;
    s.req.scenario = engine::inference::Scenario::Server;
    return s;
}

bool finite_nonneg(double v) { return std::isfinite(v) && v >= 0; }

void check_percentiles(const Percentiles& p) {
    CHECK(finite_nonneg(p.mean));
    CHECK(finite_nonneg(p.p50));
    CHECK(p.p90 >= p.p50 - 1e-9);
    CHECK(p.p99 >= p.p90 - 1e-9);
}

} // namespace

TEST_CASE("inference properties: outputs finite and non-negative, p99 ≥ p50, across scenarios and loads") {
    for (engine::inference::Scenario sc : {engine::inference::Scenario::Offline, engine::inference::Scenario::Server,
                                           engine::inference::Scenario::SingleStream, engine::inference::Scenario::Concurrency})
        for (double rate : {0.1, 1.0, 5.0, 20.0, 200.0})
            for (int tp : {2, 4, 8}) {
                ServingSetup s = llama70b_h100(8, tp);
                s.req.scenario = sc;
                s.req.rate_per_s = rate;
                s.req.concurrency = static_cast<int>(rate * 4) + 1;
                const ServingResult r = evaluate_setup(s);
                REQUIRE(r.ok);
                check_percentiles(r.ttft_ms);
                check_percentiles(r.tpot_ms);
                check_percentiles(r.e2e_ms);
                CHECK(finite_nonneg(r.output_tokens_per_s));
                CHECK(finite_nonneg(r.energy_per_1000_tokens_Wh));
                CHECK(r.ttft_ms.p99 >= r.ttft_ms.p50);
            }
}

TEST_CASE("inference properties: latency never decreases as offered load rises (with the knee)") {
    const ServingSetup s = llama70b_h100(8, 2);
    const Sweep sw = sweep_serving(s, ServingSweepAxis::Rate, 0.05, 60, 200);
    REQUIRE(sw.points.size() == 200);
    for (std::size_t i = 1; i < sw.points.size(); ++i) {
        CHECK(sw.points[i].ttft_p99_ms >= sw.points[i - 1].ttft_p99_ms - 1e-6);
        CHECK(sw.points[i].ttft_p50_ms >= sw.points[i - 1].ttft_p50_ms - 1e-6);
        CHECK(sw.points[i].latency_p99_ms >= sw.points[i - 1].latency_p99_ms - 1e-6);
        CHECK(sw.points[i].tpot_ms >= sw.points[i - 1].tpot_ms - 1e-9);
    }
    REQUIRE(sw.knee_x);
    CHECK(sw.points.back().overloaded);
    CHECK(sw.points.back().bottleneck == Resource::Queueing);
}

TEST_CASE("inference properties: more memory bandwidth never slows decode, more memory never lowers the KV batch") {
    ServingSetup s = llama70b_h100(2, 2);
    const ServingCalibration& cal = default_serving_calibration();
    double prev_step = 1e9;
    int prev_batch = 0;
    for (double bw = 500; bw <= 8000; bw += 500) {
        s.hw.mem_bw_GBps = bw;
        const LlmModel m(s, cal);
        const double step = m.decode_step(64, 1500).total_s;
        CHECK(step <= prev_step + 1e-12);
        prev_step = step;
    }
    for (double mem = 80; mem <= 400; mem += 20) {
        s.hw.mem_GB = mem;
        const LlmModel m(s, cal);
        CHECK(m.max_batch(1280) >= prev_batch);
        prev_batch = m.max_batch(1280);
    }
}

TEST_CASE("inference properties: throughput grows with concurrency until the KV cache is full") {
    const ServingSetup s = llama70b_h100(2, 2);
    const Sweep sw = sweep_serving(s, ServingSweepAxis::Concurrency, 1, 2000, 40);
    for (std::size_t i = 1; i < sw.points.size(); ++i)
        CHECK(sw.points[i].output_tokens_per_s >= sw.points[i - 1].output_tokens_per_s * (1 - 1e-9));
    CHECK(sw.points.back().bottleneck == Resource::KvCapacity);
}

TEST_CASE("inference: SLO sizing meets the targets and grows with load") {
    const ServingSetup s = llama70b_h100(8, 4);
    double prev = 0;
    for (double rate : {1.0, 5.0, 20.0, 80.0}) {
        const SloSizing z = size_for_slo(s, rate, 2000.0, 60.0);
        REQUIRE(z.feasible);
        CHECK(z.ttft_p99_ms <= 2000.0);
        CHECK(z.tpot_ms <= 60.0);
        CHECK(z.gpus >= prev);
        CHECK(std::fmod(z.gpus, 4.0) == 0);
        prev = z.gpus;
    }
    // A TPOT below what batch 1 reaches cannot be bought with replicas.
    const SloSizing no = size_for_slo(s, 1.0, std::nullopt, 1.0);
    CHECK_FALSE(no.feasible);
    CHECK(no.reason.find("batch 1") != std::string::npos);
}

TEST_CASE("inference properties: vision latency never decreases as load rises, p99 ≥ p50") {
    const Catalog& cat = Catalog::builtin();
    ServingSetup s;
    s.hw = hardware_from_catalog(*cat.accelerator("l4-24gb"), nullptr, 4, 4, Precision::INT8, "");
    ModelShape m;
    m.name = "resnet";
    m.arch = "cnn";
    m.params = 25.6e6;
    m.gflops_per_sample = 4.1;
    s.model = serving_model_of(m);
    s.req.precision = s.req.weights_precision = Precision::INT8;
    s.req.end_to_end = false;
    const Sweep sw = sweep_serving(s, ServingSweepAxis::Rate, 100, 80000, 200);
    for (std::size_t i = 1; i < sw.points.size(); ++i) {
        CHECK(sw.points[i].latency_p99_ms >= sw.points[i - 1].latency_p99_ms - 1e-9);
        CHECK(sw.points[i].latency_p50_ms >= sw.points[i - 1].latency_p50_ms - 1e-9);
        CHECK(sw.points[i].latency_p99_ms >= sw.points[i].latency_p50_ms);
        CHECK(std::isfinite(sw.points[i].latency_p99_ms));
    }
    CHECK(sw.points.back().overloaded);
}
