#include "catalog/hf_config.h"

#include "catalog/transformer_count.h"
#include "model/workload_limits.h"
#include "util/json_reader.h"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <optional>
#include <set>

namespace cc {

using json_in::Json;

namespace {

// Fields that say nothing about size or cost (token ids, numerics, bookkeeping).
const std::set<std::string, std::less<>> kIrrelevant = {"_name_or_path",
                                                        "architectures",
                                                        "model_type",
                                                        "torch_dtype",
                                                        "dtype",
                                                        "transformers_version",
                                                        "use_cache",
                                                        "bos_token_id",
                                                        "eos_token_id",
                                                        "pad_token_id",
                                                        "initializer_range",
                                                        "rms_norm_eps",
                                                        "layer_norm_eps",
                                                        "layer_norm_epsilon",
                                                        "norm_eps",
                                                        "rope_theta",
                                                        "rope_local_base_freq",
                                                        "attention_dropout",
                                                        "hidden_dropout",
                                                        "attention_bias",
                                                        "mlp_bias",
                                                        "pretraining_tp",
                                                        "max_window_layers",
                                                        "use_sliding_window",
                                                        "hidden_act",
                                                        "hidden_activation",
                                                        "output_router_logits",
                                                        "router_aux_loss_coef",
                                                        "router_jitter_noise",
                                                        "norm_topk_prob",
                                                        "decoder_sparse_step",
                                                        "mlp_only_layers",
                                                        "auto_map",
                                                        "tokenizer_class",
                                                        "aux_loss_alpha",
                                                        "seq_aux",
                                                        "scoring_func",
                                                        "topk_method",
                                                        "n_group",
                                                        "topk_group",
                                                        "routed_scaling_factor",
                                                        "ep_size",
                                                        "moe_layer_freq",
                                                        "use_qk_norm",
                                                        "query_pre_attn_scalar",
                                                        "final_logit_softcapping",
                                                        "attn_logit_softcapping",
                                                        "attention_chunk_size",
                                                        "no_rope_layers",
                                                        "no_rope_layer_interval",
                                                        "attn_temperature_tuning",
                                                        "floor_scale",
                                                        "attn_scale",
                                                        "for_llm_compressor",
                                                        "_attn_implementation_autoset",
                                                        "swiglu_limit",
                                                        "initial_context_length",
                                                        "boi_token_index",
                                                        "eoi_token_index",
                                                        "image_token_index",
                                                        "mm_tokens_per_image",
                                                        "image_token_id"};

// Models whose MLP is a plain two-matrix one (the rest are gated: SwiGLU/GeGLU).
const std::set<std::string, std::less<>> kPlainMlp = {"gpt2", "gptj", "gpt_neox", "gpt_bigcode", "opt", "bloom", "falcon", "phi"};

class Reader {
public:
    Reader(const Json& obj, std::string ptr) : obj_(obj), ptr_(std::move(ptr)) {}

