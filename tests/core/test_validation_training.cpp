// The accuracy bar as a regression test: validation of the public training cases
// must keep MdAPE ≤ 10 %, ≥ 80 % of rows within ±20 % and no failed case.
#include "catalog/catalog.h"
#include "engine/training/calibration.h"
#include "test_support.h"
#include "validation/runner.h"

#include <catch2/catch.hpp>

using namespace cc;

namespace {
const std::string kCases = testing::source_path("tests/validation/training.cases.json");
}

TEST_CASE("validation: training cases meet the accuracy bar", "[validation][training]") {
    const validation::Report r = validation::run_files({kCases}, Catalog::builtin());
    INFO("MdAPE " << r.summary.mdape << ", within 20 % " << r.summary.within_20 << ", rows " << r.summary.rows);
    for (const auto& f : r.failed) INFO("failed: " << f.case_id << ": " << f.message);
    CHECK(r.failed.empty());
    CHECK(r.summary.rows >= 40);
    CHECK(r.summary.mdape <= 0.10);
    CHECK(r.summary.within_20 >= 0.80);
}

TEST_CASE("validation: the bar can be missed (a mis-calibrated engine fails it)", "[validation][training]") {
    // Halving every GPU's achievable matmul fraction must break the bar; otherwise the
    // regression test above would not be measuring the engine.
    engine::training::Calibration bad;
    bad.matmul_frac_ampere /= 2;
    bad.matmul_frac_hopper /= 2;
    bad.cnn_frac_tensor /= 2;
    validation::RunOptions o;
    o.calibration = &bad;
    const validation::Report r = validation::run_files({kCases}, Catalog::builtin(), o);
    CHECK(r.summary.mdape > 0.10);
}

TEST_CASE("validation: summary statistics are computed from rows and misses", "[validation]") {
    validation::Report r;
    for (double e : {0.05, -0.15, 0.30, 0.0}) r.rows.push_back({"c", "m", 1 + e, 1, e, std::nullopt});
    validation::summarise(r);
    CHECK(r.summary.rows == 4);
    CHECK(r.summary.mdape == Approx(0.10));
    CHECK(r.summary.within_10 == Approx(0.5));
    CHECK(r.summary.within_20 == Approx(0.75));
    REQUIRE(r.summary.worst);
    CHECK(r.summary.worst->error == Approx(0.30));
    r.missed = 2; // two expectations of a failed case count as misses
    validation::summarise(r);
    CHECK(r.summary.within_20 == Approx(3.0 / 6));
}
