// Strings that act as types are enums with one spelling each: every value
// round-trips through its spelling, and a bad spelling in a design, catalog,
// validation case or command line is refused with where it is and what is expected.
#include "catalog/accelerator_generation.h"
#include "catalog/catalog.h"
#include "engine/inference/sweeps.h"
#include "engine/training/calibration.h"
#include "engine/training/compute_model.h"
#include "format/design_format.h"
#include "model/kinds.h"
#include "model/stack.h"
#include "test_support.h"
#include "test_training_support.h"
#include "validation/inference_case.h"
#include "validation/runner.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <set>
#include <sstream>

using namespace cc;
using nlohmann::json;

namespace {

// Every value of E (declared 0 … count−1) survives to_string → from → to_string,
// and the spellings are distinct.
template <class E, class From>
void check_round_trip(int count, From from) {
    std::set<std::string> seen;
    for (int i = 0; i < count; ++i) {
        const E e = static_cast<E>(i);
        const std::string name(to_string(e));
        INFO(name);
        CHECK_FALSE(name.empty());
        CHECK(seen.insert(name).second);
        const std::optional<E> back = from(name);
        REQUIRE(back);
        CHECK(*back == e);
    }
}

json training_case_with_stack(const json& stack) {
    json doc = json::parse(testing::read_text(testing::source_path("tests/validation/training.cases.json")));
    json c = doc["cases"][0];
    c["stack"] = stack;
    return {{"format", "clustercanvas-validation"}, {"version", 1}, {"cases", json::array({c})}};
}

json inference_case_with_stack(const json& stack) {
    json c =
        json::parse(R"({"id":"l4-resnet","kind":"inference","cluster":{"accelerator":"l4-24gb","count":1,"per_node":1,"scale_up":"none"},
       "model":{"arch":"cnn","params":25.6e6,"gflops_per_sample":4.1},"precision":"int8",
       "serving":{"scenario":"offline","pipeline_overhead":"kernel"},
       "expect":[{"metric":"samples_per_s","value":12800}]})");
    c["stack"] = stack;
    return {{"format", "clustercanvas-validation"}, {"version", 1}, {"cases", json::array({c})}};
}

validation::Report run(const json& doc) {
    validation::Report r;
    validation::run_document(doc, "inline", Catalog::builtin(), r);
    return r;
}

} // namespace

TEST_CASE("enums: edge placement spellings round-trip", "[enums][format]") {
    check_round_trip<Placement>(3, placement_from);
    CHECK(placement_names() == std::vector<std::string_view>{"edge", "cloud", "hybrid"}); // the file spellings
    CHECK_FALSE(placement_from("Edge"));
    CHECK_FALSE(placement_from(""));
    // The templates' placements load as the enum (and their bytes round-trip in test_templates).
    const Design d = format::load_design_file(testing::source_path("templates/hybrid-retail-edge-cloud.ccd"));
    CHECK(std::get<EdgeWorkload>(d.workload.spec).placement == Placement::Hybrid);
}

TEST_CASE("enums: accelerator generation spellings round-trip", "[enums][catalog]") {
    check_round_trip<AcceleratorGeneration>(static_cast<int>(AcceleratorGeneration::Unknown) + 1, accelerator_generation_from);
    CHECK_FALSE(accelerator_generation_from("Hopper"));
}

TEST_CASE("enums: the catalog's architecture texts name their generation", "[enums][catalog]") {
    using G = AcceleratorGeneration;
    CHECK(generation_of_architecture("Hopper (GH100)") == G::Hopper);
    CHECK(generation_of_architecture("Orin SoC: Ampere GPU 2048 CUDA / 64 tensor cores + 2x DLA") == G::Ampere);
    CHECK(generation_of_architecture("Hopper GPU + 72-core Grace (Neoverse V2) CPU") == G::Hopper);
    CHECK(generation_of_architecture("Gaudi 2 (24 TPC + 2 MME), 7 nm") == G::Gaudi2);
    CHECK(generation_of_architecture("Gaudi3") == G::Gaudi3);
    CHECK(generation_of_architecture("CDNA 3 (8 XCD chiplets)") == G::Cdna3);
    CHECK(generation_of_architecture("Ada Lovelace (AD102)") == G::Ada);
    CHECK(generation_of_architecture("Canada") == G::Unknown); // whole words only
    CHECK(generation_of_architecture("Hoper") == G::Unknown);
    CHECK(generation_of_architecture("") == G::Unknown);

    // Every shipped accelerator has a known generation; spot checks per vendor.
    const Catalog& cat = Catalog::builtin();
    for (const auto* e : cat.entries(CatalogKind::Accelerator)) {
        INFO(e->id << ": " << cat.accelerator(e->id)->architecture);
        CHECK(cat.accelerator(e->id)->generation != G::Unknown);
    }
    CHECK(cat.accelerator("a100-sxm4-80gb")->generation == G::Ampere);
    CHECK(cat.accelerator("b200-sxm-180gb")->generation == G::Blackwell);
    CHECK(cat.accelerator("jetson-agx-thor-128gb")->generation == G::Blackwell);
    CHECK(cat.accelerator("mi300x-192gb")->generation == G::Cdna3);
    CHECK(cat.accelerator("hailo-8")->generation == G::HailoDataflow);
    CHECK(cat.accelerator("alveo-v70")->generation == G::Xdna);
    CHECK(cat.accelerator("t4-16gb")->generation == G::Turing);
}

