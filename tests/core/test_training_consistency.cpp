// Results that obey physics, over thousands of seeded random jobs and machines,
// and on the reproducers of ../shared/repro (copied to tests/data/repro):
// a plan never uses more GPUs than drawn nor more samples per step than the
// global batch; twice the GPUs or twice the bandwidth is never slower; a job
// that does not fit is a result of its own, with the smallest change that fits.
#include "catalog/catalog.h"
#include "engine/training/plan_search.h"
#include "engine/training/training_engine.h"
#include "format/design_format.h"
#include "test_training_support.h"

#include <catch2/catch.hpp>

#include <random>

using namespace cc;
using namespace cc::engine::training;

namespace {

std::mt19937_64 rng(20261201);
int between(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); }

Job randomJob() {
    const int heads = 8 * between(1, 16);
    const int batches[] = {8, 16, 24, 32, 48, 64, 96, 128, 192, 256, 384, 512, 1024, 1536, 2048};
    return cc::testing::gpt_job(between(2, 96), 128 * heads, 1024 << between(0, 3), 32000, batches[between(0, 14)], Precision::BF16);
}

Hardware randomMachine(double gpus) {
    Hardware hw = cc::testing::a100_like(gpus);
    hw.mem_GB = between(0, 1) ? 80 : 40;
    hw.scale_out_GBps = 3.125 * (1 << between(0, 4));
    hw.nic_GBps = hw.scale_out_GBps;
    return hw;
}

TrainingEvaluation evaluateFile(const std::string& name) {
    const Design d = format::load_design_file(CC_TEST_DATA_DIR "/repro/" + name);
    EvaluateOptions o;
    o.explain = false;
    return evaluate_training(d, Catalog::builtin(), o);
}

} // namespace

TEST_CASE("training consistency: plans use at most the GPUs drawn and exactly the global batch", "[training][property][repro]") {
    const Calibration& cal = default_calibration();
    int searched = 0;
    for (int i = 0; i < 1500; ++i) {
        const Job j = randomJob();
        const Hardware hw = randomMachine(8 * between(1, 128));
        const SearchResult s = search_plans(j, hw, {}, cal, 3);
        INFO("iteration " << i << ", batch " << j.global_batch << ", " << hw.accelerators << " GPUs");
        REQUIRE(!s.ranked.empty());
        for (const RankedPlan& rp : s.ranked) {
            REQUIRE(rp.result.gpus_used <= hw.accelerators + 1e-9);
            REQUIRE(rp.result.samples_per_step == Approx(j.global_batch)); // never inflated
        }
        ++searched;
    }
    CHECK(searched == 1500);
}

TEST_CASE("training consistency: twice the GPUs or twice the bandwidth is never slower", "[training][property][repro]") {
    const Calibration& cal = default_calibration();
    int compared = 0;
    for (int i = 0; i < 600; ++i) {
        const Job j = randomJob();
        const Hardware hw = randomMachine(8 * between(1, 64));
        Hardware twice_gpus = hw;
        twice_gpus.accelerators *= 2;
        Hardware twice_bw = hw;
        twice_bw.scale_out_GBps *= 2;
        twice_bw.nic_GBps *= 2;
        twice_bw.scale_up_GBps *= 2;
        const auto a = search_plans(j, hw, {}, cal, 1).ranked.front().result;
        const auto b = search_plans(j, twice_gpus, {}, cal, 1).ranked.front().result;
        const auto c = search_plans(j, twice_bw, {}, cal, 1).ranked.front().result;
        INFO("iteration " << i << ": " << describe(a.plan) << " | ×2 GPUs " << describe(b.plan) << " | ×2 bandwidth " << describe(c.plan));
        if (!a.mem.fits()) continue;
        REQUIRE(b.mem.fits());
        REQUIRE(c.mem.fits());
        REQUIRE(b.samples_per_s >= a.samples_per_s * (1 - 1e-9));
        REQUIRE(c.samples_per_s >= a.samples_per_s * (1 - 1e-9));
        ++compared;
    }
    CHECK(compared > 300);
}

