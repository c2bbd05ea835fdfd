// Validation goes through the studio's path: every case becomes a Design that
// the design loader accepts, and evaluate::evaluate() on that design (plus the
// case's validation-only knobs) gives the prediction the runner reports.
#include "evaluate/evaluation.h"
#include "format/design_format.h"
#include "test_support.h"
#include "validation/case_design.h"
#include "validation/inference_case.h"
#include "validation/runner.h"
#include "validation/training_case.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace cc;
using nlohmann::json;
namespace inf = engine::inference;
namespace tr = engine::training;

namespace {

json cases_of(const std::string& file) {
    return json::parse(testing::read_text(testing::source_path("tests/validation/" + file)))["cases"];
}

std::pair<json, std::string> case_by_id(const std::string& file, const std::string& id) {
    const json cases = cases_of(file);
    for (std::size_t i = 0; i < cases.size(); ++i)
        if (cases[i]["id"] == id) return {cases[i], "/cases/" + std::to_string(i)};
    FAIL("no case " << id);
    return {};
}

// What the loader makes of the design: save and load through the .ccd format.
Design round_trip(const Design& d) { return format::read_design(format::write_design(d)); }

// Calls f(case, pointer) for every case of a file under tests/validation.
template <class F>
void for_each_case(const std::string& file, F f) {
    const json cases = cases_of(file);
    REQUIRE(cases.size() >= 20);
    for (std::size_t i = 0; i < cases.size(); ++i) {
        INFO("case " << cases[i]["id"]);
        f(cases[i], "/cases/" + std::to_string(i));
    }
}

void check_same(double predicted, double reported) { CHECK(predicted == Approx(reported).epsilon(1e-12)); }

} // namespace

TEST_CASE("validation design: every training case is a loadable design scored like the runner", "[validation][training]") {
    const Catalog& cat = Catalog::builtin();
    for_each_case("training.cases.json", [&](const json& c, const std::string& ptr) {
        const validation::TrainingCase tc = validation::read_training_case(c, ptr, cat);
        const Design d = round_trip(validation::build_case_design(tc, cat));
        evaluate::Options o = validation::case_options(false);
        o.validation.time_runs_that_do_not_fit = true;
        o.validation.plan = tc.constraints;
        const evaluate::Evaluation ev = evaluate::evaluate(d, cat, o);
        REQUIRE(ev.ok);
        REQUIRE(ev.training);
        const validation::Prediction p = validation::evaluate_training_case(c, ptr, cat);
        check_same(ev.training->result.best.step_s, p.values.at("step_time_s"));
        check_same(*ev.value(evaluate::MetricId::StepTime_s), p.values.at("step_time_s"));
        check_same(ev.training->result.best.mfu, p.values.at("mfu"));
        // The engine called directly on the case's cluster and plan knobs agrees too.
        tr::EvaluateOptions eo;
        eo.explain = false;
        eo.time_runs_that_do_not_fit = true;
        const auto& w = std::get<TrainingWorkload>(d.workload.spec);
        const tr::TrainingEvaluation direct =
            tr::evaluate_training(resolve_cluster(d, cat), w, tc.model, d.workload.assumptions, tc.constraints, eo);
        check_same(direct.best.step_s, p.values.at("step_time_s"));
    });
}

TEST_CASE("validation design: every inference case is a loadable design scored like the runner", "[validation][inference]") {
    const Catalog& cat = Catalog::builtin();
    for_each_case("inference.cases.json", [&](const json& c, const std::string& ptr) {
        const validation::InferenceCase ic = validation::read_inference_case(c, ptr, cat);
        const Design d = round_trip(validation::build_case_design(ic, cat));
        REQUIRE(resolve_cluster(d, cat).accelerators == ic.cluster.count);
        evaluate::Options o = validation::case_options(false);
        o.validation = ic.knobs;
        const evaluate::Evaluation ev = evaluate::evaluate(d, cat, o);
        REQUIRE(ev.ok);
        REQUIRE(ev.serving);
        const inf::ServingResult& r = ev.serving->result;
        const validation::Prediction p = validation::evaluate_inference_case(c, ptr, cat);
        check_same(r.llm ? r.requests_per_s : r.samples_per_s, p.values.at("samples_per_s"));
        check_same(r.llm ? r.e2e_ms.mean : r.latency_ms.mean, p.values.at("latency_ms"));
        if (r.llm) check_same(r.output_tokens_per_s, p.values.at("output_tokens_per_s"));
    });
}

