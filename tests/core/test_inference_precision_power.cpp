// Peaks by precision and power modes: a precision an accelerator publishes no
// peak for (nor one that runs it) is refused at the case's `precision` with the
// catalog fields named; weight-only INT4 runs on 8-bit tensor cores where no
// 16-bit peak is published (Jetson Thor); a module without MAXN defaults to its
// fastest mode; the power mode changes clocks and thus results.
#include "engine/edge/edge_engine.h"
#include "engine/inference/serving_engine.h"
#include "format/design_format.h"
#include "util/diagnostic.h"
#include "validation/inference_case.h"

#include "test_support.h"

#include <catch2/catch.hpp>

#include <fstream>
#include <nlohmann/json.hpp>

using namespace cc;
namespace inf = cc::engine::inference;

namespace {
const AcceleratorSpec& acc(const std::string& id) {
    const AcceleratorSpec* a = Catalog::builtin().accelerator(id);
    REQUIRE(a);
    return *a;
}

nlohmann::json public_case(const std::string& id) {
    const auto all = nlohmann::json::parse(std::ifstream(testing::source_path("tests/validation/inference.cases.json")));
    for (const auto& c : all["cases"])
        if (c["id"] == id) return c;
    FAIL("no case " << id);
    return {};
}
} // namespace

TEST_CASE("precision: weight-only int4 on Jetson Thor runs on its fp8 tensor cores") {
    const AcceleratorSpec& thor = acc("jetson-agx-thor-128gb");
    REQUIRE_FALSE(thor.peak(Precision::FP16));
    CHECK(inf::compute_precision(thor, Precision::INT4, Precision::INT4) == Precision::INT4);
    CHECK_FALSE(inf::missing_peak(thor, Precision::INT4));
    const inf::ServingHardware h = inf::hardware_from_catalog(thor, nullptr, 1, 1, Precision::INT4, "");
    CHECK(h.peak_tflops == Approx(*thor.peak(Precision::FP8)));
    CHECK(h.peak_note.find("fp8 peak used") != std::string::npos);
    // Where a 16-bit peak is published, weight-only int4 keeps 16-bit activations (W4A16).
    CHECK(inf::compute_precision(acc("a100-sxm4-80gb"), Precision::INT4, Precision::INT4) == Precision::FP16);
    CHECK(inf::compute_precision(acc("a100-sxm4-80gb"), Precision::INT4, Precision::FP16) == Precision::INT4);
}

TEST_CASE("precision: a case at a precision with no published peak fails at its precision pointer, naming the catalog fields") {
    nlohmann::json c = public_case("orin-nano-super-llama31-8b-int4-mlc-super");
    c["cluster"]["accelerator"] = "jetson-agx-thor-128gb";
    c["cluster"].erase("power_mode");
    try {
        (void)validation::evaluate_inference_case(c, "/cases/7", Catalog::builtin());
        FAIL("fp16 on Thor was scored");
    } catch (const InputError& e) {
        CHECK(e.where() == "/cases/7/precision");
        CHECK(e.detail().find("jetson-agx-thor-128gb") != std::string::npos);
        CHECK(e.detail().find("peak_tflops fp16, bf16") != std::string::npos);
    }
    c["precision"] = "int4";
    c["serving"]["weights_precision"] = "int4";
    const validation::Prediction p = validation::evaluate_inference_case(c, "/cases/7", Catalog::builtin());
    CHECK(p.values.at("output_tokens_per_s") > 0);
}

TEST_CASE("power modes: a module without MAXN defaults to its fastest mode") {
    const AcceleratorSpec& nano = acc("jetson-orin-nano-8gb");
    REQUIRE_FALSE(nano.mode("MAXN"));
    const inf::ServingHardware h = inf::hardware_from_catalog(nano, nullptr, 1, 1, Precision::FP16, "");
    CHECK(h.power_mode == "MAXN_SUPER");
    CHECK(h.peak_tflops == Approx(*nano.peak(Precision::FP16) * nano.mode("MAXN_SUPER")->compute_scale));
    // A module with MAXN keeps it (the uncapped mode of the original firmware).
    CHECK(inf::hardware_from_catalog(acc("jetson-orin-nx-16gb"), nullptr, 1, 1, Precision::INT8, "").power_mode == "MAXN");
}

TEST_CASE("power modes: the mode changes clocks and thus results, in cases and edge designs") {
    nlohmann::json c = public_case("mlperf31-agx-orin-resnet50-singlestream");
    c["cluster"]["power_mode"] = "MAXN";
    const double maxn = validation::evaluate_inference_case(c, "/cases/0", Catalog::builtin()).values.at("latency_ms");
    c["cluster"]["power_mode"] = "15W";
    const double low = validation::evaluate_inference_case(c, "/cases/0", Catalog::builtin()).values.at("latency_ms");
    CHECK(low > 2 * maxn);

    Design d = format::load_design_file(testing::source_path("templates/edge-video-analytics-site.ccd"));
    const engine::edge::EdgeResult fast = engine::edge::evaluate_edge(d, Catalog::builtin());
    for (auto& comp : d.components)
        if (comp.power_mode) comp.power_mode = "15W";
    const engine::edge::EdgeResult slow = engine::edge::evaluate_edge(d, Catalog::builtin());
    REQUIRE(fast.ok);
    REQUIRE(slow.ok);
    CHECK(slow.power_mode == "15W");
    CHECK(slow.frames_per_s_capacity < 0.5 * fast.frames_per_s_capacity);
    CHECK(slow.power_per_site_W < fast.power_per_site_W);
}
