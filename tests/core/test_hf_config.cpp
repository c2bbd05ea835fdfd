#include "catalog/hf_config.h"
#include "util/diagnostic.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

using namespace cc;

namespace {

std::string fixture(const std::string& name) { return std::string(CC_TEST_DATA_DIR) + "/hf_configs/" + name; }

bool has_note(const HfImport& im, const std::string& text) {
    return std::any_of(im.notes.begin(), im.notes.end(), [&](const std::string& n) { return n.find(text) != std::string::npos; });
}

nlohmann::json read_fixture(const std::string& name) {
    std::ifstream in(fixture(name));
    return nlohmann::json::parse(in);
}

} // namespace

TEST_CASE("hf config: the public config.json of three models give their published parameter counts", "[catalog][hf_config]") {
    struct Case {
        const char* file;
        double params;
        const char* arch;
    };
    for (const Case& c : {Case{"qwen2.5-7b.json", 7.61e9, "decoder"}, Case{"llama-3.1-8b.json", 8.03e9, "decoder"},
                          Case{"qwen3-30b-a3b.json", 30.5e9, "moe-decoder"}}) {
        INFO(c.file);
        const HfImport im = import_hf_config_file(fixture(c.file));
        CHECK(im.model.params == Approx(c.params).epsilon(0.02));
        CHECK(im.model.arch == c.arch);
        CHECK(im.model.name == std::filesystem::path(c.file).stem().string());
    }
    const HfImport moe = import_hf_config_file(fixture("qwen3-30b-a3b.json"));
    CHECK(*moe.model.active_params == Approx(3.3e9).epsilon(0.02));
    CHECK(*moe.model.experts == 128);
    CHECK(*moe.model.experts_active == 8);
    CHECK(*moe.model.ffn == 768); // the expert width, not intermediate_size
    CHECK(*moe.model.head_dim == 128);
    CHECK(*moe.model.seq_len == 40960);
    // A downloaded repository's config.json is named after its folder.
    const auto dir = std::filesystem::temp_directory_path() / "cc_hf_repo" / "Llama-3.1-8B";
    std::filesystem::create_directories(dir);
    std::filesystem::copy_file(fixture("llama-3.1-8b.json"), dir / "config.json", std::filesystem::copy_options::overwrite_existing);
    CHECK(import_hf_config_file((dir / "config.json").string()).model.name == "Llama-3.1-8B");
    std::filesystem::remove_all(dir.parent_path());
    const HfImport llama = import_hf_config_file(fixture("llama-3.1-8b.json"));
    CHECK(*llama.model.kv_heads == 8);
    CHECK_FALSE(llama.model.head_dim); // 4096 / 32 = 128 already
}

TEST_CASE("hf config: fields that change cost but are not modelled are listed in the notes", "[catalog][hf_config]") {
    CHECK(has_note(import_hf_config_file(fixture("llama-3.1-8b.json")), "rope_scaling"));
    CHECK(has_note(import_hf_config_file(fixture("qwen2.5-7b.json")), "sliding_window"));
    nlohmann::json j = read_fixture("qwen2.5-7b.json");
    j["num_speculative_heads"] = 4; // a field no mapping knows
    const HfImport im = import_hf_config(j.dump(), "x");
    CHECK(has_note(im, "num_speculative_heads: not used"));
    CHECK_FALSE(has_note(im, "bos_token_id")); // harmless bookkeeping is not listed
    for (const char* used : {"hidden_size", "num_hidden_layers", "intermediate_size", "num_key_value_heads", "vocab_size"}) {
        INFO(used);
        CHECK_FALSE(has_note(im, std::string(used) + ":")); // mapped fields are not reported as unused
    }
}