TEST_CASE("validation design: a case's scenario and fixed batch reach the serving engine", "[validation][inference]") {
    const Catalog& cat = Catalog::builtin();
    SECTION("single_stream: one request at a time, which the design alone would score offline") {
        const auto [c, ptr] = case_by_id("inference.cases.json", "trtllm05-bs1-ttft-h100-fp8-llama7b-in128");
        const validation::InferenceCase ic = validation::read_inference_case(c, ptr, cat);
        REQUIRE(ic.knobs.scenario == inf::Scenario::SingleStream);
        const Design d = validation::build_case_design(ic, cat);
        evaluate::Options o = validation::case_options(false);
        const evaluate::Evaluation user = evaluate::evaluate(d, cat, o);
        o.validation = ic.knobs;
        const evaluate::Evaluation run = evaluate::evaluate(d, cat, o);
        REQUIRE(user.ok);
        REQUIRE(run.ok);
        CHECK(user.serving->setup->req.scenario == inf::Scenario::Offline);
        CHECK(run.serving->setup->req.scenario == inf::Scenario::SingleStream);
        CHECK(run.serving->result.batch == Approx(1));
        CHECK(user.serving->result.batch > 1);
        // Alone on the GPU the first token comes far sooner than inside a full offline batch.
        CHECK(run.serving->result.ttft_ms.mean < user.serving->result.ttft_ms.mean / 4);
    }
    SECTION("offline with the published batch") {
        const auto [c, ptr] = case_by_id("inference.cases.json", "trtllm061-h100-fp8-llama7b-bs80-in2048-out128");
        const validation::InferenceCase ic = validation::read_inference_case(c, ptr, cat);
        REQUIRE(ic.knobs.batch == 80);
        evaluate::Options o = validation::case_options(false);
        o.validation = ic.knobs;
        const evaluate::Evaluation run = evaluate::evaluate(validation::build_case_design(ic, cat), cat, o);
        REQUIRE(run.ok);
        CHECK(run.serving->setup->req.batch == 80);
        CHECK(run.serving->result.batch == Approx(80));
    }
}

TEST_CASE("validation design: a published run that the memory model rejects is timed only with the validation knob",
          "[validation][training]") {
    const Catalog& cat = Catalog::builtin();
    const auto [c, ptr] = case_by_id("training.cases.json", "mlperf31-gpt3-h100-512");
    const validation::TrainingCase tc = validation::read_training_case(c, ptr, cat);
    const Design d = validation::build_case_design(tc, cat);
    evaluate::Options o = validation::case_options(false);
    o.validation.plan = tc.constraints;
    const evaluate::Evaluation user = evaluate::evaluate(d, cat, o);
    CHECK_FALSE(user.ok);
    CHECK_FALSE(user.training->result.fits);
    o.validation.time_runs_that_do_not_fit = true;
    const evaluate::Evaluation run = evaluate::evaluate(d, cat, o);
    REQUIRE(run.ok);
    CHECK(run.training->result.best.step_s > 0);
}

TEST_CASE("validation design: the case's open plan knobs are searched, not fixed by the design", "[validation][training]") {
    // The case fixes tp, pp and dp but not the ZeRO stage or recompute mode; a
    // design's fixed plan would pin ZeRO 0 and selective recompute.
    const Catalog& cat = Catalog::builtin();
    const auto [c, ptr] = case_by_id("training.cases.json", "mcore-h100-weak-1.7B");
    const validation::TrainingCase tc = validation::read_training_case(c, ptr, cat);
    REQUIRE(tc.constraints.tp);
    REQUIRE_FALSE(tc.constraints.zero);
    REQUIRE_FALSE(tc.constraints.recompute);
    const Design d = validation::build_case_design(tc, cat);
    evaluate::Options o = validation::case_options(false);
    const evaluate::Evaluation pinned = evaluate::evaluate(d, cat, o);
    o.validation.plan = tc.constraints;
    const evaluate::Evaluation searched = evaluate::evaluate(d, cat, o);
    REQUIRE(pinned.ok);
    REQUIRE(searched.ok);
    CHECK(pinned.training->result.plans_considered < searched.training->result.plans_considered);
    CHECK(searched.training->result.best.step_s <= pinned.training->result.best.step_s);
}

TEST_CASE("validation design: a count that per_node does not divide is scored on whole nodes and says so", "[validation][inference]") {
    const Catalog& cat = Catalog::builtin();
    const json c = json::parse(R"({"id":"odd","kind":"inference","cluster":{"accelerator":"h100-sxm5-80gb","count":12,"per_node":8},
      "model":{"arch":"decoder","params":7e9,"layers":32,"hidden":4096},"precision":"fp8",
      "serving":{"scenario":"offline","tp":4},"expect":[]})");
    const validation::InferenceCase ic = validation::read_inference_case(c, "/cases/0", cat);
    CHECK(resolve_cluster(validation::build_case_design(ic, cat), cat).accelerators == 16);
    REQUIRE_FALSE(ic.defaults.empty());
    CHECK(ic.defaults.front() == "count 12 is not a multiple of per_node 8: scored on 2 whole nodes (16 accelerators)");
}