TEST_CASE("enums: a user accelerator of unknown generation loads with a located notice", "[enums][catalog]") {
    Catalog c = Catalog::builtin();
    std::vector<CatalogNotice> notices;
    c.add_document(R"({"format": "clustercanvas-catalog", "version": 1, "entries": [
        {"id": "my-npu", "kind": "accelerator", "name": "My NPU", "category": "edge-npu", "architecture": "Hoper X",
         "sources": ["datasheet"]},
        {"id": "my-gpu", "kind": "accelerator", "name": "My GPU", "category": "datacenter-gpu", "architecture": "Blackwell Ultra",
         "sources": ["datasheet"]}]})",
                   "mine.json", &notices);
    REQUIRE(notices.size() == 1);
    CHECK(notices[0].file == "mine.json");
    CHECK_THAT(notices[0].message, Catch::StartsWith("/entries/0/architecture: 'my-npu': \"Hoper X\" names no known generation"));
    CHECK_THAT(notices[0].message, Catch::Contains("hopper, blackwell"));
    CHECK(c.accelerator("my-npu")->generation == AcceleratorGeneration::Unknown);
    CHECK(c.accelerator("my-gpu")->generation == AcceleratorGeneration::Blackwell);
}

TEST_CASE("enums: the training compute model keys its matmul fraction on the generation", "[enums][training]") {
    const engine::training::Calibration& cal = engine::training::default_calibration();
    const auto job = testing::gpt_job(24, 2048, 2048, 51200, 512);
    auto hw = testing::a100_like(8);
    CHECK(engine::training::generation_fraction(job, hw, cal) == Approx(cal.matmul_frac_ampere));
    hw.generation = AcceleratorGeneration::Hopper;
    CHECK(engine::training::generation_fraction(job, hw, cal) == Approx(cal.matmul_frac_hopper));
    hw.generation = AcceleratorGeneration::Unknown;
    CHECK(engine::training::generation_fraction(job, hw, cal) == Approx(cal.matmul_frac_other));
}

TEST_CASE("enums: serving sweep axis spellings round-trip", "[enums][inference]") {
    namespace inf = engine::inference;
    check_round_trip<inf::ServingSweepAxis>(6, inf::serving_sweep_axis_from);
    CHECK(inf::serving_sweep_axes().size() == 6);
    CHECK(std::string(inf::to_string(inf::ServingSweepAxis::InputTokens)) == "input_tokens");
    CHECK(std::string(inf::unit_of(inf::ServingSweepAxis::Rate)) == "requests/s");
    CHECK(std::string(inf::unit_of(inf::ServingSweepAxis::Gpus)) == "accelerators");
    CHECK_FALSE(inf::serving_sweep_axis_from("streams")); // the edge axis is the CLI's, not the serving engine's
}

TEST_CASE("enums: validation stack spellings round-trip and split by case kind", "[enums][validation]") {
    check_round_trip<Stack>(static_cast<int>(Stack::OnnxRuntime) + 1, stack_from);
    CHECK(std::string(to_string(Stack::TensorRTLLM)) == "tensorrt-llm");
    std::set<Stack> all(training_stacks().begin(), training_stacks().end());
    all.insert(inference_stacks().begin(), inference_stacks().end());
    CHECK(all.size() == stack_names().size()); // every stack belongs to some kind
    CHECK(std::count(training_stacks().begin(), training_stacks().end(), Stack::Vllm) == 0);
}

TEST_CASE("enums: a case's stack is carried to its rows and refused when unknown", "[enums][validation]") {
    validation::register_inference_case_evaluator();
    SECTION("a known training stack reaches the rows and the JSON") {
        const validation::Report r = run(training_case_with_stack("megatron"));
        REQUIRE(r.failed.empty());
        REQUIRE_FALSE(r.rows.empty());
        CHECK(r.rows[0].stack == Stack::Megatron);
        CHECK(validation::to_json(r)["rows"][0]["stack"] == "megatron");
    }
    SECTION("no stack: unknown, and the JSON row has none") {
        const validation::Report r = run(training_case_with_stack(nullptr));
        REQUIRE(r.failed.empty());
        CHECK_FALSE(r.rows[0].stack);
        CHECK_FALSE(validation::to_json(r)["rows"][0].contains("stack"));
    }
    SECTION("a misspelt training stack fails the case at its pointer, listing the training stacks") {
        const validation::Report r = run(training_case_with_stack("megatrn"));
        REQUIRE(r.failed.size() == 1);
        CHECK(r.failed[0].message ==
              "/cases/0/stack: expected one of \"megatron\", \"torchtitan\", \"deepspeed\" or \"pytorch\", got \"megatrn\"");
    }
    SECTION("a serving stack on a training case is refused") {
        const validation::Report r = run(training_case_with_stack("vllm"));
        REQUIRE(r.failed.size() == 1);
        CHECK_THAT(r.failed[0].message, Catch::StartsWith("/cases/0/stack: expected one of \"megatron\""));
    }
    SECTION("a stack that is not a string is refused") {
        const validation::Report r = run(training_case_with_stack(3));
        REQUIRE(r.failed.size() == 1);
        CHECK_THAT(r.failed[0].message, Catch::StartsWith("/cases/0/stack: expected a string"));
    }
    SECTION("inference cases take serving and edge stacks") {
        const validation::Report ok = run(inference_case_with_stack("tensorrt"));
        REQUIRE(ok.failed.empty());
        CHECK(ok.rows[0].stack == Stack::TensorRT);
        const validation::Report bad = run(inference_case_with_stack("megatron"));
        REQUIRE(bad.failed.size() == 1);
        CHECK(bad.failed[0].message == "/cases/0/stack: expected one of \"tensorrt-llm\", \"vllm\", \"sglang\", \"triton\", "
                                       "\"tensorrt\", \"onnxruntime\" or \"pytorch\", got \"megatron\" (not a stack for inference cases)");
    }
}
