// Context parallelism as its own plan dimension, and FP8 training as modern
// stacks run it (linear layers in FP8, attention and LM head at 16 bits), with
// generations that have no fitted cases scaled by their measured GEMM reach.
#include "catalog/catalog.h"
#include "engine/training/compute_model.h"
#include "engine/training/plan_search.h"
#include "engine/training/step_model.h"
#include "format/design_format.h"
#include "model/design.h"
#include "test_support.h"
#include "test_training_support.h"
#include "util/diagnostic.h"
#include "validation/runner.h"
#include "validation/training_case.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace cc;
using namespace cc::engine::training;

namespace {

Hardware h100_like(double gpus) {
    Hardware hw = testing::a100_like(gpus);
    hw.peak_tflops = 989.5;
    hw.peak16_tflops = 989.5;
    hw.mem_bw_GBps = 3350;
    hw.generation = AcceleratorGeneration::Hopper;
    hw.scale_up_GBps = 450;
    hw.scale_out_GBps = 50;
    return hw;
}

Hardware h100_fp8(double gpus) {
    Hardware hw = h100_like(gpus);
    hw.peak_tflops = 1979;
    return hw;
}

Plan plan(int tp, int cp, int pp, int dp, int micro = 1) {
    Plan p;
    p.tp = tp;
    p.cp = cp;
    p.pp = pp;
    p.dp = dp;
    p.micro = micro;
    p.recompute = Recompute::Selective;
    p.zero = 1;
    p.sp = tp > 1;
    return p;
}

} // namespace

TEST_CASE("cp: a sequence split over cp GPUs keeps 1/cp of its activations and uses tp·cp·pp·dp GPUs", "[training][cp]") {
    const Calibration& cal = default_calibration();
    const Job j = testing::gpt_job(32, 4096, 65536, 128256, 64);
    const Hardware hw = h100_like(64);
    const StepResult one = evaluate_plan(j, hw, plan(8, 1, 1, 8), cal);
    const StepResult four = evaluate_plan(j, hw, plan(8, 4, 1, 2), cal);
    CHECK(four.gpus_used == 64);
    CHECK(four.samples_per_step == Approx(64)); // dp = 2 replicas × 32 micro-batches: cp adds no samples
    CHECK(four.mem.activations < one.mem.activations / 3.5);
    CHECK(four.t.cp_comm >= 0);
    CHECK(four.cp_total_s > 0);
    CHECK(four.t.cp_comm <= four.cp_total_s + 1e-12);
    CHECK(one.t.cp_comm == 0);
    // The parts still add up to the step.
    CHECK(four.t.sum() == Approx(four.step_s));
}

TEST_CASE("cp: the K/V exchange hides behind attention until the network is too slow", "[training][cp]") {
    const Calibration& cal = default_calibration();
    const Job j = testing::gpt_job(32, 4096, 131072, 128256, 16);
    Hardware fast = h100_like(64);
    Hardware slow = fast;
    slow.scale_up_GBps = 0.5;
    slow.scale_out_GBps = 0.5;
    const StepResult hidden = evaluate_plan(j, fast, plan(8, 8, 1, 1), cal);
    const StepResult exposed = evaluate_plan(j, slow, plan(8, 8, 1, 1), cal);
    CHECK(hidden.t.cp_comm < 0.05 * hidden.step_s);
    CHECK(exposed.t.cp_comm > hidden.t.cp_comm);
    CHECK(exposed.t.cp_comm > 0.1 * exposed.step_s);
}

TEST_CASE("cp: the plan search splits a long sequence that fits no GPU otherwise", "[training][cp]") {
    const Calibration& cal = default_calibration();
    const Job j = testing::gpt_job(32, 4096, 262144, 128256, 8);
    const SearchResult s = search_plans(j, h100_like(64), {}, cal, 3);
    REQUIRE_FALSE(s.ranked.empty());
    const StepResult& best = s.ranked.front().result;
    CHECK(best.mem.fits());
    CHECK(best.plan.cp > 1);
    CHECK_THAT(describe(best.plan), Catch::Contains("cp " + std::to_string(best.plan.cp)));
    // Short sequences never pay for it: no cp is tried below the threshold.
    const Job short_seq = testing::gpt_job(32, 4096, 4096, 128256, 64);
    for (const auto& r : search_plans(short_seq, h100_like(64), {}, cal, 5).ranked) CHECK(r.result.plan.cp == 1);
}

