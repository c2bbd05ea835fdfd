// Strings that act as types are enums with one spelling each: every value
// round-trips through its spelling, and a bad spelling in a design, catalog,
// validation case or command line is refused with where it is and what is expected.
#include "catalog/accelerator_generation.h"
#include "catalog/catalog.h"
#include "cli/cli.h"
#include "cli/cli_sweep_serving.h"
#include "engine/inference/sweeps.h"
#include "engine/training/calibration.h"
#include "engine/training/compute_model.h"
#include "format/design_format.h"
#include "model/kinds.h"
#include "test_support.h"
#include "test_training_support.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

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

TEST_CASE("enums: an unknown serving sweep axis on the command line lists the choices", "[enums][inference][cli]") {
    std::ostringstream out, err;
    const std::string file = testing::source_path("templates/h200-llm-serving-node.ccd");
    CHECK_THROWS_WITH(cli::cmd_sweep_serving({file, "--vary", "rates=1:2"}, out, err),
                      "--vary rates: expected rate, concurrency, users, input_tokens, output_tokens, gpus or streams");
    REQUIRE(cli::cmd_sweep_serving({file, "--vary", "output_tokens=16:64:3", "--json"}, out, err) == cli::kOk);
    const json j = json::parse(out.str());
    CHECK(j["axis"] == "output_tokens");
    CHECK(j["unit"] == "tokens");
}
