#include "catalog/model_library.h"

#include "catalog/embedded.h"
#include "util/json_reader.h"

namespace cc {

using json_in::Json;
using json_in::ObjectReader;

namespace {

std::optional<int> opt_int(ObjectReader& r, std::string_view key) {
    auto v = r.opt_integer(key, 1, 100000000);
    return v ? std::optional<int>(static_cast<int>(*v)) : std::nullopt;
}

} // namespace

const ModelLibrary& ModelLibrary::builtin() {
    static const ModelLibrary lib = [] {
        ModelLibrary l;
        for (const auto& f : embedded_files())
            if (f.path.rfind("resources/models/", 0) == 0) l.add_document(std::string(f.text), std::string(f.path));
        return l;
    }();
    return lib;
}

void ModelLibrary::add_document(const std::string& text, const std::string& origin) {
    const Json doc = json_in::parse(text);
    ObjectReader top(doc, "");
    if (top.string("format") != "clustercanvas-models") throw InputError(origin + "#/format", "expected \"clustercanvas-models\"");
    top.integer("version", 1, 1);
    const Json& models = top.array("models", 10000);
    top.finish();
    std::vector<ModelSpec> staged = models_;
    for (std::size_t i = 0; i < models.size(); ++i) {
        ObjectReader r(models[i], json_in::child("/models", i));
        ModelSpec m;
        m.id = r.string("id");
        m.shape.name = r.string("name");
        m.shape.arch = r.choice("arch", {"decoder", "moe-decoder", "encoder", "cnn", "detector", "diffusion"});
        m.shape.params = r.number("params", 1, 1e16);
        m.shape.active_params = r.opt_number("active_params", 1, 1e16);
        m.shape.layers = opt_int(r, "layers");
        m.shape.hidden = opt_int(r, "hidden");
        m.shape.heads = opt_int(r, "heads");
        m.shape.kv_heads = opt_int(r, "kv_heads");
        m.shape.ffn = opt_int(r, "ffn");
        m.shape.vocab = opt_int(r, "vocab");
        m.shape.seq_len = opt_int(r, "seq_len");
        m.shape.experts = opt_int(r, "experts");
        m.shape.experts_active = opt_int(r, "experts_active");
        m.shape.gflops_per_sample = r.opt_number("gflops_per_sample", 1e-9, 1e12);
        m.shape.head_dim = opt_int(r, "head_dim");
        m.shape.shared_experts = opt_int(r, "shared_experts");
        m.shape.moe_layers = opt_int(r, "moe_layers");
        m.shape.dense_ffn = opt_int(r, "dense_ffn");
        m.shape.kv_lora_rank = opt_int(r, "kv_lora_rank");
        m.shape.q_lora_rank = opt_int(r, "q_lora_rank");
        if (const Json* px = r.get("input_px")) {
            if (!px->is_array() || px->size() != 2) throw InputError(r.at("input_px"), "expected [width, height]");
            m.input_width_px = static_cast<int>(json_in::check_integer((*px)[0], r.at("input_px") + "/0", 1, 100000));
            m.input_height_px = static_cast<int>(json_in::check_integer((*px)[1], r.at("input_px") + "/1", 1, 100000));
        }
        m.sources = r.string_list("sources", 100);
        if (m.sources.empty()) throw InputError(r.at("sources"), "expected at least one source");
        m.notes = r.string_or("notes", "");
        r.get("confidence");
        r.finish();
        if (find(m.id)) throw InputError(r.at("id"), "duplicate model id \"" + clip_text(m.id) + "\"");
        staged.push_back(std::move(m));
    }
    models_ = std::move(staged);
}

const ModelSpec* ModelLibrary::find(std::string_view id) const {
    for (const auto& m : models_)
        if (m.id == id) return &m;
    return nullptr;
}

const ModelShape* resolve_model(const ModelRef& ref, const ModelLibrary& lib) {
    if (ref.custom) return &*ref.custom;
    const ModelSpec* m = lib.find(ref.library_id);
    return m ? &m->shape : nullptr;
}

double weight_bytes(const ModelShape& m, Precision p) { return m.params * bytes_per_value(p); }

} // namespace cc
