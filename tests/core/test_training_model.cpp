// Unit tests of the training engine's pieces against hand-computed values:
// memory per GPU, collective times, FLOP counts, the step breakdown and plan search.
#include "engine/training/collectives.h"
#include "engine/training/compute_model.h"
#include "engine/training/memory_model.h"
#include "engine/training/plan_search.h"
#include "engine/training/step_model.h"
#include "test_training_support.h"

#include <catch2/catch.hpp>

using namespace cc;
using namespace cc::engine::training;
using cc::testing::a100_like;
using cc::testing::gpt_job;

TEST_CASE("training memory: weights, gradients and optimizer states by ZeRO stage", "[training][memory]") {
    const Job j = gpt_job(24, 2048, 2048, 51200, 512);
    const Hardware hw = a100_like(64);
    const Calibration& cal = default_calibration();
    Plan p;
    p.dp = 8;
    const double P = params_per_gpu(j, p);
    CHECK(P == Approx(j.params)); // no model parallelism: the whole model on every GPU
    Memory m = memory_per_gpu(j, p, hw, cal);
    CHECK(m.weights == Approx(2 * P));    // bf16 weights
    CHECK(m.grads == Approx(2 * P));      // bf16 gradients
    CHECK(m.optimizer == Approx(12 * P)); // fp32 master + two Adam moments
    p.zero = 1;
    m = memory_per_gpu(j, p, hw, cal);
    CHECK(m.optimizer == Approx(12 * P / 8));
    CHECK(m.grads == Approx(2 * P));
    p.zero = 3;
    m = memory_per_gpu(j, p, hw, cal);
    CHECK(m.weights == Approx(2 * P / 8));
    CHECK(m.grads == Approx(2 * P / 8));
    CHECK(m.reserve == Approx(cal.runtime_reserve_GB * 1e9));
    CHECK(m.capacity == Approx(80e9));
}

TEST_CASE("training memory: tensor and pipeline slices of the parameters", "[training][memory]") {
    const Job j = gpt_job(32, 4096, 2048, 50000, 512);
    Plan p;
    p.tp = 4;
    p.pp = 4;
    // The busiest stage: 8 layers of 12·h² plus the embedding (V·h), split over tp.
    const double h = 4096;
    CHECK(params_per_gpu(j, p) == Approx((8 * 12 * h * h + 50000 * h) / 4));
}

TEST_CASE("training memory: activations follow Korthikanti et al. 2022", "[training][memory]") {
    const Job j = gpt_job(24, 2048, 2048, 51200, 512);
    const double s = 2048, b = 2, h = 2048, a = 16;
    Plan p;
    p.micro = 2;
    p.recompute = Recompute::None;
    CHECK(layer_activation_bytes(j, p) == Approx(s * b * h * (34 + 5 * a * s / h)));
    p.tp = 8;
    p.sp = true;
    CHECK(layer_activation_bytes(j, p) == Approx(s * b * h * (34 + 5 * a * s / h) / 8));
    p.recompute = Recompute::Full;
    p.sp = false;
    CHECK(layer_activation_bytes(j, p) == Approx(2 * s * b * h));

    // 1F1B keeps p micro-batches in flight on the first stage; interleaving adds (p−1)/(p·v).
    const Hardware hw = a100_like(64);
    Plan pp;
    pp.pp = 4;
    pp.dp = 2;
    pp.micro = 1;
    pp.recompute = Recompute::Selective;
    const double per_layer = layer_activation_bytes(j, pp);
    const double logits = 4.0 * 2048 * 1 * 51200;
    const Memory m1 = memory_per_gpu(j, pp, hw, default_calibration());
    CHECK(m1.activations == Approx(per_layer * 6 * 4 + logits));
    pp.v = 2;
    const Memory m2 = memory_per_gpu(j, pp, hw, default_calibration());
    CHECK(m2.activations == Approx(per_layer * 6 * 4 * (1 + 3.0 / 8) + logits));
}