TEST_CASE("hf config: a missing or invalid required field names its JSON pointer", "[catalog][hf_config]") {
    nlohmann::json j = read_fixture("llama-3.1-8b.json");
    j.erase("hidden_size");
    CHECK_THROWS_WITH(import_hf_config(j.dump(), "x"), Catch::StartsWith("/hidden_size: missing"));
    j["hidden_size"] = "big";
    CHECK_THROWS_WITH(import_hf_config(j.dump(), "x"), Catch::StartsWith("/hidden_size:"));
    j["hidden_size"] = 4096;
    j.erase("intermediate_size");
    CHECK_THROWS_WITH(import_hf_config(j.dump(), "x"), Catch::StartsWith("/intermediate_size: missing"));
    // From a file, the message names the file too.
    const std::string path = (std::filesystem::temp_directory_path() / "cc_hf_missing_hidden.json").string();
    j = read_fixture("llama-3.1-8b.json");
    j.erase("hidden_size");
    std::ofstream(path) << j.dump();
    CHECK_THROWS_WITH(import_hf_config_file(path), Catch::Contains(path + "#/hidden_size"));
    std::filesystem::remove(path);
    CHECK_THROWS_AS(import_hf_config("[1, 2]", "x"), InputError);
}

TEST_CASE("hf config: nested text_config, interleaved MoE layers and shared experts (Llama 4 Maverick)", "[catalog][hf_config]") {
    // Values of meta-llama/Llama-4-Maverick-17B-128E config.json (text_config), as in TensorRT-LLM's test fixture.
    const nlohmann::json j = {{"architectures", {"Llama4ForConditionalGeneration"}},
                              {"model_type", "llama4"},
                              {"vision_config", {{"hidden_size", 1408}}},
                              {"text_config",
                               {{"model_type", "llama4_text"},
                                {"head_dim", 128},
                                {"hidden_size", 5120},
                                {"interleave_moe_layer_step", 2},
                                {"intermediate_size", 8192},
                                {"intermediate_size_mlp", 16384},
                                {"max_position_embeddings", 1048576},
                                {"num_attention_heads", 40},
                                {"num_experts_per_tok", 1},
                                {"num_hidden_layers", 48},
                                {"num_key_value_heads", 8},
                                {"num_local_experts", 128},
                                {"vocab_size", 202048}}}};
    const HfImport im = import_hf_config(j.dump(), "maverick");
    CHECK(*im.model.moe_layers == 24);
    CHECK(*im.model.dense_ffn == 16384);
    CHECK(*im.model.shared_experts == 1);
    CHECK(im.model.params == Approx(400e9).epsilon(0.02));
    CHECK(*im.model.active_params == Approx(17e9).epsilon(0.03));
    CHECK(has_note(im, "vision_config"));
    nlohmann::json broken = j;
    broken["text_config"].erase("vocab_size");
    CHECK_THROWS_WITH(import_hf_config(broken.dump(), "x"), Catch::StartsWith("/text_config/vocab_size: missing"));
}

TEST_CASE("hf config: DeepSeek-V3's latent attention, shared expert and dense first layers", "[catalog][hf_config]") {
    // Values of deepseek-ai/DeepSeek-V3 config.json.
    const nlohmann::json j = {{"model_type", "deepseek_v3"},  {"hidden_size", 7168},
                              {"intermediate_size", 18432},   {"moe_intermediate_size", 2048},
                              {"n_routed_experts", 256},      {"n_shared_experts", 1},
                              {"num_experts_per_tok", 8},     {"first_k_dense_replace", 3},
                              {"num_hidden_layers", 61},      {"num_attention_heads", 128},
                              {"num_key_value_heads", 128},   {"q_lora_rank", 1536},
                              {"kv_lora_rank", 512},          {"qk_nope_head_dim", 128},
                              {"qk_rope_head_dim", 64},       {"v_head_dim", 128},
                              {"vocab_size", 129280},         {"max_position_embeddings", 163840},
                              {"num_nextn_predict_layers", 1}};
    const HfImport im = import_hf_config(j.dump(), "dsv3");
    CHECK(im.model.params == Approx(671e9).epsilon(0.02));
    CHECK(*im.model.active_params == Approx(37e9).epsilon(0.03));
    CHECK(*im.model.moe_layers == 58);
    CHECK(*im.model.kv_lora_rank == 512);
    CHECK(has_note(im, "num_nextn_predict_layers"));
}
