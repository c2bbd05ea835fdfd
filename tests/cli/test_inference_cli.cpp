// The serving/edge CLI pieces: `sweep --vary …` for inference and edge designs
// and the evaluate section in text and JSON.
#include "cli/cli.h"
#include "cli/cli_sections.h"
#include "cli/cli_sweep_serving.h"
#include "format/design_format.h"

#include "test_support.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <sstream>

using namespace cc;

namespace {
std::string tpl(const std::string& n) { return testing::source_path("templates/" + n); }
} // namespace

TEST_CASE("inference cli: rate sweep marks the knee and names bottlenecks") {
    std::ostringstream out, err;
    const int rc = cli::cmd_sweep_serving({tpl("h200-llm-serving-node.ccd"), "--vary", "rate=1:40:40", "--json"}, out, err);
    REQUIRE(rc == cli::kOk);
    const auto j = nlohmann::json::parse(out.str());
    CHECK(j["axis"] == "rate");
    CHECK(j["points"].size() == 40);
    CHECK_FALSE(j["knee"].is_null());
    CHECK(j["points"].back()["bottleneck"] == "queueing");
    std::ostringstream text;
    REQUIRE(cli::cmd_sweep_serving({tpl("h200-llm-serving-node.ccd"), "--vary", "input_tokens=128:4096:5"}, text, err) == cli::kOk);
    CHECK(text.str().find("TTFT p99") != std::string::npos);
    CHECK(cli::is_serving_sweep({tpl("h200-llm-serving-node.ccd"), "--vary", "gpus"}));
    CHECK(cli::is_serving_sweep({tpl("edge-video-analytics-site.ccd"), "--vary", "streams"}));
    CHECK_FALSE(cli::is_serving_sweep({tpl("dgx-h100-training-pod.ccd"), "--vary", "gpus"}));
    CHECK_FALSE(cli::is_serving_sweep({"missing.ccd", "--vary", "rate"}));
}

TEST_CASE("inference cli: edge streams sweep and a bad range") {
    std::ostringstream out, err;
    REQUIRE(cli::cmd_sweep_serving({tpl("edge-video-analytics-site.ccd"), "--vary", "streams=1:6"}, out, err) == cli::kOk);
    CHECK(out.str().find("video decode") != std::string::npos);
    CHECK_THROWS_AS(cli::cmd_sweep_serving({tpl("edge-video-analytics-site.ccd"), "--vary", "streams=a:6"}, out, err),
                    std::invalid_argument);
}

TEST_CASE("inference cli: evaluate sections in text and JSON") {
    const auto ev = [](const std::string& name) { return evaluate::evaluate(format::load_design_file(tpl(name)), Catalog::builtin()); };
    std::ostringstream out;
    const evaluate::Evaluation d = ev("h200-llm-serving-node.ccd");
    cli::print_serving_section(d, out);
    CHECK(out.str().find("TTFT") != std::string::npos);
    CHECK(out.str().find("SLO sizing") != std::string::npos);
    nlohmann::json j;
    cli::add_serving_section_json(d, j);
    REQUIRE(j.contains("inference"));
    CHECK(j["inference"]["ok"] == true);
    CHECK(j["inference"]["ttft_ms"]["p99"].get<double>() >= j["inference"]["ttft_ms"]["p50"].get<double>());
    nlohmann::json e;
    cli::add_serving_section_json(ev("hybrid-retail-edge-cloud.ccd"), e);
    REQUIRE(e.contains("edge"));
    CHECK(e["edge"]["verdict"].get<std::string>().size() > 10);
    nlohmann::json none;
    cli::add_serving_section_json(ev("dgx-h100-training-pod.ccd"), none);
    CHECK(none.empty());
}

TEST_CASE("enums: an unknown serving sweep axis on the command line lists the choices", "[enums][inference][cli]") {
    std::ostringstream out, err;
    const std::string file = testing::source_path("templates/h200-llm-serving-node.ccd");
    CHECK_THROWS_WITH(cli::cmd_sweep_serving({file, "--vary", "rates=1:2"}, out, err),
                      "--vary rates: expected rate, concurrency, users, input_tokens, output_tokens, gpus or streams");
    REQUIRE(cli::cmd_sweep_serving({file, "--vary", "output_tokens=16:64:3", "--json"}, out, err) == cli::kOk);
    const nlohmann::json j = nlohmann::json::parse(out.str());
    CHECK(j["axis"] == "output_tokens");
    CHECK(j["unit"] == "tokens");
}
