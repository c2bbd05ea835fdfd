// Writing .ccd documents. Defaults are omitted so small edits give small diffs;
// keys are sorted by nlohmann::json's std::map; arrays are in id order.
#include "format/design_format.h"
#include "format/json_text.h"

#include <algorithm>
#include <cstdint>

namespace cc::format {

using json_in::Json;

namespace {

template <class T>
void put_opt(Json& j, const char* key, const std::optional<T>& v) {
    if (v) j[key] = *v;
}

template <class T>
void put_opt(JsonText& j, const char* key, const std::optional<T>& v) {
    if (v) j.key(key).value(*v);
}

void write_port(JsonText& j, const Port& p) {
    j.begin_object();
    j.key("id").value(p.id);
    j.key("fabric").value(to_string(p.fabric));
    j.key("speed_Gbps").value(p.speed_Gbps);
    if (p.count != 1) j.key("count").value(p.count);
    j.end_object();
}

void write_component(JsonText& j, const Component& c) {
    j.begin_object();
    j.key("id").value(c.id);
    j.key("kind").value(to_string(c.kind));
    j.key("catalog_id").value(c.catalog_id);
    j.key("pos").begin_array();
    j.value(c.pos.x);
    j.value(c.pos.y);
    j.end_array();
    if (!c.name.empty()) j.key("name").value(c.name);
    if (!c.group.empty()) j.key("group").value(c.group);
    if (c.count != 1) j.key("count").value(c.count);
    j.key("ports").begin_array();
    for (const auto& p : c.ports) write_port(j, p);
    j.end_array();
    put_opt(j, "accelerator", c.accelerator);
    put_opt(j, "accelerator_count", c.accelerator_count);
    put_opt(j, "scale_up_fabric", c.scale_up_fabric);
    put_opt(j, "power_mode", c.power_mode);
    put_opt(j, "capacity_TB", c.capacity_TB);
    put_opt(j, "nodes", c.nodes);
    j.end_object();
}

void write_end(JsonText& j, const char* key, const LinkEnd& e) {
    j.key(key).begin_object();
    j.key("component").value(e.component);
    j.key("port").value(e.port);
    j.end_object();
}

void write_link(JsonText& j, const Link& l) {
    j.begin_object();
    j.key("id").value(l.id);
    write_end(j, "a", l.a);
    write_end(j, "b", l.b);
    if (l.count != 1) j.key("count").value(l.count);
    put_opt(j, "length_m", l.length_m);
    put_opt(j, "latency_us", l.latency_us);
    j.end_object();
}

void write_group(JsonText& j, const Group& g) {
    j.begin_object();
    j.key("id").value(g.id);
    j.key("kind").value(to_string(g.kind));
    if (!g.name.empty()) j.key("name").value(g.name);
    if (!g.parent.empty()) j.key("parent").value(g.parent);
    if (g.replicas != 1) j.key("replicas").value(g.replicas);
    put_opt(j, "power_budget_W", g.power_budget_W);
    put_opt(j, "rack_units", g.rack_units);
    if (g.scale_up_domain) j.key("scale_up_domain").value(true);
    j.end_object();
}

Json model_json(const ModelRef& m) {
    if (!m.custom) return m.library_id;
    const ModelShape& s = *m.custom;
    Json j{{"name", s.name}, {"arch", s.arch}, {"params", s.params}};
    put_opt(j, "active_params", s.active_params);
    put_opt(j, "layers", s.layers);
    put_opt(j, "hidden", s.hidden);
    put_opt(j, "heads", s.heads);
    put_opt(j, "kv_heads", s.kv_heads);
    put_opt(j, "ffn", s.ffn);
    put_opt(j, "vocab", s.vocab);
    put_opt(j, "seq_len", s.seq_len);
    put_opt(j, "experts", s.experts);
    put_opt(j, "experts_active", s.experts_active);
    put_opt(j, "gflops_per_sample", s.gflops_per_sample);
    put_opt(j, "head_dim", s.head_dim);
    put_opt(j, "shared_experts", s.shared_experts);
    put_opt(j, "moe_layers", s.moe_layers);
    put_opt(j, "dense_ffn", s.dense_ffn);
    put_opt(j, "kv_lora_rank", s.kv_lora_rank);
    put_opt(j, "q_lora_rank", s.q_lora_rank);
    return j;
}

template <class E>
std::optional<std::string> enum_text(const std::optional<E>& v) {
    if (!v) return std::nullopt;
    return std::string(to_string(*v));
}

Json workload_json(const Workload& w) {
    Json j;
    const Assumptions defaults;
    if (w.assumptions != defaults) {
        Json a{{"pue", w.assumptions.pue}, {"price_per_kWh_usd", w.assumptions.price_per_kWh_usd}};
        put_opt(a, "price_per_gpu_hour_usd", w.assumptions.price_per_gpu_hour_usd);
        j["assumptions"] = std::move(a);
    }
    if (const auto* t = std::get_if<TrainingWorkload>(&w.spec)) {
        j["kind"] = "training";
        j["model"] = model_json(t->model);
        j["precision"] = std::string(to_string(t->precision));
        put_opt(j, "stack", enum_text(t->stack));
        put_opt(j, "dataset_tokens", t->dataset_tokens);
        put_opt(j, "dataset_samples", t->dataset_samples);
        j["global_batch"] = t->global_batch;
        put_opt(j, "seq_len", t->seq_len);
        const ParallelismSpec& p = t->parallelism;
        Json pj{{"mode", p.automatic ? "auto" : "fixed"},
                {"recompute", std::string(to_string(p.recompute))},
                {"sequence_parallel", p.sequence_parallel}};
        if (!p.automatic) {
            pj["tp"] = p.tp;
            pj["pp"] = p.pp;
            pj["dp"] = p.dp;
            pj["virtual_stages"] = p.virtual_stages;
            pj["ep"] = p.ep;
            if (p.cp > 1) pj["cp"] = p.cp; // omitted at 1: files without context parallelism stay as they were
            pj["zero"] = p.zero;
            put_opt(pj, "micro_batch", p.micro_batch);
        }
        j["parallelism"] = std::move(pj);
    } else if (const auto* s = std::get_if<ServingWorkload>(&w.spec)) {
        j["kind"] = "inference";
        j["model"] = model_json(s->model);
        j["precision"] = std::string(to_string(s->precision));
        put_opt(j, "stack", enum_text(s->stack));
        put_opt(j, "weights_precision", enum_text(s->weights_precision));
        put_opt(j, "kv_precision", enum_text(s->kv_precision));
        j["input_tokens"] = s->input_tokens;
        j["output_tokens"] = s->output_tokens;
        put_opt(j, "request_rate_per_s", s->request_rate_per_s);
        put_opt(j, "concurrency", s->concurrency);
        put_opt(j, "tp", s->tp);
        Json targets = Json::object();
        put_opt(targets, "ttft_p99_ms", s->ttft_p99_target_ms);
        put_opt(targets, "tpot_ms", s->tpot_target_ms);
        put_opt(targets, "latency_p99_ms", s->latency_p99_target_ms);
        if (!targets.empty()) j["targets"] = std::move(targets);
        j["pipeline"] = s->pipeline;
    } else if (const auto* e = std::get_if<EdgeWorkload>(&w.spec)) {
        j["kind"] = "edge";
        j["model"] = model_json(e->model);
        j["precision"] = std::string(to_string(e->precision));
        put_opt(j, "stack", enum_text(e->stack));
        put_opt(j, "fps_per_stream", e->fps_per_stream);
        j["placement"] = std::string(to_string(e->placement));
        put_opt(j, "latency_budget_ms", e->latency_budget_ms);
        j["pipeline"] = e->pipeline;
    } else {
        j["kind"] = "none";
    }
    return j;
}

/// Items in file order (by id), without copying them.
template <class T>
std::vector<const T*> by_id(const std::vector<T>& items) {
    std::vector<const T*> out;
    out.reserve(items.size());
    for (const auto& x : items) out.push_back(&x);
    std::stable_sort(out.begin(), out.end(), [](const T* a, const T* b) { return id_less(a->id, b->id); });
    return out;
}

template <class T, class Write>
void write_list(JsonText& j, const char* key, const std::vector<T>& items, Write write) {
    j.key(key).begin_array();
    for (const T* x : by_id(items)) write(j, *x);
    j.end_array();
}

// The drawn part shared by the active design and its scenarios.
template <typename Body>
void write_body(JsonText& j, const Body& b) {
    write_list(j, "components", b.components, write_component);
    write_list(j, "links", b.links, write_link);
    write_list(j, "groups", b.groups, write_group);
    j.key("workload").value(workload_json(b.workload));
}

} // namespace

const char* app_version() { return CC_APP_VERSION; }

std::string write_design(const Design& d) {
    JsonText j;
    j.begin_object();
    j.key("format").value(kFormatName);
    j.key("version").value(kCurrentVersion);
    j.key("app_version").value(app_version());
    j.key("title").value(d.title);
    if (!d.description.empty()) j.key("description").value(d.description);
    if (!d.sources.empty()) {
        j.key("sources").begin_array();
        for (const auto& source : d.sources) j.value(source);
        j.end_array();
    }
    write_body(j, d);
    if (!d.scenarios.empty()) {
        j.key("scenario").value(d.scenario);
        j.key("scenario_position").value(static_cast<std::uint64_t>(d.scenario_position));
        j.key("scenarios").begin_array();
        for (const auto& s : d.scenarios) {
            j.begin_object();
            j.key("name").value(s.name);
            write_body(j, s);
            j.end_object();
        }
        j.end_array();
    }
    j.end_object();
    return j.take() + "\n";
}

Json to_json(const Design& d) { return Json::parse(write_design(d)); }

} // namespace cc::format
