// The models of the current generation in the library, and what the engines
// derive from their detailed shapes.
#include "catalog/model_library.h"
#include "catalog/transformer_count.h"
#include "engine/inference/llm_model.h"
#include "engine/inference/serving_engine.h"
#include "engine/training/compute_model.h"
#include "engine/training/job.h"

#include <catch2/catch.hpp>

using namespace cc;

TEST_CASE("model library: the current generation is there, sourced", "[catalog][models]") {
    const ModelLibrary& lib = ModelLibrary::builtin();
    CHECK(lib.models().size() >= 30);
    for (const char* id : {"deepseek-v3", "deepseek-r1", "llama4-scout", "llama4-maverick", "qwen3-8b", "qwen3-32b", "qwen3-30b-a3b",
                           "qwen3-235b-a22b", "gpt-oss-120b", "gpt-oss-20b", "mistral-small-3.1-24b", "gemma3-27b", "yolo11n", "yolo11s",
                           "yolo11m", "vit-b16", "whisper-large-v3", "fastconformer-streaming", "dlrm-dcnv2"}) {
        INFO(id);
        const ModelSpec* m = lib.find(id);
        REQUIRE(m);
        CHECK(m->sources.size() >= 1);
        CHECK_FALSE(m->notes.empty());
    }
    CHECK(*lib.find("yolo11m")->shape.gflops_per_sample == Approx(34.0)); // Ultralytics 68.0 GFLOPs = 2 × MACs
    CHECK(*lib.find("whisper-large-v3")->shape.gflops_per_sample > 0);
}

TEST_CASE("model library: every detailed LLM shape counts to its published total", "[catalog][models]") {
    for (const auto& m : ModelLibrary::builtin().models()) {
        if (!has_shape_detail(m.shape) && m.id.rfind("qwen3", 0) != 0) continue;
        INFO(m.id);
        const bool tied = m.id == "gemma3-27b";
        // Llama 4 Scout's published 109B includes its ~1B vision encoder.
        CHECK(count_transformer(m.shape, tied).total == Approx(m.shape.params).epsilon(m.id == "llama4-scout" ? 0.02 : 0.01));
    }
}

TEST_CASE("DeepSeek-V3: parameters and training FLOPs derived from the shape match 671B total and 37B active",
          "[catalog][models][training]") {
    const ModelShape& m = ModelLibrary::builtin().find("deepseek-v3")->shape;
    const TransformerCount c = count_transformer(m);
    CHECK(c.total == Approx(671e9).epsilon(0.02));
    // DeepSeek counts 36.6B activated incl. the 0.9B output head but not the input embedding.
    CHECK(c.active - (c.embeddings - c.head) == Approx(37e9).epsilon(0.02));

    namespace tr = engine::training;
    TrainingWorkload w;
    w.model.library_id = "deepseek-v3";
    w.seq_len = 4096;
    const tr::Job j = tr::resolve_job(w, m);
    const tr::TokenFlops f = tr::token_flops(j);
    // Forward FLOPs per token outside the attention scores: 2 × the weights a token runs through.
    const double forward = j.layers * (f.layer - f.attention) + f.head;
    CHECK(forward / 2 == Approx(37e9).epsilon(0.03));
    CHECK(tr::hardware_flops_per_sample(j, Recompute::None) / j.seq == Approx(3 * (j.layers * f.layer + f.head)));
    // Without the shared expert and the dense first layers the same shape runs ~6 % fewer FLOPs.
    ModelShape plain = m;
    plain.shared_experts.reset();
    plain.moe_layers.reset();
    plain.dense_ffn.reset();
    plain.kv_lora_rank.reset();
    plain.q_lora_rank.reset();
    plain.head_dim.reset();
    const tr::Job p = tr::resolve_job(w, plain);
    const tr::TokenFlops pf = tr::token_flops(p);
    CHECK((p.layers * (pf.layer - pf.attention) + pf.head) / 2 < 0.96 * 37e9);
}

TEST_CASE("serving: KV cache per token uses head_dim and DeepSeek's latent attention", "[catalog][models][inference]") {
    namespace inf = engine::inference;
    const auto kv_per_token = [](const char* id) {
        inf::ServingSetup s;
        s.model = inf::serving_model_of(ModelLibrary::builtin().find(id)->shape);
        s.req.kv_precision = Precision::FP16;
        return inf::LlmModel(s, inf::default_serving_calibration()).kv_bytes_per_token();
    };
    // Qwen3-32B: 64 layers × 8 KV heads × (K + V) × head_dim 128 × 2 B (hidden / heads would give 80).
    CHECK(kv_per_token("qwen3-32b") == Approx(64.0 * 8 * 2 * 128 * 2));
    // DeepSeek-V3: 61 layers × (512 latent + 64 RoPE key) × 2 B, not 128 heads of K and V.
    CHECK(kv_per_token("deepseek-v3") == Approx(61.0 * (512 + 64) * 2));
}
