// `--model-config FILE`: a Hugging Face config.json becomes the workload's model.
#include "cli/cli.h"
#include "cli_support.h"
#include "test_support.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>

using namespace cc;
using testing::run_cli;

namespace {
std::string tpl(const std::string& n) { return testing::source_path("templates/" + n); }
std::string hf(const std::string& n) { return std::string(CC_TEST_DATA_DIR) + "/hf_configs/" + n; }
} // namespace

TEST_CASE("cli --model-config: a Qwen config.json evaluates as the serving model") {
    const auto base = run_cli({"evaluate", tpl("h200-llm-serving-node.ccd"), "--json"});
    const auto r = run_cli({"evaluate", tpl("h200-llm-serving-node.ccd"), "--model-config", hf("qwen2.5-7b.json"), "--json"});
    INFO(r.err);
    REQUIRE(r.code == cli::kOk);
    const auto j = nlohmann::json::parse(r.out);
    REQUIRE(j.contains("inference"));
    CHECK(j["inference"]["ok"] == true);
    CHECK(r.err.find("--model-config " + hf("qwen2.5-7b.json") + ": sliding_window") != std::string::npos);
    // A 7.6B model instead of the template's: the result changes.
    CHECK(nlohmann::json::parse(base.out)["inference"] != j["inference"]);
}

TEST_CASE("cli --model-config: a training sweep takes the imported MoE model") {
    const auto r =
        run_cli({"sweep", tpl("dgx-h100-training-pod.ccd"), "--vary", "gpus", "--model-config", hf("qwen3-30b-a3b.json"), "--json"});
    INFO(r.err);
    REQUIRE(r.code == cli::kOk);
    CHECK(r.err.find("active per token") != std::string::npos);
}

TEST_CASE("cli --model-config: a config.json without hidden_size is refused naming the field") {
    auto j = nlohmann::json::parse(std::ifstream(hf("llama-3.1-8b.json")));
    j.erase("hidden_size");
    const std::string path = (std::filesystem::temp_directory_path() / "cc_cli_no_hidden.json").string();
    std::ofstream(path) << j.dump();
    const auto r = run_cli({"evaluate", tpl("h200-llm-serving-node.ccd"), "--model-config", path});
    std::filesystem::remove(path);
    CHECK(r.code == cli::kBadInput);
    CHECK(r.err.find("clustercanvas-cli evaluate: " + path + "#/hidden_size: missing") != std::string::npos);
    const auto none = run_cli({"evaluate", tpl("h200-llm-serving-node.ccd"), "--model-config", hf("nothing-here.json")});
    CHECK(none.code == cli::kBadInput);
    CHECK(none.err.find("nothing-here.json") != std::string::npos);
}
