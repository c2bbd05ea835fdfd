// Serving fractions are fitted on NVIDIA parts; another generation's matmuls run
// at its measured GEMM reach relative to H100's (no fitted constant of its own).
#include "catalog/catalog.h"
#include "engine/inference/llm_model.h"
#include "engine/inference/serving_engine.h"
#include "engine/training/compute_model.h"

#include <catch2/catch.hpp>

using namespace cc;
namespace inf = cc::engine::inference;
namespace tr = cc::engine::training;

namespace {
inf::ServingHardware hardware(const std::string& id, Precision p) {
    const AcceleratorSpec* a = Catalog::builtin().accelerator(id);
    REQUIRE(a);
    return inf::hardware_from_catalog(*a, nullptr, 8, 8, p, "");
}
} // namespace

TEST_CASE("serving: a generation's matmuls run at its measured GEMM reach relative to H100's", "[inference][reach]") {
    const tr::Calibration& cal = tr::default_calibration();
    const auto h100 = hardware("h100-sxm5-80gb", Precision::FP8);
    const auto mi300x = hardware("mi300x-192gb", Precision::FP8);
    const auto b200_16 = hardware("b200-sxm-180gb", Precision::BF16);
    const auto a100 = hardware("a100-sxm4-80gb", Precision::FP16);
    CHECK(h100.compute_reach == 1);
    CHECK(a100.compute_reach == 1); // fitted directly, no reach transfer
    CHECK(mi300x.compute_reach == Approx(cal.reach_cdna3.fp8 / cal.reach_hopper.fp8));
    CHECK(b200_16.compute_reach == Approx(cal.reach_blackwell.bf16 / cal.reach_hopper.bf16));
    bool noted = false;
    for (const auto& n : mi300x.notes) noted |= n.find("GEMM reach") != std::string::npos;
    CHECK(noted);
    CHECK(tr::reach_relative_to_hopper(AcceleratorGeneration::Gaudi2, false, cal) == Approx(cal.reach_gaudi2.bf16 / cal.reach_hopper.bf16));
    CHECK(tr::reach_relative_to_hopper(AcceleratorGeneration::Volta, true, cal) == 1);
}
