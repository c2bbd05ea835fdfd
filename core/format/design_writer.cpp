// Writing .ccd documents. Defaults are omitted so small edits give small diffs;
// keys are sorted by nlohmann::json's std::map; arrays are in id order.
#include "format/design_format.h"

namespace cc::format {

using json_in::Json;

namespace {

template <class T>
void put_opt(Json& j, const char* key, const std::optional<T>& v) {
    if (v) j[key] = *v;
}

Json port_json(const Port& p) {
    Json j{{"id", p.id}, {"fabric", to_string(p.fabric)}, {"speed_Gbps", p.speed_Gbps}};
    if (p.count != 1) j["count"] = p.count;
    return j;
}

Json component_json(const Component& c) {
    Json j{{"id", c.id}, {"kind", std::string(to_string(c.kind))}, {"catalog_id", c.catalog_id}, {"pos", Json::array({c.pos.x, c.pos.y})}};
    if (!c.name.empty()) j["name"] = c.name;
    if (!c.group.empty()) j["group"] = c.group;
    if (c.count != 1) j["count"] = c.count;
    Json ports = Json::array();
    for (const auto& p : c.ports) ports.push_back(port_json(p));
    j["ports"] = std::move(ports);
    put_opt(j, "accelerator", c.accelerator);
    put_opt(j, "accelerator_count", c.accelerator_count);
    put_opt(j, "scale_up_fabric", c.scale_up_fabric);
    put_opt(j, "power_mode", c.power_mode);
    put_opt(j, "capacity_TB", c.capacity_TB);
    put_opt(j, "nodes", c.nodes);
    return j;
}

Json link_json(const Link& l) {
    Json j{
        {"id", l.id}, {"a", {{"component", l.a.component}, {"port", l.a.port}}}, {"b", {{"component", l.b.component}, {"port", l.b.port}}}};
    if (l.count != 1) j["count"] = l.count;
    put_opt(j, "length_m", l.length_m);
    put_opt(j, "latency_us", l.latency_us);
    return j;
}

Json group_json(const Group& g) {
    Json j{{"id", g.id}, {"kind", std::string(to_string(g.kind))}};
    if (!g.name.empty()) j["name"] = g.name;
    if (!g.parent.empty()) j["parent"] = g.parent;
    if (g.replicas != 1) j["replicas"] = g.replicas;
    put_opt(j, "power_budget_W", g.power_budget_W);
    put_opt(j, "rack_units", g.rack_units);
    return j;
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

// The drawn part shared by the active design and its scenarios.
template <typename Body>
void put_body(Json& j, const Body& b) {
    Json comps = Json::array(), links = Json::array(), groups = Json::array();
    for (const auto& c : b.components) comps.push_back(component_json(c));
    for (const auto& l : b.links) links.push_back(link_json(l));
    for (const auto& g : b.groups) groups.push_back(group_json(g));
    j["components"] = std::move(comps);
    j["links"] = std::move(links);
    j["groups"] = std::move(groups);
    j["workload"] = workload_json(b.workload);
}

} // namespace

const char* app_version() { return CC_APP_VERSION; }

Json to_json(const Design& design) {
    Design d = design;
    normalise_order(d);
    Json j{{"format", kFormatName}, {"version", kCurrentVersion}, {"app_version", app_version()}};
    j["title"] = d.title;
    if (!d.description.empty()) j["description"] = d.description;
    if (!d.sources.empty()) j["sources"] = d.sources;
    put_body(j, d);
    if (!d.scenarios.empty()) {
        j["scenario"] = d.scenario;
        j["scenario_position"] = d.scenario_position;
        Json list = Json::array();
        for (const auto& scenario : d.scenarios) {
            Scenario s = scenario;
            normalise_order(s);
            Json sj{{"name", s.name}};
            put_body(sj, s);
            list.push_back(std::move(sj));
        }
        j["scenarios"] = std::move(list);
    }
    return j;
}

std::string write_design(const Design& d) { return to_json(d).dump(2) + "\n"; }

} // namespace cc::format
