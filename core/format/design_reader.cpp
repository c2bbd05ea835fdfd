// Reading .ccd documents: version handling, schema, and the semantic checks
// that make a design well-formed (unique ids, real link ends, acyclic groups).
#include "format/design_format.h"
#include "format/stack_field.h"
#include "model/workload_limits.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>
#include <unordered_set>

namespace cc::format {

using json_in::child;
using json_in::Json;
using json_in::ObjectReader;

namespace {

constexpr double kPositive = 1e-300;
constexpr double kHuge = 1e18;

const std::vector<std::string_view> kArchs{"decoder", "moe-decoder", "encoder", "cnn", "detector", "diffusion"};

template <class E>
E read_enum(ObjectReader& r, std::string_view key, const std::vector<std::string_view>& names, std::optional<E> (*from)(std::string_view),
            std::optional<E> fallback = std::nullopt) {
    std::optional<std::string> fb;
    if (fallback) fb = std::string(names[static_cast<std::size_t>(*fallback)]);
    return *from(r.choice(key, names, fb));
}

std::optional<int> opt_int(ObjectReader& r, std::string_view key, long long lo, long long hi) {
    auto v = r.opt_integer(key, lo, hi);
    return v ? std::optional<int>(static_cast<int>(*v)) : std::nullopt;
}

Port read_port(const Json& j, const std::string& ptr, const DesignLimits& lim) {
    ObjectReader r(j, ptr);
    Port p;
    p.id = r.string("id");
    if (p.id.empty()) throw InputError(r.at("id"), "expected a non-empty port id");
    const std::string fabric = r.string("fabric");
    auto f = port_fabric_from(fabric);
    if (!f)
        throw InputError(r.at("fabric"), "expected a port fabric (nvlink1–5, pcie3–6, infinity_fabric, infiniband, "
                                         "ethernet or wan), got \"" +
                                             clip_text(fabric) + "\"");
    p.fabric = *f;
    p.speed_Gbps = r.number("speed_Gbps", kPositive, 1e5);
    p.count = static_cast<int>(r.integer_or("count", 1, 1, lim.max_port_count));
    r.finish();
    return p;
}

Component read_component(const Json& j, const std::string& ptr, const DesignLimits& lim) {
    ObjectReader r(j, ptr);
    Component c;
    c.id = r.string("id");
    if (c.id.empty()) throw InputError(r.at("id"), "expected a non-empty id");
    c.kind = read_enum<ComponentKind>(r, "kind", component_kind_names(), component_kind_from);
    c.catalog_id = r.string("catalog_id");
    c.name = r.string_or("name", "");
    c.group = r.string_or("group", "");
    if (const Json* pos = r.get("pos")) {
        const std::string pp = r.at("pos");
        if (!pos->is_array() || pos->size() != 2) throw InputError(pp, "expected [x, y], got " + json_in::describe(*pos));
        c.pos.x = json_in::check_number((*pos)[0], child(pp, std::size_t{0}), -1e7, 1e7);
        c.pos.y = json_in::check_number((*pos)[1], child(pp, std::size_t{1}), -1e7, 1e7);
    }
    c.count = static_cast<int>(r.integer_or("count", 1, 1, 100000));
    if (const Json* ports = r.opt_array("ports", lim.max_ports)) {
        std::unordered_set<std::string> seen;
        for (std::size_t i = 0; i < ports->size(); ++i) {
            const std::string pp = child(r.at("ports"), i);
            Port p = read_port((*ports)[i], pp, lim);
            if (!seen.insert(p.id).second) throw InputError(child(pp, "id"), "duplicate port id \"" + clip_text(p.id) + "\"");
            c.ports.push_back(std::move(p));
        }
    }
    c.accelerator = r.opt_string("accelerator");
    c.accelerator_count = opt_int(r, "accelerator_count", 0, 4096);
    c.scale_up_fabric = r.opt_string("scale_up_fabric");
    c.power_mode = r.opt_string("power_mode");
    c.capacity_TB = r.opt_number("capacity_TB", kPositive, 1e9);
    c.nodes = opt_int(r, "nodes", 1, 10000000);
    r.finish();
    return c;
}

LinkEnd read_end(const Json& j, const std::string& ptr) {
    ObjectReader r(j, ptr);
    LinkEnd e;
    e.component = r.string("component");
    e.port = r.string("port");
    r.finish();
    return e;
}

Link read_link(const Json& j, const std::string& ptr) {
    ObjectReader r(j, ptr);
    Link l;
    l.id = r.string("id");
    if (l.id.empty()) throw InputError(r.at("id"), "expected a non-empty id");
    l.a = read_end(r.object("a"), r.at("a"));
    l.b = read_end(r.object("b"), r.at("b"));
    l.count = static_cast<int>(r.integer_or("count", 1, 1, 100000));
    l.length_m = r.opt_number("length_m", 0, 1e8);
    l.latency_us = r.opt_number("latency_us", 0, 1e9);
    r.finish();
    return l;
}

Group read_group(const Json& j, const std::string& ptr, const DesignLimits& lim) {
    ObjectReader r(j, ptr);
    Group g;
    g.id = r.string("id");
    if (g.id.empty()) throw InputError(r.at("id"), "expected a non-empty id");
    g.kind = read_enum<GroupKind>(r, "kind", group_kind_names(), group_kind_from);
    g.name = r.string_or("name", "");
    g.parent = r.string_or("parent", "");
    g.replicas = static_cast<int>(r.integer_or("replicas", 1, 1, lim.max_replicas));
    g.power_budget_W = r.opt_number("power_budget_W", kPositive, 1e9);
    g.rack_units = opt_int(r, "rack_units", 1, 1000);
    g.scale_up_domain = r.boolean_or("scale_up_domain", false);
    r.finish();
    return g;
}

ModelRef read_model(ObjectReader& w) {
    ModelRef m;
    const Json& j = w.require("model");
    if (j.is_string()) {
        m.library_id = json_in::check_string(j, w.at("model"), 256);
        if (m.library_id.empty()) throw InputError(w.at("model"), "expected a model-library id or a model shape");
        return m;
    }
    ObjectReader r(j, w.at("model"));
    ModelShape s;
    s.name = r.string("name");
    s.arch = r.choice("arch", kArchs);
    s.params = r.number("params", kPositive, 1e16);
    s.active_params = r.opt_number("active_params", kPositive, 1e16);
    s.layers = opt_int(r, "layers", 1, limits::kLayers);
    s.hidden = opt_int(r, "hidden", 1, limits::kHidden);
    s.heads = opt_int(r, "heads", 1, limits::kHeads);
    s.kv_heads = opt_int(r, "kv_heads", 1, limits::kHeads);
    s.ffn = opt_int(r, "ffn", 1, limits::kFfn);
    s.vocab = opt_int(r, "vocab", 1, limits::kVocab);
    s.seq_len = opt_int(r, "seq_len", 1, limits::kSeqLen);
    s.experts = opt_int(r, "experts", 1, limits::kExperts);
    s.experts_active = opt_int(r, "experts_active", 1, limits::kExperts);
    s.gflops_per_sample = r.opt_number("gflops_per_sample", kPositive, 1e12);
    s.head_dim = opt_int(r, "head_dim", 1, limits::kHidden);
    s.shared_experts = opt_int(r, "shared_experts", 1, limits::kExperts);
    s.moe_layers = opt_int(r, "moe_layers", 1, limits::kLayers);
    s.dense_ffn = opt_int(r, "dense_ffn", 1, limits::kFfn);
    s.kv_lora_rank = opt_int(r, "kv_lora_rank", 1, limits::kHidden);
    s.q_lora_rank = opt_int(r, "q_lora_rank", 1, limits::kHidden);
    r.finish();
    const bool transformer = s.arch == "decoder" || s.arch == "moe-decoder" || s.arch == "encoder";
    if (transformer && (!s.layers || !s.hidden)) throw InputError(w.at("model"), "a " + s.arch + " model needs \"layers\" and \"hidden\"");
    // Diffusion needs no FLOPs: the engines price it from params (UNet calls ×
    // latent positions), as for the model library's own sdxl.
    if (!transformer && s.arch != "diffusion" && !s.gflops_per_sample)
        throw InputError(w.at("model"), "a " + s.arch + " model needs \"gflops_per_sample\"");
    m.custom = std::move(s);
    return m;
}

ParallelismSpec read_parallelism(ObjectReader& w) {
    ParallelismSpec p;
    const Json* j = w.get("parallelism");
    if (!j) return p;
    ObjectReader r(*j, w.at("parallelism"));
    p.automatic = r.choice("mode", {"auto", "fixed"}, std::string("auto")) == "auto";
    p.recompute = read_enum<Recompute>(r, "recompute", recompute_names(), recompute_from, Recompute::Selective);
    p.sequence_parallel = r.boolean_or("sequence_parallel", true);
    if (!p.automatic) {
        p.tp = static_cast<int>(r.integer_or("tp", 1, 1, limits::kModelParallel));
        p.pp = static_cast<int>(r.integer_or("pp", 1, 1, limits::kModelParallel));
        p.dp = static_cast<int>(r.integer_or("dp", 1, 1, limits::kDataParallel));
        p.cp = static_cast<int>(r.integer_or("cp", 1, 1, limits::kModelParallel));
        p.virtual_stages = static_cast<int>(r.integer_or("virtual_stages", 1, 1, limits::kModelParallel));
        p.ep = static_cast<int>(r.integer_or("ep", 1, 1, limits::kModelParallel));
        p.zero = static_cast<int>(r.integer_or("zero", 0, 0, 3));
        p.micro_batch = opt_int(r, "micro_batch", 1, limits::kMicroBatch);
    }
    r.finish();
    return p;
}

Assumptions read_assumptions(ObjectReader& w) {
    Assumptions a;
    const Json* j = w.get("assumptions");
    if (!j) return a;
    ObjectReader r(*j, w.at("assumptions"));
    a.pue = r.number_or("pue", a.pue, 1.0, 5.0);
    a.price_per_kWh_usd = r.number_or("price_per_kWh_usd", a.price_per_kWh_usd, 0, 100);
    a.price_per_gpu_hour_usd = r.opt_number("price_per_gpu_hour_usd", 0, 10000);
    r.finish();
    return a;
}

std::optional<Precision> opt_precision(ObjectReader& r, std::string_view key) {
    if (!r.has(key)) {
        r.get(key);
        return std::nullopt;
    }
    return read_enum<Precision>(r, key, precision_names(), precision_from);
}

Workload read_workload(const Json& j, const std::string& ptr) {
    Workload w;
    ObjectReader r(j, ptr);
    const std::string kind = r.choice("kind", {"none", "training", "inference", "edge"});
    w.assumptions = read_assumptions(r);
    if (kind == "training") {
        TrainingWorkload t;
        t.model = read_model(r);
        t.precision = read_enum<Precision>(r, "precision", precision_names(), precision_from, Precision::BF16);
        t.stack = read_stack(r, stacks_for(WorkloadKind::Training), "training workloads");
        t.dataset_tokens = r.opt_number("dataset_tokens", kPositive, 1e18);
        t.dataset_samples = r.opt_number("dataset_samples", kPositive, 1e18);
        t.global_batch = static_cast<int>(r.integer("global_batch", 1, limits::kGlobalBatch));
        t.seq_len = opt_int(r, "seq_len", 1, limits::kSeqLen);
        t.parallelism = read_parallelism(r);
        w.spec = std::move(t);
    } else if (kind == "inference") {
        ServingWorkload s;
        s.model = read_model(r);
        s.precision = read_enum<Precision>(r, "precision", precision_names(), precision_from, Precision::FP8);
        s.weights_precision = opt_precision(r, "weights_precision");
        s.kv_precision = opt_precision(r, "kv_precision");
        s.stack = read_stack(r, stacks_for(WorkloadKind::Serving), "inference workloads");
        s.input_tokens = r.number_or("input_tokens", s.input_tokens, 0, 1e8);
        s.output_tokens = r.number_or("output_tokens", s.output_tokens, 0, 1e8);
        s.request_rate_per_s = r.opt_number("request_rate_per_s", kPositive, 1e9);
        s.concurrency = opt_int(r, "concurrency", 1, limits::kConcurrency);
        s.tp = opt_int(r, "tp", 1, limits::kModelParallel);
        if (const Json* t = r.get("targets")) {
            ObjectReader tr(*t, r.at("targets"));
            s.ttft_p99_target_ms = tr.opt_number("ttft_p99_ms", kPositive, 1e9);
            s.tpot_target_ms = tr.opt_number("tpot_ms", kPositive, 1e9);
            s.latency_p99_target_ms = tr.opt_number("latency_p99_ms", kPositive, 1e9);
            tr.finish();
        }
        s.pipeline = r.choice("pipeline", {"end_to_end", "kernel"}, std::string("end_to_end"));
        w.spec = std::move(s);
    } else if (kind == "edge") {
        EdgeWorkload e;
        e.model = read_model(r);
        e.precision = read_enum<Precision>(r, "precision", precision_names(), precision_from, Precision::INT8);
        e.stack = read_stack(r, stacks_for(WorkloadKind::Edge), "edge workloads");
        e.fps_per_stream = r.opt_number("fps_per_stream", kPositive, 10000);
        e.placement = read_enum<Placement>(r, "placement", placement_names(), placement_from, Placement::Edge);
        e.latency_budget_ms = r.opt_number("latency_budget_ms", kPositive, 1e9);
        e.pipeline = r.choice("pipeline", {"end_to_end", "kernel"}, std::string("end_to_end"));
        w.spec = std::move(e);
    }
    r.finish();
    return w;
}

// Semantic checks across the whole document: ids, references, group tree.
void check_structure(const Design& d, const DesignLimits& lim, const std::string& base) {
    std::unordered_map<std::string_view, std::size_t> comp_index, group_index;
    for (std::size_t i = 0; i < d.components.size(); ++i)
        if (!comp_index.emplace(d.components[i].id, i).second)
            throw InputError(child(child(base + "/components", i), "id"),
                             "duplicate component id \"" + clip_text(d.components[i].id) + "\"");
    for (std::size_t i = 0; i < d.groups.size(); ++i)
        if (!group_index.emplace(d.groups[i].id, i).second)
            throw InputError(child(child(base + "/groups", i), "id"), "duplicate group id \"" + clip_text(d.groups[i].id) + "\"");
    std::unordered_set<std::string_view> link_ids;
    for (std::size_t i = 0; i < d.links.size(); ++i)
        if (!link_ids.insert(d.links[i].id).second)
            throw InputError(child(child(base + "/links", i), "id"), "duplicate link id \"" + clip_text(d.links[i].id) + "\"");

    // Every parent exists before any chain is walked: the walk from one group
    // passes through later groups whose parents were not checked yet (fuzz_design
    // found unordered_map::at escaping from there).
    for (std::size_t i = 0; i < d.groups.size(); ++i) {
        const Group& g = d.groups[i];
        if (!g.parent.empty() && !group_index.count(g.parent))
            throw InputError(child(child(base + "/groups", i), "parent"), "no group with id \"" + clip_text(g.parent) + "\"");
    }
    for (std::size_t i = 0; i < d.groups.size(); ++i) {
        const Group& g = d.groups[i];
        const std::string ptr = child(child(base + "/groups", i), "parent");
        if (g.parent.empty()) continue;
        // Walk up: a cycle or a chain deeper than the limit is an error.
        std::string chain = g.id;
        const Group* cur = &g;
        // Checked integer product: six levels of ×1,000,000 overflow any float →
        // integer conversion, so stop as soon as the limit is passed.
        const long long limit = lim.max_multiplicity;
        long long mult = g.replicas;
        bool over = mult > limit;
        for (int depth = 1; !cur->parent.empty(); ++depth) {
            if (cur->parent == g.id) throw InputError(ptr, "groups form a cycle: " + chain + " → " + g.id);
            if (depth > lim.max_group_depth)
                throw InputError(ptr, "groups nest deeper than " + std::to_string(lim.max_group_depth) + " levels");
            cur = &d.groups[group_index.at(cur->parent)];
            chain += " → " + cur->id;
            if (!over) over = __builtin_mul_overflow(mult, static_cast<long long>(cur->replicas), &mult) || mult > limit;
        }
        if (over)
            throw InputError(child(child(base + "/groups", i), "replicas"), "nested ×N counts along " + chain + " multiply to more than " +
                                                                                std::to_string(limit) + " copies (the limit); lower a ×N");
    }
    for (std::size_t i = 0; i < d.components.size(); ++i) {
        const Component& c = d.components[i];
        if (!c.group.empty() && !group_index.count(c.group))
            throw InputError(child(child(base + "/components", i), "group"), "no group with id \"" + clip_text(c.group) + "\"");
    }
    for (std::size_t i = 0; i < d.links.size(); ++i) {
        const Link& l = d.links[i];
        const std::string lp = child(base + "/links", i);
        const Port* ports[2] = {nullptr, nullptr};
        const LinkEnd* ends[2] = {&l.a, &l.b};
        for (int e = 0; e < 2; ++e) {
            const std::string ep = child(lp, e == 0 ? "a" : "b");
            auto it = comp_index.find(ends[e]->component);
            if (it == comp_index.end())
                throw InputError(child(ep, "component"), "no component with id \"" + clip_text(ends[e]->component) + "\"");
            const Component& c = d.components[it->second];
            ports[e] = c.port(ends[e]->port);
            if (!ports[e])
                throw InputError(child(ep, "port"),
                                 "component \"" + clip_text(c.id) + "\" has no port \"" + clip_text(ends[e]->port) + "\"");
        }
        if (l.a == l.b) throw InputError(lp, "a link must join two different ports; both ends are " + l.a.component + "." + l.a.port);
        if (auto why = link_refusal(ports[0]->fabric, ports[1]->fabric); !why.empty())
            throw InputError(lp, why + " (" + l.a.component + "." + l.a.port + " ↔ " + l.b.component + "." + l.b.port + ")");
    }
}

// The drawn part of a design or scenario: components, links, groups, workload.
template <typename Body>
void read_body(ObjectReader& obj, const std::string& base, const DesignLimits& limits, Body& b) {
    if (const Json* comps = obj.opt_array("components", limits.max_components))
        for (std::size_t i = 0; i < comps->size(); ++i)
            b.components.push_back(read_component((*comps)[i], child(base + "/components", i), limits));
    if (const Json* links = obj.opt_array("links", limits.max_links))
        for (std::size_t i = 0; i < links->size(); ++i) b.links.push_back(read_link((*links)[i], child(base + "/links", i)));
    if (const Json* groups = obj.opt_array("groups", limits.max_groups))
        for (std::size_t i = 0; i < groups->size(); ++i) b.groups.push_back(read_group((*groups)[i], child(base + "/groups", i), limits));
    if (const Json* w = obj.get("workload")) b.workload = read_workload(*w, base + "/workload");
}

Scenario read_scenario(const Json& j, const std::string& ptr, const DesignLimits& limits) {
    ObjectReader obj(j, ptr);
    Scenario s;
    s.name = obj.string("name");
    read_body(obj, ptr, limits, s);
    obj.finish();
    Design as_design; // the same structural checks as the active variant
    as_design.components = s.components;
    as_design.links = s.links;
    as_design.groups = s.groups;
    check_structure(as_design, limits, ptr);
    return s;
}

// Scenario names identify variants in the UI and in `compare`: non-empty and unique.
void check_scenarios(const Design& d) {
    if (d.scenarios.empty()) return;
    if (d.scenario.empty()) throw InputError("/scenario", "a design with scenarios must name its active scenario");
    std::unordered_set<std::string_view> names{d.scenario};
    for (std::size_t i = 0; i < d.scenarios.size(); ++i) {
        const std::string ptr = child(child("/scenarios", i), "name");
        if (d.scenarios[i].name.empty()) throw InputError(ptr, "a scenario needs a name");
        if (!names.insert(d.scenarios[i].name).second)
            throw InputError(ptr, "two scenarios are named \"" + clip_text(d.scenarios[i].name) + "\"; names must be unique");
    }
}

} // namespace

const std::vector<Migration>& migrations() {
    // 1 → 2: scenarios were added; a version 1 file is a version 2 file without them.
    static const std::vector<Migration> chain{{1, [](json_in::Json&) {}}};
    return chain;
}

Design read_design_json(Json doc, const DesignLimits& limits, const std::vector<Migration>& chain, int current_version) {
    {
        ObjectReader head(doc, "");
        head.allow_unknown();
        const std::string format = head.string("format");
        if (format != kFormatName)
            throw InputError("/format",
                             std::string("expected \"") + kFormatName + "\", got \"" + format + "\"; this is not a ClusterCanvas design");
    }
    const auto version = json_in::check_integer(doc.contains("version") ? doc["version"] : Json(), "/version", 1, 1000000);
    if (version > current_version)
        throw InputError("/version", "this design was saved by a newer ClusterCanvas (format version " + std::to_string(version) +
                                         "; this one reads up to " + std::to_string(current_version) +
                                         "). Update ClusterCanvas to open it.");
    for (int v = static_cast<int>(version); v < current_version; ++v) {
        auto step = std::find_if(chain.begin(), chain.end(), [&](const Migration& m) { return m.from == v; });
        if (step == chain.end()) throw InputError("/version", "no migration from format version " + std::to_string(v));
        step->apply(doc);
        doc["version"] = v + 1;
    }

    ObjectReader top(doc, "");
    top.string("format");
    top.integer("version", 1, current_version);
    top.string_or("app_version", "");
    Design d;
    d.title = top.string_or("title", "");
    d.description = top.string_or("description", "");
    d.sources = top.string_list("sources", 1000);
    read_body(top, "", limits, d);
    d.scenario = top.string_or("scenario", "");
    if (const Json* list = top.opt_array("scenarios", limits.max_scenarios))
        for (std::size_t i = 0; i < list->size(); ++i) d.scenarios.push_back(read_scenario((*list)[i], child("/scenarios", i), limits));
    d.scenario_position = static_cast<std::size_t>(top.integer_or("scenario_position", 0, 0, static_cast<long long>(d.scenarios.size())));
    top.finish();
    check_structure(d, limits, "");
    check_scenarios(d);
    return d;
}

Design read_design(const std::string& text, const DesignLimits& limits, const std::vector<Migration>& chain, int current_version) {
    return read_design_json(json_in::parse(text), limits, chain, current_version);
}

Design load_design_file(const std::string& path, const DesignLimits& limits) { return read_design_json(json_in::parse_file(path), limits); }

} // namespace cc::format
