// Scenario comparison: the same numbers as each variant scored alone, deltas
// with the right sign and verdict (`compare` on the command line: tests/cli).
#include "compare/compare.h"
#include "engine/training/training_engine.h"
#include "format/design_format.h"
#include "model/scenarios.h"
#include "test_support.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <cstdlib>
#include <sstream>

using namespace cc;

namespace {
const std::string kPod = testing::source_path("templates/dgx-h100-training-pod.ccd");
const std::string kEdge = testing::source_path("templates/edge-video-analytics-site.ccd");

} // namespace

TEST_CASE("delta and verdict follow the metric's direction", "[compare]") {
    compare::Metric lower{compare::MetricId::StepTime_s, "step_time_s", "Step time", "s", compare::Better::Lower, 2.0};
    compare::Metric higher{compare::MetricId::TrainingTokens_per_s, "tokens_per_s", "Throughput", "tokens/s", compare::Better::Higher, 2.0};
    const auto faster = compare::delta(4.0, 2.0);
    REQUIRE(faster);
    CHECK(*faster == Approx(-0.5));
    CHECK(compare::verdict(lower, faster) == 1);
    CHECK(compare::verdict(higher, faster) == -1);
    CHECK(compare::verdict(lower, compare::delta(2.0, 2.001)) == 0); // below half a percent: neutral
    CHECK_FALSE(compare::delta(0.0, 1.0));
    CHECK_FALSE(compare::delta(std::nullopt, 1.0));
    CHECK(compare::delta_text(0.123) == "+12.3 %");
    // What a table shows: nothing for the baseline, tiny changes or yes/no; otherwise the change and its verdict.
    CHECK_FALSE(compare::change(lower, nullptr));
    const compare::Metric slower{compare::MetricId::StepTime_s, "step_time_s", "Step time", "s", compare::Better::Lower, 4.0};
    REQUIRE(compare::change(slower, &lower));
    CHECK(compare::change(slower, &lower)->relative == Approx(1.0));
    CHECK(compare::change(slower, &lower)->verdict == -1);
    const compare::Metric same{compare::MetricId::StepTime_s, "step_time_s", "Step time", "s", compare::Better::Lower, 2.0000001};
    CHECK_FALSE(compare::change(same, &lower));
    const compare::Metric yes{compare::MetricId::Fits, "fits", "Fits", "yes/no", compare::Better::Higher, 1.0},
        no{compare::MetricId::Fits, "fits", "Fits", "yes/no", compare::Better::Higher, 0.0};
    CHECK_FALSE(compare::change(yes, &no));
    CHECK(compare::delta_text(-0.04) == "−4.0 %");
    CHECK(compare::value_text(compare::metric_of(compare::MetricId::Accelerators, 12.0)) == "12 GPUs");
    CHECK(compare::value_text(compare::metric_of(compare::MetricId::StreamsPerDevice, 22.5)) == "22.5 streams");
    CHECK(compare::value_text(compare::metric_of(compare::MetricId::Power_W, 458000.0)) == "458 kW");
    CHECK(compare::value_text(compare::metric_of(compare::MetricId::Power_W, 1511.0)) == "1.51 kW"); // whole watts are not a count
    CHECK(compare::value_text(compare::metric_of(compare::MetricId::StepTime_s, 30.0)) == "30.0 s");
    CHECK(compare::value_text(compare::metric_of(compare::MetricId::Tpot_ms, std::nullopt)) == "—");
}

TEST_CASE("the training template compares H100, H200 and B200 with each engine's own numbers", "[compare]") {
    const Design d = format::load_design_file(kPod);
    REQUIRE(scenario_names(d) == std::vector<std::string>{"H100", "H200", "B200"});
    const auto c = compare::compare(d, Catalog::builtin());
    REQUIRE(c.scenarios.size() == 3);
    for (std::size_t i = 0; i < 3; ++i) {
        const auto& s = c.scenarios[i];
        INFO(s.name << ": " << s.error);
        REQUIRE(s.ok);
        CHECK(s.workload == "training");
        // The comparison shows exactly what the engine says for that variant alone.
        engine::training::EvaluateOptions opt;
        opt.explain = false;
        const auto alone = engine::training::evaluate_training(scenario_design(d, i), Catalog::builtin(), opt);
        REQUIRE(alone.ok);
        CHECK(*s.metric("step_time_s")->value == Approx(alone.best.step_s));
        CHECK(*s.metric("tokens_per_s")->value == Approx(alone.best.tokens_per_s));
    }
    // Same GPU count, faster parts: B200 trains faster than H100, and says so.
    const auto* h100 = c.scenarios[0].metric("time_to_train_s");
    const auto* b200 = c.scenarios[2].metric("time_to_train_s");
    REQUIRE((h100->value && b200->value));
    CHECK(*b200->value < *h100->value);
    CHECK(compare::verdict(*b200, compare::delta(h100->value, b200->value)) == 1);
    CHECK(*c.scenarios[2].metric("power_nominal_W")->value > *c.scenarios[0].metric("power_nominal_W")->value);
    // The design's own numbers come first and are there even without a workload score.
    CHECK(c.scenarios[0].metrics.front().key == "accelerators");
    CHECK(compare::rows(c).size() == c.scenarios[0].metrics.size());
    CHECK_THROWS_AS(compare::compare(d, Catalog::builtin(), "A999"), std::invalid_argument);
}

TEST_CASE("the edge template compares placements, cloud-only needs far more uplink", "[compare]") {
    const auto c = compare::compare(format::load_design_file(kEdge), Catalog::builtin());
    REQUIRE(c.scenarios.size() == 3);
    for (const auto& s : c.scenarios) {
        INFO(s.name << ": " << s.error);
        REQUIRE(s.ok);
        CHECK(s.workload == "edge");
    }
    const auto up = [&](std::size_t i) { return c.scenarios[i].metric("uplink_Mbps")->value.value_or(-1); };
    CHECK(up(2) > up(0));
    CHECK(up(2) > up(1));
}