TEST_CASE("training collectives: hierarchical ring all-reduce, latency and bandwidth terms", "[training][comm]") {
    const Hardware hw = a100_like(16);
    const Calibration& cal = default_calibration();
    const double bytes = 1e9;
    const CommTime t = all_reduce(bytes, {16, 8}, hw, cal);
    const double up = 300e9 * cal.busbw_frac_scale_up, out = 25e9 * cal.busbw_frac_scale_out;
    CHECK(t.scale_up_s == Approx(2 * 7.0 / 8 * bytes / up));
    CHECK(t.scale_out_s == Approx(2 * 1.0 / 2 * (bytes / 8) / out)); // each GPU's rail carries 1/8 of the buffer
    CHECK(t.latency_s == Approx(14 * cal.step_latency_scale_up_us * 1e-6 + 2 * cal.step_latency_ib_us * 1e-6));
    CHECK(t.total() == Approx(t.scale_up_s + t.scale_out_s + t.latency_s));
    // One rank: nothing to do. All-gather moves half the bytes of an all-reduce.
    CHECK(all_reduce(bytes, {1, 1}, hw, cal).total() == 0);
    const CommTime g = all_gather(bytes, {8, 8}, hw, cal);
    CHECK(g.bandwidth_s == Approx(7.0 / 8 * bytes / up));
    CHECK(all_reduce(bytes, {8, 8}, hw, cal).bandwidth_s == Approx(2 * g.bandwidth_s));
    // Ethernet steps cost more latency than InfiniBand ones.
    Hardware eth = hw;
    eth.scale_out_protocol = "ethernet";
    CHECK(scale_out_step_latency_s(eth, cal) > scale_out_step_latency_s(hw, cal));
}

TEST_CASE("training FLOPs: 6·N·tokens and Megatron's hardware FLOPs with recompute", "[training][flops]") {
    const Job j = gpt_job(96, 12288, 2048, 51200, 1536);
    CHECK(model_flops_per_sample(j) == Approx(6 * j.params * 2048));
    const double l = 96, h = 12288, s = 2048, V = 51200;
    const double megatron = 96 * s * l * h * h * (1 + s / (6 * h) + V / (16 * l * h));
    CHECK(hardware_flops_per_sample(j, Recompute::Full) == Approx(megatron).epsilon(0.002));
    CHECK(hardware_flops_per_sample(j, Recompute::None) < hardware_flops_per_sample(j, Recompute::Selective));
}

TEST_CASE("training step: the breakdown sums to the step time", "[training][step]") {
    const Job j = gpt_job(96, 12288, 2048, 51200, 1536);
    Hardware hw = a100_like(1536);
    hw.storage_GBps = 50;
    Plan p;
    p.tp = 8;
    p.pp = 12;
    p.dp = 16;
    p.v = 2;
    p.recompute = Recompute::Full;
    const StepResult r = evaluate_plan(j, hw, p, default_calibration());
    CHECK(r.step_s == Approx(r.t.sum()));
    CHECK(r.t.bubble == Approx(11.0 / (2 * r.microbatches) * (r.t.forward + r.t.backward + r.t.recompute + r.t.tp_comm + r.t.ep_comm)));
    CHECK(r.t.backward == Approx(2 * r.t.forward));
    CHECK(r.microbatches == 96);
    CHECK(r.samples_per_s == Approx(1536 / r.step_s));
    CHECK(r.mfu == Approx(r.model_tflops_per_gpu / 312));
}

TEST_CASE("training plan search: never prefers a plan that does not fit", "[training][search]") {
    // 175B on 64 A100-80GB: small plans do not fit, the search must find ones that do.
    const Job j = gpt_job(96, 12288, 2048, 51200, 256);
    const Hardware hw = a100_like(64);
    const SearchResult s = search_plans(j, hw, {}, default_calibration(), 10);
    REQUIRE(!s.ranked.empty());
    REQUIRE(s.fitting > 0);
    CHECK(s.ranked.front().result.mem.fits());
    bool seen_nofit = false;
    for (const auto& rp : s.ranked) {
        if (!rp.result.mem.fits()) seen_nofit = true;
        else CHECK_FALSE(seen_nofit); // fitting plans always rank first
    }
    for (std::size_t i = 1; i < s.ranked.size(); ++i) CHECK_FALSE(s.ranked[i].why_loses.empty());
    // Tensor parallelism stays inside the NVLink domain.
    for (const auto& rp : s.ranked) CHECK(rp.result.plan.tp <= hw.domain);
}
