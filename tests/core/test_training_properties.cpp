// Invariants of the training engine over thousands of random jobs, machines and
// plans (seeded, so a failure reproduces): finite non-negative outputs, parts
// that sum to the step, monotone response to bandwidth and GPU speed, a memory
// verdict that agrees with the memory numbers, and plan search that never
// chooses a plan that does not fit when one does.
#include "catalog/catalog.h"
#include "engine/training/compute_model.h"
#include "engine/training/plan_search.h"
#include "engine/training/step_model.h"
#include "engine/training/training_engine.h"
#include "test_training_support.h"
#include "validation/training_case.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <random>

using namespace cc;
using namespace cc::engine::training;

namespace {

struct Rng {
    std::mt19937_64 g;
    explicit Rng(unsigned long long seed) : g(seed) {}
    int pick(std::initializer_list<int> v) { return *(v.begin() + std::uniform_int_distribution<std::size_t>(0, v.size() - 1)(g)); }
    double range(double lo, double hi) { return std::exp(std::uniform_real_distribution<double>(std::log(lo), std::log(hi))(g)); }
    int between(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(g); }
    bool coin() { return std::uniform_int_distribution<int>(0, 1)(g) == 1; }
};

Job random_job(Rng& r) {
    const Precision prec = static_cast<Precision>(r.pick({static_cast<int>(Precision::BF16), static_cast<int>(Precision::FP16),
                                                          static_cast<int>(Precision::FP8), static_cast<int>(Precision::FP32)}));
    if (r.between(0, 9) == 0) {
        // A CNN now and then.
        ModelShape m;
        m.name = "cnn";
        m.arch = "cnn";
        m.params = r.range(5e6, 2e8);
        m.gflops_per_sample = r.range(0.5, 30);
        TrainingWorkload w;
        w.precision = prec;
        w.global_batch = r.between(8, 8192);
        return resolve_job(w, m);
    }
    const int heads = 8 * r.between(1, 24);
    return cc::testing::gpt_job(r.between(2, 128), 128 * heads, r.pick({512, 1024, 2048, 4096, 8192}), r.between(8000, 160000),
                                r.between(1, 4096), prec, r.coin() ? 0 : 128 * r.between(heads, 6 * heads));
}

Hardware random_hw(Rng& r) {
    Hardware hw;
    hw.peak_tflops = r.range(20, 2500);
    hw.mem_GB = r.range(8, 200);
    hw.mem_bw_GBps = r.range(300, 8000);
    hw.generation = r.coin() ? AcceleratorGeneration::Hopper : r.coin() ? AcceleratorGeneration::Ampere : AcceleratorGeneration::Volta;
    hw.per_node = r.pick({1, 2, 4, 8});
    hw.domain = r.coin() ? hw.per_node : r.pick({8, 16, 72});
    hw.accelerators = hw.per_node * r.between(1, 512);
    hw.scale_up_GBps = r.coin() ? r.range(16, 900) : 0;
    hw.scale_out_GBps = r.between(0, 5) == 0 ? 0 : r.range(0.5, 100);
    hw.scale_out_protocol = r.coin() ? "infiniband" : "ethernet";
    if (r.coin()) hw.storage_GBps = r.range(0.1, 500);
    hw.power_W = 1000 * hw.accelerators;
    return hw;
}

Plan random_plan(Rng& r, const Job& j, const Hardware& hw) {
    Plan p;
    p.tp = j.transformer ? std::min(r.pick({1, 2, 4, 8}), std::max(1, j.heads)) : 1;
    while (j.transformer && (j.heads % p.tp || j.hidden % p.tp)) p.tp /= 2;
    p.pp = j.transformer ? std::min(j.layers, r.pick({1, 1, 2, 4, 8, 16})) : 1;
    p.dp = std::max(1, static_cast<int>(hw.accelerators) / (p.tp * p.pp));
    p.v = p.pp > 1 ? r.pick({1, 2, 3}) : 1;
    p.micro = r.pick({1, 2, 4, 8});
    p.zero = r.pick({0, 1, 2, 3});
    p.recompute = static_cast<Recompute>(r.between(0, 2));
    p.sp = p.tp > 1 && r.coin();
    return p;
}

bool finite_nonneg(double x) { return std::isfinite(x) && x >= 0; }

void check_result(const StepResult& s) {
    const Breakdown& t = s.t;
    for (double x : {t.forward,           t.backward,      t.recompute,       t.tp_comm,    t.ep_comm,
                     t.pp_comm,           t.bubble,        t.dp_exposed,      t.optimizer,  t.data_stall,
                     t.overhead,          s.samples_per_s, s.tokens_per_s,    s.mfu,        s.model_tflops_per_gpu,
                     s.hw_tflops_per_gpu, s.dp_total_s,    s.dp_overlapped_s, s.scale_up_s, s.scale_out_s}) {
        INFO("value " << x << "; breakdown " << t.forward << " " << t.backward << " " << t.recompute << " " << t.tp_comm << " " << t.pp_comm
                      << " " << t.bubble << " " << t.dp_exposed << " " << t.data_stall << "; up " << s.scale_up_s << " out "
                      << s.scale_out_s);
        REQUIRE(finite_nonneg(x));
    }
    REQUIRE(std::isfinite(s.step_s));
    REQUIRE(s.step_s > 0);
    REQUIRE(s.t.sum() == Approx(s.step_s).epsilon(1e-12));
    REQUIRE(s.dp_overlapped_s <= s.dp_total_s * (1 + 1e-12));
    const Memory& m = s.mem;
    for (double x : {m.weights, m.grads, m.optimizer, m.activations, m.buffers, m.reserve, m.capacity}) REQUIRE(finite_nonneg(x));
    REQUIRE(m.fits() == (m.total() <= m.capacity));
    REQUIRE((s.bottleneck == Resource::Memory) == !m.fits());
}

} // namespace

