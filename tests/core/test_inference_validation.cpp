// Locks in the inference engine's accuracy on the public cases
// (tests/validation/inference.cases.json): MdAPE ≤ 12 %, ≥ 75 % of rows within
// ±20 %, no failed case.
#include "validation/inference_case.h"
#include "validation/runner.h"

#include "test_support.h"

#include <catch2/catch.hpp>

using namespace cc;

TEST_CASE("inference validation: public cases stay within the accuracy targets") {
    validation::register_inference_case_evaluator();
    REQUIRE(validation::inference_evaluator_registered());
    const validation::Report r = validation::run_files({testing::source_path("tests/validation/inference.cases.json")}, Catalog::builtin());
    INFO("MdAPE " << r.summary.mdape << ", within 20 % " << r.summary.within_20 << ", failed " << r.summary.failed);
    CHECK(r.failed.empty());
    CHECK(r.summary.failed == 0);
    CHECK(r.summary.rows >= 60);
    CHECK(r.summary.mdape <= 0.12);
    CHECK(r.summary.within_20 >= 0.75);
}

TEST_CASE("inference validation: a bad case fails alone with its JSON pointer") {
    validation::register_inference_case_evaluator();
    const nlohmann::json doc = nlohmann::json::parse(R"({"format":"clustercanvas-validation","version":1,"cases":[
      {"id":"bad","kind":"inference","cluster":{"accelerator":"x100","count":1,"per_node":1},
       "model":{"arch":"cnn","params":1e6,"gflops_per_sample":1},"precision":"int8","serving":{"scenario":"offline"},
       "expect":[{"metric":"samples_per_s","value":1}]},
      {"id":"good","kind":"inference","cluster":{"accelerator":"l4-24gb","count":1,"per_node":1,"scale_up":"none"},
       "model":{"arch":"cnn","params":25.6e6,"gflops_per_sample":4.1},"precision":"int8",
       "serving":{"scenario":"offline","pipeline_overhead":"kernel"},
       "expect":[{"metric":"samples_per_s","value":12800}]}]})");
    validation::Report r;
    validation::run_document(doc, "inline", Catalog::builtin(), r);
    REQUIRE(r.failed.size() == 1);
    CHECK(r.failed[0].case_id == "bad");
    CHECK(r.failed[0].message.find("/cases/0/cluster/accelerator") != std::string::npos);
    REQUIRE(r.rows.size() == 1);
    CHECK(std::abs(r.rows[0].error) < 0.2);
}
