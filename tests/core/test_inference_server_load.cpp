// Serving near saturation: the wait for a KV slot is M/G/c (Allen–Cunneen), so
// it scales with the spread of request lengths (constant-length requests queue
// about half as long as exponential ones).
#include "engine/inference/serving_engine.h"
#include "format/design_format.h"

#include "test_support.h"

#include <catch2/catch.hpp>

using namespace cc;
namespace inf = cc::engine::inference;

TEST_CASE("server load: the KV-slot wait near saturation follows the request-length spread") {
    const Design d = format::load_design_file(testing::source_path("templates/h200-llm-serving-node.ccd"));
    auto s = inf::serving_setup(d, Catalog::builtin());
    REQUIRE(s);
    inf::EvaluateOptions opt;
    opt.explain = false;
    s->req.scenario = inf::Scenario::Offline;
    const inf::ServingResult full = inf::evaluate_setup(*s, opt);
    REQUIRE(full.ok);
    s->req.scenario = inf::Scenario::Server;
    s->req.rate_per_s = 0.99 * full.capacity_requests_per_s;
    auto ttft_at = [&](double cv) {
        inf::ServingCalibration cal;
        cal.length_cv = cv;
        opt.calibration = &cal;
        const inf::ServingResult r = inf::evaluate_setup(*s, opt);
        REQUIRE(r.ok);
        return r.ttft_ms;
    };
    const inf::Percentiles exponential = ttft_at(1.0), constant = ttft_at(0.0);
    // The slot wait dominates at 99 % load: (1 + cv²) / 2 halves it for constant lengths.
    CHECK(exponential.mean > 1.8 * constant.mean);
    CHECK(exponential.mean < 2.2 * constant.mean);
    CHECK(exponential.p99 > exponential.mean);
}