TEST_CASE("training properties: random plans give finite, consistent, monotone results", "[training][property]") {
    Rng r(20240601);
    const Calibration& cal = default_calibration();
    for (int i = 0; i < 4000; ++i) {
        const Job j = random_job(r);
        const Hardware hw = random_hw(r);
        const Plan p = random_plan(r, j, hw);
        INFO("iteration " << i << ": " << describe(p) << ", " << j.layers << " layers, h " << j.hidden);
        const StepResult a = evaluate_plan(j, hw, p, cal);
        check_result(a);
        const double slack = 1 + 1e-9;
        // The ceiling the plan search prunes on: no plan does the FLOPs of a sample
        // (without recompute) faster than its GPUs' peak. Samples beyond the batch
        // (a fixed dp that does not divide it) are real work too.
        REQUIRE(a.samples_per_s * hardware_flops_per_sample(j, Recompute::None) <= a.gpus_used * hw.peak_tflops * 1e12 * slack);

        // More bandwidth on any link never makes the step slower.
        const double f = r.range(1.01, 8);
        Hardware more = hw;
        more.scale_out_GBps = hw.scale_out_GBps > 0 ? hw.scale_out_GBps * f : r.range(0.5, 100);
        REQUIRE(evaluate_plan(j, more, p, cal).step_s <= a.step_s * slack);
        more = hw;
        more.scale_up_GBps = hw.scale_up_GBps > 0 ? hw.scale_up_GBps * f : 0;
        REQUIRE(evaluate_plan(j, more, p, cal).step_s <= a.step_s * slack);
        if (hw.storage_GBps) {
            more = hw;
            more.storage_GBps = *hw.storage_GBps * f;
            REQUIRE(evaluate_plan(j, more, p, cal).step_s <= a.step_s * slack);
        }

        // A faster GPU never increases compute time (nor the step).
        Hardware faster = hw;
        faster.peak_tflops *= f;
        const StepResult b = evaluate_plan(j, faster, p, cal);
        check_result(b);
        REQUIRE(b.t.forward + b.t.backward + b.t.recompute <= (a.t.forward + a.t.backward + a.t.recompute) * slack);
        REQUIRE(b.step_s <= a.step_s * slack);
        faster = hw;
        faster.mem_bw_GBps *= f;
        REQUIRE(evaluate_plan(j, faster, p, cal).step_s <= a.step_s * slack);
    }
}