    const Json* get(const std::string& key) {
        used_.insert(key);
        const auto it = obj_.find(key);
        return it == obj_.end() || it->is_null() ? nullptr : &*it;
    }
    std::optional<int> opt_int(const std::string& key, int max) {
        const Json* v = get(key);
        if (!v) return std::nullopt;
        return static_cast<int>(json_in::check_integer(*v, json_in::child(ptr_, key), 1, max));
    }
    int required_int(const std::string& key, int max) {
        if (!get(key)) throw InputError(json_in::child(ptr_, key), "missing: a transformer needs \"" + key + "\" (a whole number)");
        return *opt_int(key, max);
    }
    // The first of several spellings that is present.
    std::optional<int> any_int(std::initializer_list<const char*> keys, int max) {
        std::optional<int> r;
        for (const char* k : keys)
            if (auto v = opt_int(k, max); v && !r) r = v;
        return r;
    }
    void note_unused(std::vector<std::string>& notes, const std::string& prefix) const {
        for (auto it = obj_.begin(); it != obj_.end(); ++it)
            if (!used_.count(it.key()) && !kIrrelevant.count(it.key()))
                notes.push_back(prefix + it.key() + ": not used (does not enter the shape; its effect on size or cost is not modelled)");
    }
    const std::string& ptr() const { return ptr_; }

private:
    const Json& obj_;
    std::string ptr_;
    std::set<std::string, std::less<>> used_;
};

std::string grouped(double v) {
    std::string s = std::to_string(static_cast<long long>(std::llround(v)));
    for (int i = static_cast<int>(s.size()) - 3; i > 0; i -= 3) s.insert(static_cast<std::size_t>(i), ",");
    return s;
}

void read_moe(Reader& r, ModelShape& m, std::vector<std::string>& notes, const std::string& model_type) {
    m.experts = r.any_int({"num_local_experts", "num_experts", "n_routed_experts"}, limits::kExperts);
    const auto per_tok = r.any_int({"num_experts_per_tok", "experts_per_token", "num_experts_per_token"}, limits::kExperts);
    const auto moe_ffn = r.opt_int("moe_intermediate_size", limits::kFfn);
    const auto dense_mlp = r.opt_int("intermediate_size_mlp", limits::kFfn); // Llama 4's dense layers
    const auto first_dense = r.opt_int("first_k_dense_replace", limits::kLayers);
    const auto step = r.opt_int("interleave_moe_layer_step", limits::kLayers);
    const auto shared = r.opt_int("n_shared_experts", limits::kExperts);
    const auto shared_ffn = r.opt_int("shared_expert_intermediate_size", limits::kFfn); // Qwen2-MoE
    if (!m.experts || *m.experts <= 1) {
        m.experts.reset();
        return;
    }
    m.arch = "moe-decoder";
    m.experts_active = std::min(per_tok.value_or(1), *m.experts);
    if (!per_tok) notes.push_back("num_experts_per_tok not given: 1 routed expert per token assumed");
    const int dense_ffn = m.ffn.value_or(0);
    if (moe_ffn) m.ffn = moe_ffn; // per-expert width; intermediate_size is then the dense layers' width
    if (shared) m.shared_experts = shared;
    if (shared_ffn && m.ffn) {
        if (*shared_ffn % *m.ffn == 0) m.shared_experts = *shared_ffn / *m.ffn;
        else notes.push_back("shared_expert_intermediate_size: not a multiple of the expert width; the shared expert is left out");
    }
    if (model_type == "llama4_text" && !m.shared_experts) m.shared_experts = 1; // every Llama 4 MoE layer has one shared expert
    if (first_dense && *first_dense < m.layers.value_or(0)) {
        m.moe_layers = *m.layers - *first_dense;
        if (dense_ffn > 0) m.dense_ffn = dense_ffn;
    }
    if (step && *step > 1) {
        m.moe_layers = *m.layers / *step;
        m.dense_ffn = dense_mlp ? *dense_mlp : dense_ffn;
    }
}

void read_attention(Reader& r, ModelShape& m, std::vector<std::string>& notes) {
    m.kv_lora_rank = r.opt_int("kv_lora_rank", limits::kHidden);
    m.q_lora_rank = r.opt_int("q_lora_rank", limits::kHidden);
    const auto nope = r.opt_int("qk_nope_head_dim", limits::kHidden);
    const auto rope = r.opt_int("qk_rope_head_dim", limits::kHidden);
    const auto v_dim = r.opt_int("v_head_dim", limits::kHidden);
    if (m.kv_lora_rank) {
        m.head_dim = v_dim ? v_dim : nope;
        if (nope && v_dim && *nope != *v_dim) notes.push_back("qk_nope_head_dim differs from v_head_dim: v_head_dim used for both");
        if (rope && m.head_dim && *rope * 2 != *m.head_dim)
            notes.push_back("qk_rope_head_dim: counted as head_dim / 2 (DeepSeek's ratio), not " + std::to_string(*rope));
    } else if (const auto hd = r.opt_int("head_dim", limits::kHidden)) {
        if (m.heads && m.hidden && *hd * *m.heads != *m.hidden) m.head_dim = hd;
    }
    if (r.get("sliding_window")) notes.push_back("sliding_window: not modelled (attention cost counted over the full sequence)");
    if (r.get("layer_types")) notes.push_back("layer_types: per-layer attention kinds not modelled (every layer counted alike)");
    if (r.get("sliding_window_pattern")) notes.push_back("sliding_window_pattern: not modelled (every layer counted with full attention)");
    if (r.get("rope_scaling")) notes.push_back("rope_scaling: context extension not modelled; seq_len is max_position_embeddings");
}

HfImport import_doc(const Json& doc, const std::string& name) {
    if (!doc.is_object()) throw InputError("", "expected a Hugging Face config.json object, got " + json_in::describe(doc));
    HfImport out;
    Reader top(doc, "");
    std::string model_type;
    if (const Json* t = top.get("model_type"); t && t->is_string()) model_type = t->get<std::string>();
    // Multimodal wrappers (Llama 4, Gemma 3, Mistral 3) nest the language model under text_config.
    const Json* text_cfg = top.get("text_config");
    if (text_cfg && !text_cfg->is_object()) throw InputError("/text_config", "expected an object, got " + json_in::describe(*text_cfg));
    Reader nested(text_cfg ? *text_cfg : doc, "/text_config");
    Reader& r = text_cfg ? nested : top; // one reader for a flat file, so its used keys are known once
    if (text_cfg) {
        if (const Json* t = r.get("model_type"); t && t->is_string()) model_type = t->get<std::string>();
        if (top.get("vision_config")) out.notes.push_back("vision_config: the vision encoder is not counted (text model only)");
    }
    ModelShape& m = out.model;
    m.name = name;
    if (const Json* n = top.get("_name_or_path"); n && n->is_string() && !n->get<std::string>().empty()) m.name = n->get<std::string>();
    m.arch = "decoder";
    m.layers = r.required_int("num_hidden_layers", limits::kLayers);
    m.hidden = r.required_int("hidden_size", limits::kHidden);
    m.heads = r.required_int("num_attention_heads", limits::kHeads);
    m.vocab = r.required_int("vocab_size", limits::kVocab);
    m.kv_heads = r.opt_int("num_key_value_heads", limits::kHeads);
    if (!m.kv_heads) m.kv_heads = m.heads;
    m.ffn = r.opt_int("intermediate_size", limits::kFfn);
    m.seq_len = r.opt_int("max_position_embeddings", limits::kSeqLen);
    read_attention(r, m, out.notes);
    read_moe(r, m, out.notes, model_type);
    if (!m.ffn)
        throw InputError(json_in::child(r.ptr(), "intermediate_size"),
                         "missing: a transformer needs \"intermediate_size\" (or \"moe_intermediate_size\")");
    bool tied = false;
    // tie_word_embeddings sits at the top level, or inside text_config (the later wins).
    std::vector<Reader*> tie_readers{&top};
    if (text_cfg) tie_readers.push_back(&nested);
    for (Reader* rr : tie_readers)
        if (const Json* t = rr->get("tie_word_embeddings")) {
            if (!t->is_boolean())
                throw InputError(json_in::child(rr->ptr(), "tie_word_embeddings"), "expected true or false, got " + json_in::describe(*t));
            tied = t->get<bool>();
        }
    const bool gated = !kPlainMlp.count(model_type);
    if (!gated) out.notes.push_back("model_type " + model_type + ": plain two-matrix MLP counted");
    if (top.get("quantization_config"))
        out.notes.push_back("quantization_config: not used (the workload's precision sets the weight bytes)");
    if (const Json* mtp = r.get("num_nextn_predict_layers"); mtp && mtp->is_number_integer() && mtp->get<long long>() > 0)
        out.notes.push_back("num_nextn_predict_layers: the multi-token-prediction module is not counted");
    const TransformerCount c = count_transformer(m, tied, gated);
    m.params = c.total;
    m.active_params = c.active;
    out.notes.push_back("params " + grouped(c.total) + " counted from the shape" + (tied ? " (tied embeddings)" : "") +
                        (m.experts ? "; " + grouped(c.active) + " active per token" : std::string()));
    if (text_cfg) r.note_unused(out.notes, "text_config/");
    top.note_unused(out.notes, "");
    return out;
}

} // namespace

HfImport import_hf_config(const std::string& text, const std::string& name) { return import_doc(json_in::parse(text), name); }

HfImport import_hf_config_file(const std::string& path) {
    namespace fs = std::filesystem;
    const fs::path p(path);
    std::string name = p.stem().string();
    if (p.filename() == "config.json" && p.has_parent_path()) {
        const fs::path dir = fs::absolute(p).parent_path();
        if (!dir.filename().empty()) name = dir.filename().string();
    }
    const Json doc = json_in::parse_file(path); // its errors name the file
    try {
        return import_doc(doc, name);
    } catch (const InputError& e) {
        throw InputError(path + "#" + e.where(), e.detail());
    }
}

} // namespace cc
