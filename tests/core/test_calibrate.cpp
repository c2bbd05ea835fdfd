// Calibration as a process: the least-squares refit recovers a constant moved
// away from its fitted value, and leave-one-family-out cross-validation scores
// every family with constants fitted without it.
#include "catalog/catalog.h"
#include "test_support.h"
#include "util/json_reader.h"
#include "validation/calibrate.h"

#include <catch2/catch.hpp>

#include <set>

using namespace cc;
using namespace cc::validation;

namespace {
std::vector<nlohmann::json> public_training_cases() {
    return training_cases({json_in::parse_file(testing::source_path("tests/validation/training.cases.json"))});
}
} // namespace

TEST_CASE("calibrate: a case's source family is its id prefix without the round number", "[validation][calibrate]") {
    CHECK(source_family("mlperf31-gpt3-h100-512") == "mlperf");
    CHECK(source_family("mlperf41-h200x8-llama2-70b-offline") == "mlperf");
    CHECK(source_family("narayanan21-t1-1.7B") == "narayanan");
    CHECK(source_family("mtnlg530b-2240") == "mtnlg530b");
    CHECK(source_family("torchtitan-a100-fsdp2") == "torchtitan");
    CHECK(source_family("plain") == "plain");
}

TEST_CASE("calibrate: the fit brings a displaced constant back and lowers the error", "[validation][calibrate]") {
    const auto cases = public_training_cases();
    REQUIRE(cases.size() >= 40);
    engine::training::Calibration start = engine::training::default_calibration();
    const double fitted = start.matmul_frac_hopper;
    start.matmul_frac_hopper = fitted * 0.6; // an H100 reaching 60 % of what the cases show
    FitOptions opt;
    opt.parameters = {"matmul_frac_hopper"};
    const FitResult r = fit_training(cases, Catalog::builtin(), start, opt);
    CHECK(r.before.at("matmul_frac_hopper") == Approx(fitted * 0.6));
    CHECK(r.after.at("matmul_frac_hopper") == Approx(fitted).epsilon(0.12));
    CHECK(r.after_summary.mdape < r.before_summary.mdape);
    CHECK(r.families >= 7);
    CHECK(r.before.size() == 1); // only the constants asked for move
    CHECK(r.calibration.matmul_frac_ampere == start.matmul_frac_ampere);
}

TEST_CASE("calibrate: bounds hold even when the data pull beyond them", "[validation][calibrate]") {
    const auto cases = public_training_cases();
    engine::training::Calibration start = engine::training::default_calibration();
    start.matmul_frac_hopper = 0.31;
    start.matmul_frac_ampere = 0.31;
    FitOptions opt;
    opt.parameters = {"matmul_frac_hopper", "matmul_frac_ampere"};
    for (const auto& p : training_fit_parameters())
        if (std::string(p.name) == "matmul_frac_hopper") {
            const FitResult r = fit_training(cases, Catalog::builtin(), start, opt);
            CHECK(r.after.at("matmul_frac_hopper") >= p.lo);
            CHECK(r.after.at("matmul_frac_hopper") <= p.hi);
        }
}

TEST_CASE("calibrate: cross-validation scores every family with constants fitted without it", "[validation][calibrate]") {
    const auto cases = public_training_cases();
    FitOptions opt;
    opt.parameters = {"matmul_frac_hopper", "fp8_factor"};
    const CrossValidation cv = cross_validate_training(cases, Catalog::builtin(), engine::training::default_calibration(), opt);
    std::set<std::string> families;
    for (const auto& c : cases) families.insert(source_family(c.value("id", std::string())));
    CHECK(cv.by_family.size() == families.size());
    CHECK(cv.rows.size() == cv.in_sample.rows);
    CHECK(cv.cross_validated.rows == cv.in_sample.rows);
    // Held-out error is an honest figure: never better than fitting on everything by more than noise.
    CHECK(cv.cross_validated.mdape >= cv.in_sample.mdape * 0.8);
}

TEST_CASE("validation: the summary reports the median signed error (one-sided bias)", "[validation]") {
    Report r;
    for (double e : {-0.30, -0.20, -0.10, 0.05}) r.rows.push_back({"c", "m", 1 + e, 1, e, {}});
    summarise(r);
    CHECK(r.summary.median_error == Approx(-0.15));
    CHECK(r.summary.mdape == Approx(0.15));
}