TEST_CASE("training properties: auto plan search picks a fitting plan whenever one exists", "[training][property]") {
    Rng r(7);
    const Calibration& cal = default_calibration();
    int with_fit = 0;
    for (int i = 0; i < 300; ++i) {
        const Job j = random_job(r);
        Hardware hw = random_hw(r);
        hw.accelerators = std::min(hw.accelerators, 256.0);
        const SearchResult s = search_plans(j, hw, {}, cal, 5);
        INFO("iteration " << i);
        REQUIRE(!s.ranked.empty());
        for (const auto& rp : s.ranked) check_result(rp.result);
        if (s.fitting > 0) {
            ++with_fit;
            REQUIRE(s.ranked.front().result.mem.fits());
        } else {
            REQUIRE_FALSE(s.ranked.front().result.mem.fits());
        }
        // Best first: no later fitting plan has more throughput (the batch is fixed, so
        // that is the shorter time to train; when nothing fits, plans rank by memory).
        const auto& best = s.ranked.front().result;
        for (const auto& rp : s.ranked)
            if (best.mem.fits() && rp.result.mem.fits()) REQUIRE(rp.result.samples_per_s <= best.samples_per_s * (1 + 1e-9));
    }
    CHECK(with_fit > 50); // the generator does produce feasible problems
}

TEST_CASE("training properties: faster network links in a drawn design never lower throughput", "[training][property]") {
    // Real designs (node group ×N under leaf and spine switches), auto plan search.
    Rng r(99);
    const Catalog& cat = Catalog::builtin();
    for (int i = 0; i < 40; ++i) {
        validation::TrainingCase tc;
        tc.id = "prop";
        tc.cluster.accelerator = r.coin() ? "h100-sxm5-80gb" : "a100-sxm4-80gb";
        tc.cluster.per_node = 8;
        tc.cluster.count = 8 * r.pick({2, 4, 8, 16, 64});
        tc.cluster.scale_up = tc.cluster.accelerator == "h100-sxm5-80gb" ? "nvlink4" : "nvlink3";
        const double gbps = r.pick({25, 100, 200});
        tc.cluster.scale_out_gbps_per_accel = gbps;
        tc.cluster.scale_out = "infiniband";
        const int heads = 8 * r.between(2, 12);
        tc.model.name = "m";
        tc.model.arch = "decoder";
        tc.model.layers = 8 * r.between(1, 8);
        tc.model.hidden = 128 * heads;
        tc.model.heads = heads;
        tc.model.seq_len = 2048;
        tc.model.vocab = 50000;
        tc.model.params = 12.0 * *tc.model.layers * *tc.model.hidden * *tc.model.hidden;
        tc.global_batch = 8 * r.between(8, 256);
        auto eval = [&](double g) {
            validation::TrainingCase c = tc;
            c.cluster.scale_out_gbps_per_accel = g;
            const Design d = validation::build_case_design(c, cat);
            EvaluateOptions o;
            o.explain = false;
            o.keep = 1;
            return evaluate_training(d, cat, o);
        };
        const TrainingEvaluation a = eval(gbps), b = eval(gbps * 4);
        INFO("case " << i << ": " << describe(a.best.plan) << " vs " << describe(b.best.plan));
        REQUIRE(a.fits == b.fits); // the network does not change memory
        if (!a.fits) continue;     // nothing to time (a result of its own)
        REQUIRE(a.ok);
        REQUIRE(b.ok);
        REQUIRE(b.hw.scale_out_GBps > a.hw.scale_out_GBps);
        REQUIRE(b.best.samples_per_s >= a.best.samples_per_s * (1 - 1e-9));
        REQUIRE(a.best.step_s == Approx(a.best.t.sum()));
    }
}
