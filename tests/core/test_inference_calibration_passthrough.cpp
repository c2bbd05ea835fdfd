// The engines score with the calibration the caller passes (a `calibrate` run
// refits them), not silently with the defaults: serving_setup's own choices,
// the edge engine and evaluate()'s serving knob.
#include "engine/edge/edge_engine.h"
#include "engine/inference/serving_engine.h"
#include "evaluate/evaluation.h"
#include "format/design_format.h"

#include "test_support.h"

#include <catch2/catch.hpp>

using namespace cc;
using namespace cc::engine;
namespace inf = cc::engine::inference;

namespace {
Design load(const std::string& name) { return format::load_design_file(testing::source_path("templates/" + name)); }
} // namespace

TEST_CASE("calibration passthrough: serving_setup makes its own choices with the caller's calibration") {
    const Design d = load("h200-llm-serving-node.ccd");
    const auto base = inf::serving_setup(d, Catalog::builtin());
    REQUIRE(base);
    REQUIRE_FALSE(base->req.tp_fixed); // the template leaves tp to the engine
    inf::ServingCalibration cal;
    cal.tp_choice_min_batch *= 64;
    const auto refit = inf::serving_setup(d, Catalog::builtin(), nullptr, cal);
    REQUIRE(refit);
    // The chosen tp must leave KV room for tp_choice_min_batch sequences: more of them, more tp.
    CHECK(refit->req.tp > base->req.tp);
    inf::EvaluateOptions opt;
    opt.calibration = &cal;
    opt.explain = false;
    const inf::ServingResult via_design = inf::evaluate_serving(d, Catalog::builtin(), opt);
    const inf::ServingResult via_setup = inf::evaluate_setup(*refit, opt);
    REQUIRE(via_design.ok);
    CHECK(via_design.tp == via_setup.tp);
    CHECK(via_design.output_tokens_per_s == Approx(via_setup.output_tokens_per_s));
}

TEST_CASE("calibration passthrough: the edge engine scores with the calibration passed in") {
    const Design d = load("edge-video-analytics-site.ccd");
    const edge::EdgeResult base = edge::evaluate_edge(d, Catalog::builtin());
    REQUIRE(base.ok);
    inf::ServingCalibration cal;
    cal.vision_frac_edge /= 2;
    cal.launch_edge_s *= 4;
    edge::EdgeOptions opt;
    opt.serving = &cal;
    const edge::EdgeResult slower = edge::evaluate_edge(d, Catalog::builtin(), opt);
    REQUIRE(slower.ok);
    CHECK(slower.frames_per_s_capacity < 0.75 * base.frames_per_s_capacity);
    CHECK(slower.frame_latency_ms > base.frame_latency_ms);
}

TEST_CASE("calibration passthrough: hybrid uplink follows the edge calibration's event size") {
    const Design d = load("hybrid-retail-edge-cloud.ccd");
    const edge::EdgeResult base = edge::evaluate_edge(d, Catalog::builtin());
    REQUIRE(base.ok);
    REQUIRE(base.uplink_needed_Mbps > 0);
    edge::EdgeCalibration ecal;
    ecal.event_size_kB *= 3;
    edge::EdgeOptions opt;
    opt.edge = &ecal;
    const edge::EdgeResult r = edge::evaluate_edge(d, Catalog::builtin(), opt);
    CHECK(r.uplink_needed_Mbps == Approx(3 * base.uplink_needed_Mbps));
}

TEST_CASE("calibration passthrough: evaluate() hands the serving calibration knob to serving and edge") {
    inf::ServingCalibration cal;
    cal.mem_bw_frac /= 2;
    cal.vision_frac_edge /= 2;
    for (const char* t : {"h200-llm-serving-node.ccd", "edge-video-analytics-site.ccd"}) {
        const Design d = load(t);
        evaluate::Options opt;
        opt.explain = false;
        opt.curves = false;
        const evaluate::Evaluation base = evaluate::evaluate(d, Catalog::builtin(), opt);
        opt.validation.serving_calibration = &cal;
        const evaluate::Evaluation refit = evaluate::evaluate(d, Catalog::builtin(), opt);
        REQUIRE(base.ok);
        REQUIRE(refit.ok);
        if (base.serving) {
            CHECK(refit.serving->result.decode_step_s > 1.5 * base.serving->result.decode_step_s);
        } else {
            REQUIRE(base.edge);
            CHECK(refit.edge->result.frames_per_s_capacity < 0.75 * base.edge->result.frames_per_s_capacity);
        }
    }
}
