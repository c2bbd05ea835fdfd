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
const AcceleratorSpec& acc(const std::string& id) {
    const AcceleratorSpec* a = Catalog::builtin().accelerator(id);
    REQUIRE(a);
    return *a;
}
} // namespace

TEST_CASE("serving: a generation's matmuls run at its measured GEMM reach relative to H100's", "[inference][reach]") {
    const tr::Calibration& cal = tr::default_calibration();
    const auto h100 = inf::hardware_from_catalog(acc("h100-sxm5-80gb"), nullptr, 8, 8, Precision::FP8, "");
    const auto mi300x = inf::hardware_from_catalog(acc("mi300x-192gb"), nullptr, 8, 8, Precision::FP8, "");
    const auto b200_16 = inf::hardware_from_catalog(acc("b200-sxm-180gb"), nullptr, 8, 8, Precision::BF16, "");
    const auto a100 = inf::hardware_from_catalog(acc("a100-sxm4-80gb"), nullptr, 8, 8, Precision::FP16, "");
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