TEST_CASE("cp: a validation case's cp is folded into dp (SCHEMA 1.1) and must divide it", "[training][cp][validation]") {
    nlohmann::json c = nlohmann::json::parse(R"({
      "id": "cp-case", "kind": "training", "source": "test",
      "cluster": {"accelerator": "h100-sxm5-80gb", "count": 64, "per_node": 8, "scale_up": "nvlink4",
                  "scale_out_gbps_per_accel": 400},
      "model": {"name": "m", "arch": "decoder", "params": 8e9, "layers": 32, "hidden": 4096, "heads": 32,
                "kv_heads": 8, "ffn": 14336, "vocab": 128256, "seq_len": 65536},
      "precision": "bf16",
      "parallelism": {"tp": 4, "pp": 1, "dp": 16, "cp": 4},
      "batch": {"global": 16}, "expect": []})");
    const auto tc = validation::read_training_case(c, "/cases/0", Catalog::builtin());
    CHECK(*tc.constraints.cp == 4);
    CHECK(*tc.constraints.dp == 4);
    const Design d = validation::build_case_design(tc, Catalog::builtin());
    CHECK(std::get<TrainingWorkload>(d.workload.spec).parallelism.cp == 4);
    c["parallelism"]["cp"] = 3;
    try {
        (void)validation::read_training_case(c, "/cases/0", Catalog::builtin());
        FAIL("cp that does not divide dp was accepted");
    } catch (const InputError& e) {
        CHECK_THAT(std::string(e.what()), Catch::Contains("/cases/0/parallelism/cp"));
    }
}

TEST_CASE("cp: a fixed plan's cp round-trips through the file and is omitted at 1", "[training][cp][format]") {
    Design d = testing::small_design();
    testing::train_llama(d);
    auto& t = std::get<TrainingWorkload>(d.workload.spec);
    t.parallelism.automatic = false;
    t.parallelism.cp = 1;
    CHECK(format::write_design(d).find("\"cp\"") == std::string::npos);
    t.parallelism.cp = 4;
    const Design back = format::read_design(format::write_design(d));
    CHECK(std::get<TrainingWorkload>(back.workload.spec).parallelism.cp == 4);
}

TEST_CASE("fp8: linear layers run at the FP8 peak, attention and LM head at the 16-bit peak", "[training][fp8]") {
    const Calibration& cal = default_calibration();
    const Job bf16 = testing::gpt_job(32, 8192, 8192, 128256, 64);
    const Job fp8 = testing::gpt_job(32, 8192, 8192, 128256, 64, Precision::FP8);
    const ComputeRates r16 = compute_rates(bf16, h100_like(8), cal, 1);
    const ComputeRates r8 = compute_rates(fp8, h100_fp8(8), cal, 1);
    CHECK(r8.attention == Approx(r16.attention));
    CHECK(r8.head == Approx(r16.head));
    CHECK(r8.linear == Approx(r16.linear * 2 * cal.fp8_factor));
    // An FP8 GEMM moves half the bytes per FLOP-doubling: same size roll-off as 16-bit.
    CHECK(hidden_rolloff(h100_fp8(8), cal, Precision::FP8) == Approx(hidden_rolloff(h100_like(8), cal, Precision::BF16)));
}

TEST_CASE("fp8: a part without a published FP8 peak runs FP8 jobs at its 16-bit rate, without the FP8 factor", "[training][fp8]") {
    const Calibration& cal = default_calibration();
    Hardware hw = h100_like(8);
    hw.peak_at_precision = false; // FP8 requested, BF16 peak used
    const Job fp8 = testing::gpt_job(32, 8192, 8192, 128256, 64, Precision::FP8);
    const Job bf16 = testing::gpt_job(32, 8192, 8192, 128256, 64);
    CHECK_FALSE(low_precision_linear(fp8, hw));
    CHECK(compute_rates(fp8, hw, cal, 1).linear == Approx(compute_rates(bf16, h100_like(8), cal, 1).linear));
}

TEST_CASE("generations without fitted cases take Hopper's fraction scaled by measured GEMM reach", "[training][generation]") {
    const Calibration& cal = default_calibration();
    const Job j = testing::gpt_job(32, 8192, 8192, 128256, 64);
    Hardware hw = h100_like(8);
    for (auto [g, reach] :
         {std::pair{AcceleratorGeneration::Blackwell, cal.reach_blackwell}, std::pair{AcceleratorGeneration::Cdna3, cal.reach_cdna3},
          std::pair{AcceleratorGeneration::Gaudi2, cal.reach_gaudi2}, std::pair{AcceleratorGeneration::Gaudi3, cal.reach_gaudi3}}) {
        hw.generation = g;
        INFO(to_string(g));
        CHECK(generation_fraction(j, hw, cal) == Approx(cal.matmul_frac_hopper * reach.bf16 / cal.reach_hopper.bf16));
        CHECK(generation_fraction(j, hw, cal) != Approx(cal.matmul_frac_other));
        CHECK(low_precision_factor(g, cal) ==
              Approx(cal.fp8_factor * (reach.fp8 / reach.bf16) / (cal.reach_hopper.fp8 / cal.reach_hopper.bf16)));
    }
    CHECK(low_precision_factor(AcceleratorGeneration::Hopper, cal) == Approx(cal.fp8_factor));
}

