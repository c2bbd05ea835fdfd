// Inference engine physics against hand-computed numbers (explicit calibration,
// so re-fitting the defaults does not change these expectations).
#include "engine/inference/llm_model.h"
#include "engine/inference/serving_engine.h"
#include "engine/inference/vision_model.h"

#include <catch2/catch.hpp>

using namespace cc;
using namespace cc::engine::inference;

namespace {

ServingCalibration test_cal() {
    ServingCalibration c;
    c.prefill_frac_16bit = 0.7;
    c.prefill_rolloff_16bit = 100;
    c.mem_bw_frac = 0.82;
    c.decode_overlap_penalty = 0.8;
    c.step_overhead_s = 0.0015;
    c.allreduce_latency_s = 5e-6;
    c.tp_busbw_frac = 0.7;
    c.runtime_reserve_GB = 3;
    c.kv_mem_frac = 0.9;
    return c;
}

// 10 B-parameter GQA decoder: 40 layers, hidden 5120, 40 heads, 8 KV heads (head_dim 128).
ServingSetup toy(int tp = 1) {
    ServingSetup s;
    s.hw.accelerator_id = "toy";
    s.hw.category = "datacenter-gpu";
    s.hw.peak_tflops = 1000;
    s.hw.mem_GB = 100;
    s.hw.mem_bw_GBps = 1000;
    s.hw.gpus = 8;
    s.hw.per_node = 8;
    s.hw.scale_up_id = "nvlink4";
    s.hw.scale_up_GBps = 450;
    s.hw.node_component = "c1";
    s.model.name = "toy";
    s.model.params = s.model.active_params = 10e9;
    s.model.layers = 40;
    s.model.hidden = 5120;
    s.model.heads = 40;
    s.model.kv_heads = 8;
    s.req.precision = s.req.weights_precision = s.req.kv_precision = Precision::FP16;
    s.req.input_tokens = 500;
    s.req.output_tokens = 500;
    s.req.tp = tp;
    return s;
}

} // namespace

TEST_CASE("inference: KV bytes per token follow the GQA shape, KV capacity bounds the batch") {
    const ServingCalibration cal = test_cal();
    const ServingSetup s = toy();
    const LlmModel m(s, cal);
    CHECK(m.kv_bytes_per_token() == Approx(2.0 * 40 * 8 * 128 * 2)); // 163,840 B
    CHECK(m.weight_bytes_per_gpu() == Approx(20e9));
    // (100 − 20 − 3) GB × 0.9 = 69.3 GB ÷ (1000 tokens × 163,840 B) = 422.97 → 422
    CHECK(m.max_batch(1000) == 422);
    const LlmModel m2(toy(2), cal); // tp 2 halves weights and KV per GPU
    CHECK(m2.max_batch(1000) == static_cast<int>((100e9 - 10e9 - 3e9) * 0.9 / (1000 * 163840.0 / 2)));
}

TEST_CASE("inference: decode step reads weights + KV, prefill is compute bound with a weights floor") {
    const ServingCalibration cal = test_cal();
    const ServingSetup s = toy();
    const LlmModel m(s, cal);
    const StepParts d = m.decode_step(1, 1000);
    CHECK(d.memory_s == Approx((20e9 + 1000 * 163840.0) / 820e9));              // 24.590 ms
    CHECK(d.compute_s == Approx((2 * 10e9 + 4.0 * 40 * 5120 * 1000) / 0.7e15)); // 29.7 µs
    CHECK(d.total_s == Approx(d.memory_s + 0.8 * d.compute_s + 0.0015));
    const StepParts p = m.prefill(1000, 1000);
    const double flops = 2 * 10e9 * 1000 + 2.0 * 40 * 5120 * 1000 * 1000;
    CHECK(p.compute_s == Approx(flops / (1e15 * 0.7 * 1000 / 1100))); // 32.07 ms
    CHECK(p.memory_s == Approx(20e9 / 820e9));
    CHECK(p.total_s == Approx(p.compute_s));
    // One token: the weights-read floor wins.
    CHECK(m.prefill(1, 1).total_s == Approx(20e9 / 820e9));
}

