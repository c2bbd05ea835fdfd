// The engines read their chosen numbers from the calibration they are given
// (tools/check_engine_literals.py keeps them out of the code; these tests show
// the fields are the ones in use), and the serving and edge engines share one
// host-CPU default.
#include "catalog/catalog.h"
#include "engine/edge/edge_engine.h"
#include "engine/inference/serving_engine.h"
#include "engine/inference/sweeps.h"
#include "engine/inference/vision_model.h"
#include "engine/training/plan_search.h"
#include "format/design_format.h"
#include "test_support.h"
#include "test_training_support.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <fstream>

using namespace cc;
namespace inf = cc::engine::inference;
namespace tr = cc::engine::training;

namespace {

bool has_note(const std::vector<std::string>& notes, const std::string& text) {
    return std::any_of(notes.begin(), notes.end(), [&](const std::string& n) { return n == text; });
}

} // namespace

TEST_CASE("engine constants: training defaults for missing model fields come from the calibration") {
    ModelShape m;
    m.name = "bare";
    m.arch = "decoder";
    m.layers = 4;
    m.hidden = 1024;
    m.params = 1e8;
    TrainingWorkload w;
    tr::Calibration cal;
    cal.default_head_dim = 64;
    cal.default_ffn_per_hidden = 3;
    cal.default_vocab = 32000;
    cal.default_seq_len = 4096;
    const tr::Job j = tr::resolve_job(w, m, cal);
    CHECK(j.heads == 16);
    CHECK(j.ffn == 3 * 1024);
    CHECK(j.vocab == 32000);
    CHECK(j.seq == 4096);
    CHECK(has_note(j.defaults, "heads not given: hidden/64 = 16 assumed (head dimension 64)"));
    CHECK(has_note(j.defaults, "ffn not given: 3 × hidden assumed"));
    CHECK(has_note(j.defaults, "vocab not given: 32,000 assumed (GPT-2 BPE padded, Megatron default)"));
    CHECK(has_note(j.defaults, "sequence length not given: 4,096 assumed"));
    // The default calibration gives the documented values.
    const tr::Job d = tr::resolve_job(w, m);
    CHECK(d.vocab == 51200);
    CHECK(has_note(d.defaults, "sequence length not given: 2,048 assumed"));
}

TEST_CASE("engine constants: the plan search limits come from the calibration") {
    const tr::Job j = testing::gpt_job(24, 2048, 2048, 51200, 512);
    const tr::Hardware hw = testing::a100_like(16);
    auto largest_micro = [&](const tr::Calibration& cal) {
        int most = 0;
        for (const auto& p : tr::search_plans(j, hw, {}, cal, 200).ranked) most = std::max(most, p.result.plan.micro);
        return most;
    };
    tr::Calibration cal;
    CHECK(largest_micro(cal) > 4);
    cal.plan_max_micro_batch = 4;
    CHECK(largest_micro(cal) == 4);
}

TEST_CASE("engine constants: serving and edge assume the same host CPU cores when the catalog has none") {
    const inf::ServingCalibration& cal = inf::default_serving_calibration();
    // Serving: a vision node without published cores runs at the default core count.
    const Catalog& builtin = Catalog::builtin();
    inf::ServingSetup s;
    s.hw = inf::hardware_from_catalog(*builtin.accelerator("l4-24gb"), nullptr, 8, 8, Precision::INT8, "");
    ModelShape resnet;
    resnet.name = "resnet";
    resnet.arch = "cnn";
    resnet.params = 25.6e6;
    resnet.gflops_per_sample = 4.1;
    s.model = inf::serving_model_of(resnet);
    s.req.precision = s.req.weights_precision = Precision::INT8;
    s.req.end_to_end = true;
    const double unpublished = inf::VisionModel(s, cal).host_cpu_samples_per_s();
    s.hw.host_cpu_cores = cal.host_cpu_cores_default;
    CHECK(unpublished > 0);
    CHECK(unpublished == Approx(inf::VisionModel(s, cal).host_cpu_samples_per_s()));

    // Edge: the same default, said in the notes.
    const std::string device = "edge-recomputer-j5012";
    Design d = format::load_design_file(testing::source_path("templates/edge-video-analytics-site.ccd"));
    const engine::edge::EdgeResult published = engine::edge::evaluate_edge(d, builtin);
    REQUIRE(published.ok);
    REQUIRE(published.device_component.size() > 0);
    nlohmann::json edge = nlohmann::json::parse(std::ifstream(testing::source_path("resources/catalog/edge.json")));
    nlohmann::json entry;
    for (const auto& e : edge["entries"])
        if (e["id"] == device) entry = e;
    REQUIRE(entry.contains("cpu_cores"));
    const int cores = entry["cpu_cores"];
    entry.erase("cpu_cores");
    Catalog cat = builtin;
    cat.add_document(nlohmann::json{{"format", "clustercanvas-catalog"}, {"version", 1}, {"entries", {entry}}}.dump(), "test");
    const engine::edge::EdgeResult r = engine::edge::evaluate_edge(d, cat);
    REQUIRE(r.ok);
    CHECK(r.streams_by_cpu == Approx(published.streams_by_cpu * cal.host_cpu_cores_default / cores));
    CHECK(has_note(r.notes, "host CPU cores not published for " + device + ": " + std::to_string(cal.host_cpu_cores_default) +
                                " assumed for pre/post-processing"));
    CHECK_FALSE(has_note(published.notes, "host CPU cores not published for " + device + ": " + std::to_string(cal.host_cpu_cores_default) +
                                              " assumed for pre/post-processing"));
}

TEST_CASE("engine constants: users become requests at the calibrated rate per user") {
    const Design d = format::load_design_file(testing::source_path("templates/h200-llm-serving-node.ccd"));
    const auto s = inf::serving_setup(d, Catalog::builtin());
    REQUIRE(s);
    inf::ServingCalibration cal;
    const inf::Sweep base = inf::sweep_serving(*s, inf::ServingSweepAxis::Users, 100, 100, 1, &cal);
    cal.requests_per_user_per_s *= 2;
    const inf::Sweep twice = inf::sweep_serving(*s, inf::ServingSweepAxis::Users, 100, 100, 1, &cal);
    REQUIRE(base.points.size() == 1);
    REQUIRE(twice.points.size() == 1);
    CHECK(base.points[0].requests_per_s == Approx(100 * inf::default_serving_calibration().requests_per_user_per_s));
    CHECK(twice.points[0].requests_per_s == Approx(2 * base.points[0].requests_per_s));
}