TEST_CASE("fp8: a B200 trains an FP8 dense model well over twice as fast as an H100", "[training][fp8][generation]") {
    // Published FP8 runs show B200 ≈ 2–2.5× an H100 per GPU; the old unfitted default gave 1.3×.
    const Calibration& cal = default_calibration();
    const Job j = testing::gpt_job(80, 8192, 8192, 128256, 64, Precision::FP8, 28672);
    Hardware b200 = h100_fp8(8);
    b200.peak_tflops = 4500;
    b200.peak16_tflops = 2250;
    b200.mem_bw_GBps = 7700;
    b200.mem_GB = 180;
    b200.generation = AcceleratorGeneration::Blackwell;
    const double ratio = compute_rates(j, b200, cal, 1).linear / compute_rates(j, h100_fp8(8), cal, 1).linear;
    CHECK(ratio > 2.0);
    CHECK(ratio < 2.6);
}

TEST_CASE("attention: a causal decoder computes half the scores, an encoder all of them", "[training][attention]") {
    const Calibration& cal = default_calibration();
    Job decoder = testing::gpt_job(24, 4096, 8192, 51200, 64);
    Job encoder = decoder;
    encoder.causal = false;
    const ComputeRates d = compute_rates(decoder, h100_like(8), cal, 1);
    const ComputeRates e = compute_rates(encoder, h100_like(8), cal, 1);
    CHECK(d.attention_share == Approx(kCausalComputedShare));
    CHECK(e.attention_share == 1);
    CHECK(d.attention == Approx(989.5e12 * cal.attention_frac));
    const TokenFlops f = token_flops(decoder);
    CHECK(e.seconds(f, 24) - d.seconds(f, 24) == Approx(24 * f.attention * (1 - kCausalComputedShare) / d.attention));
}

TEST_CASE("mlp: narrow experts reach less of the peak than a wide MLP", "[training][moe]") {
    const Calibration& cal = default_calibration();
    Job wide = testing::gpt_job(24, 4096, 4096, 51200, 64, Precision::BF16, 14336);
    Job narrow = testing::gpt_job(24, 4096, 4096, 51200, 64, Precision::BF16, 768);
    const ComputeRates w = compute_rates(wide, h100_like(8), cal, 1);
    const ComputeRates n = compute_rates(narrow, h100_like(8), cal, 1);
    CHECK(w.mlp == Approx(w.linear));
    const double h0 = hidden_rolloff(h100_like(8), cal, Precision::BF16);
    CHECK(n.mlp == Approx(n.linear * (768 / (768 + h0)) / (4096 / (4096 + h0))));
    CHECK(n.mlp < 0.5 * n.linear);
}

TEST_CASE("pipeline: uneven splits are allowed and charge the busiest stage", "[training][pipeline]") {
    const Job j = testing::gpt_job(126, 4096, 4096, 51200, 64);
    Plan p = plan(8, 1, 16, 1);
    for (auto [v, layers] : {std::pair{1, 8}, std::pair{2, 8}, std::pair{3, 9}, std::pair{4, 8}}) {
        p.v = v;
        INFO("v " << v);
        CHECK(layers_per_stage(j, p) == layers);
    }
    // The search interleaves a pipeline whose stages do not divide the layers (Llama 3 405B: 126 layers, pp 16).
    PlanConstraints c;
    c.tp = 8;
    c.pp = 16;
    c.dp = 1;
    const SearchResult s = search_plans(j, h100_like(128), c, default_calibration(), 1);
    REQUIRE_FALSE(s.ranked.empty());
    CHECK(s.ranked.front().result.plan.v > 1);
}

TEST_CASE("explanation: an FP8 job on B200 says where its fractions come from", "[training][fp8][explain]") {
    nlohmann::json c = nlohmann::json::parse(R"({
      "id": "b200-fp8", "kind": "training", "source": "test",
      "cluster": {"accelerator": "b200-sxm-180gb", "count": 8, "per_node": 8, "scale_up": "nvlink5", "scale_out_gbps_per_accel": null},
      "model": {"name": "m", "arch": "decoder", "params": 8e9, "layers": 32, "hidden": 4096, "heads": 32,
                "kv_heads": 8, "ffn": 14336, "vocab": 128256, "seq_len": 8192},
      "precision": "fp8", "parallelism": {"tp": 1, "pp": 1, "dp": 8}, "batch": {"global": 64}, "expect": []})");
    const auto e = validation::evaluate_training_case_full(c, "/cases/0", Catalog::builtin(), true);
    REQUIRE(e.ok);
    const auto* eff = e.explanation.find("matmul_efficiency");
    REQUIRE(eff);
    CHECK_THAT(eff->formula, Catch::Contains("low-precision share"));
    bool reach = false, share = false;
    for (const auto& in : eff->inputs) {
        reach |= in.source.find("measured GEMM reach") != std::string::npos;
        share |= in.name.find("low-precision GEMM share") != std::string::npos;
    }
    CHECK(reach);
    CHECK(share);
}