TEST_CASE("inference: tensor-parallel all-reduces cross the scale-up fabric") {
    const ServingCalibration cal = test_cal();
    const LlmModel m(toy(2), cal);
    const double one = 2 * 1 * 5e-6 + 2.0 * 1 / 2 * (5120 * 2.0) / (450e9 * 0.7);
    CHECK(m.tp_comm_s(1) == Approx(2 * 40 * one));
    CHECK(LlmModel(toy(1), cal).tp_comm_s(1) == 0);
}

TEST_CASE("inference: MoE reads only the experts a batch touches and computes active params") {
    const ServingCalibration cal = test_cal();
    ServingSetup s = toy();
    s.model.params = 46.7e9;
    s.model.active_params = 12.9e9;
    s.model.experts = 8;
    s.model.experts_active = 2;
    const LlmModel m(s, cal);
    const double b1 = m.decode_step(1, 100).memory_s, b64 = m.decode_step(64, 100).memory_s;
    CHECK(b1 < b64);
    CHECK(b1 * 820e9 < 0.5 * 46.7e9 * 2); // batch 1 reads well under the full weights
    CHECK(m.flops_per_token() == Approx(2 * 12.9e9));
}

TEST_CASE("inference: vision throughput from FLOPs per sample and class efficiency") {
    ServingCalibration cal = test_cal();
    cal.vision_frac_inference = 0.5;
    cal.launch_s = 0.2e-3;
    ServingSetup s;
    s.hw.category = "inference-gpu";
    s.hw.peak_tflops = 100;
    s.hw.mem_bw_GBps = 1000;
    s.hw.gpus = 1;
    s.model.llm = false;
    s.model.arch = "cnn";
    s.model.params = 25e6;
    s.model.gflops_per_sample = 4; // GMACs: 8 GFLOP
    s.req.weights_precision = Precision::INT8;
    const VisionModel v(s, cal);
    CHECK(v.flops_per_sample() == Approx(8e9));
    CHECK(v.sample_s() == Approx(8e9 / 50e12)); // 160 µs
    CHECK(v.batch_s(1) == Approx(0.2e-3 + 25e6 / 820e9 + 160e-6));
    CHECK(v.throughput_per_gpu(1000) == Approx(1000 / (0.2e-3 + 25e6 / 820e9 + 1000 * 160e-6)));
}

TEST_CASE("inference: single stream TTFT, TPOT and end-to-end add up") {
    ServingSetup s = toy();
    s.req.scenario = engine::inference::Scenario::SingleStream;
    EvaluateOptions opt;
    const ServingCalibration cal = test_cal();
    opt.calibration = &cal;
    const ServingResult r = evaluate_setup(s, opt);
    REQUIRE(r.ok);
    const LlmModel m(s, cal);
    CHECK(r.ttft_ms.mean == Approx(m.prefill(500, 500).total_s * 1e3));
    CHECK(r.tpot_ms.mean == Approx(m.decode_step(1, 750).total_s * 1e3));
    CHECK(r.e2e_ms.mean == Approx(r.ttft_ms.mean + 499 * r.tpot_ms.mean));
    CHECK(r.bottleneck.resource == Resource::MemoryBandwidth);
    CHECK(r.bottleneck.component == "c1");
    CHECK(r.explanation.find("decode_step_ms") != nullptr);
    CHECK(r.explanation.find("kv_max_batch") != nullptr);
}

TEST_CASE("inference: too large a model for memory is an error naming memory capacity") {
    ServingSetup s = toy();
    s.model.params = s.model.active_params = 60e9; // 120 GB at FP16 > 100 GB
    const ServingResult r = evaluate_setup(s);
    CHECK_FALSE(r.ok);
    CHECK(r.bottleneck.resource == Resource::MemoryCapacity);
}