TEST_CASE("training consistency: an oversubscribed cluster runs a half-size job as fast as a cluster of that size",
          "[training][property]") {
    const Calibration& cal = default_calibration();
    const Job j = cc::testing::gpt_job(32, 4096, 2048, 32000, 64);
    Hardware small = cc::testing::a100_like(256);
    small.nodes = 32;
    small.nodes_per_leaf = 8;
    small.nic_GBps = 25;
    small.oversubscription = 1;
    small.scale_out_GBps = 25;
    Hardware big = small; // twice the nodes behind the same uplinks: 2:1 when all are busy
    big.accelerators = 512;
    big.nodes = 64;
    big.oversubscription = 2;
    big.scale_out_GBps = 12.5;
    Plan p;
    p.tp = 8;
    p.pp = 1;
    p.dp = 32;
    p.micro = 1;
    CHECK(evaluate_plan(j, big, p, cal).step_s == Approx(evaluate_plan(j, small, p, cal).step_s));
    p.dp = 64; // the whole big cluster pays its oversubscription
    CHECK(sized_for(big, 512).scale_out_GBps == Approx(12.5));
    CHECK(sized_for(big, 8).scale_out_GBps == Approx(25)); // one node: inside a leaf
}

TEST_CASE("repro: a fixed plan that needs more GPUs than drawn is refused with both numbers", "[training][repro]") {
    for (const char* f : {"fixed_plan_needs_8_gpus_on_4.ccd", "fixed_plan_1e13_gpus_on_4.ccd"}) {
        INFO(f);
        const TrainingEvaluation e = evaluateFile(f);
        CHECK_FALSE(e.ok);
        CHECK_THAT(e.error, Catch::Contains("the design has 4"));
    }
}

TEST_CASE("repro: the automatic plan runs exactly the global batch", "[training][repro]") {
    for (const char* f : {"auto_plan_batch32_runs_800_samples.ccd", "auto_plan_184gpu_batch64.ccd"}) {
        INFO(f);
        const TrainingEvaluation e = evaluateFile(f);
        REQUIRE(e.ok);
        CHECK(e.best.samples_per_step == Approx(e.job.global_batch));
        CHECK(e.best.gpus_used <= e.view.accelerators);
    }
}

TEST_CASE("repro: twice the GPUs or the bandwidth never gives a longer time to train", "[training][repro]") {
    const std::pair<const char*, const char*> pairs[] = {
        {"gpus_256.ccd", "gpus_512_slower.ccd"}, {"gpus_800.ccd", "gpus_1600_slower.ccd"}, {"bw_1x.ccd", "bw_2x_longer_step.ccd"}};
    for (const auto& [small, big] : pairs) {
        INFO(small << " → " << big);
        const TrainingEvaluation a = evaluateFile(small), b = evaluateFile(big);
        REQUIRE(a.ok);
        REQUIRE(b.ok);
        REQUIRE(a.run.time_s);
        REQUIRE(b.run.time_s);
        CHECK(*b.run.time_s <= *a.run.time_s * (1 + 1e-9));
        CHECK(b.best.step_s <= a.best.step_s * (1 + 1e-9)); // same batch: the step agrees with the time
    }
}

TEST_CASE("repro: no plan fits, so nothing is timed, and the smallest change that fits is named", "[training][repro]") {
    for (const char* f : {"nofit_16gpu.ccd", "nofit_32gpu_198x_slower.ccd"}) {
        INFO(f);
        const TrainingEvaluation e = evaluateFile(f);
        CHECK_FALSE(e.ok);
        CHECK_FALSE(e.fits);
        CHECK_FALSE(e.run.time_s);
        CHECK_THAT(e.error, Catch::Contains("does not fit") && Catch::Contains("smallest change that fits: ≥"));
    }
}
