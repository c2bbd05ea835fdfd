#include "validation/training_case.h"

#include "validation/case_fields.h"

#include "model/workload_limits.h"
#include "util/diagnostic.h"
#include "util/json_reader.h"

#include <algorithm>
#include <climits>
#include <cmath>

namespace cc::validation {
namespace {

using nlohmann::json;
using json_in::child;

using fields::need;
using fields::number;
using fields::opt;
using fields::opt_int;
using fields::positive_int;
using fields::str;
using fields::opt_num;

} // namespace

TrainingCase read_training_case(const json& c, const std::string& p, const Catalog& cat) {
    TrainingCase tc;
    tc.id = str(need(c, p, "id"), child(p, "id"));
    const std::string cp = child(p, "cluster");
    const json& cl = need(c, p, "cluster");
    tc.accelerator = str(need(cl, cp, "accelerator"), child(cp, "accelerator"));
    if (!cat.accelerator(tc.accelerator)) throw InputError(child(cp, "accelerator"), "unknown id '" + tc.accelerator + "'");
    tc.count = positive_int(need(cl, cp, "count"), child(cp, "count"));
    tc.per_node = positive_int(need(cl, cp, "per_node"), child(cp, "per_node"));
    if (tc.per_node > tc.count) throw InputError(child(cp, "per_node"), "more accelerators per node than in total");
    if (const json* su = opt(cl, "scale_up")) {
        tc.scale_up = str(*su, child(cp, "scale_up"));
        if (!cat.fabric(tc.scale_up)) throw InputError(child(cp, "scale_up"), "unknown fabric id '" + tc.scale_up + "'");
    } else {
        tc.scale_up = cat.accelerator(tc.accelerator)->scale_up_fabric;
        tc.defaults.push_back("scale_up not given: the accelerator's own fabric " + tc.scale_up);
    }
    tc.scale_out_gbps_per_accel = opt_num(cl, cp, "scale_out_gbps_per_accel");
    if (const json* so = opt(cl, "scale_out")) tc.scale_out = str(*so, child(cp, "scale_out"));

    const std::string mp = child(p, "model");
    const json& m = need(c, p, "model");
    tc.model.name = opt(m, "name") ? str(m["name"], child(mp, "name")) : tc.id;
    tc.model.arch = str(need(m, mp, "arch"), child(mp, "arch"));
    static const char* archs[] = {"decoder", "moe-decoder", "encoder", "cnn", "detector", "diffusion"};
    if (std::none_of(std::begin(archs), std::end(archs), [&](const char* a) { return tc.model.arch == a; }))
        throw InputError(child(mp, "arch"), "unknown architecture '" + tc.model.arch + "'");
    tc.model.params = number(need(m, mp, "params"), child(mp, "params"));
    if (tc.model.params <= 0) throw InputError(child(mp, "params"), "expected a positive number");
    tc.model.active_params = opt_num(m, mp, "active_params");
    fields::shape_counts(m, mp, tc.model);
    tc.model.gflops_per_sample = opt_num(m, mp, "gflops_per_sample");
    const bool transformer = tc.model.arch == "decoder" || tc.model.arch == "moe-decoder" || tc.model.arch == "encoder";
    if (transformer && !tc.model.layers) throw InputError(child(mp, "layers"), "a transformer case needs layers");
    if (transformer && !tc.model.hidden) throw InputError(child(mp, "hidden"), "a transformer case needs hidden");
    if (!transformer && !tc.model.gflops_per_sample)
        throw InputError(child(mp, "gflops_per_sample"), "a " + tc.model.arch + " case needs gflops_per_sample");

    tc.stack = fields::opt_stack(c, p, training_stacks());

    const std::string prec = str(need(c, p, "precision"), child(p, "precision"));
    auto pr = precision_from(prec);
    if (!pr) throw InputError(child(p, "precision"), "unknown precision '" + prec + "'");
    tc.precision = *pr;

    if (const json* par = opt(c, "parallelism")) {
        const std::string pp = child(p, "parallelism");
        auto& k = tc.constraints;
        k.tp = opt_int(*par, pp, "tp", limits::kModelParallel);
        k.pp = opt_int(*par, pp, "pp", limits::kModelParallel);
        k.dp = opt_int(*par, pp, "dp", limits::kDataParallel);
        k.v = opt_int(*par, pp, "virtual_stages", limits::kModelParallel);
        k.ep = opt_int(*par, pp, "ep", limits::kModelParallel);
        if (const json* z = opt(*par, "zero")) {
            const double zv = number(*z, child(pp, "zero"));
            if (zv < 0 || zv > 3 || std::floor(zv) != zv) throw InputError(child(pp, "zero"), "expected 0, 1, 2 or 3");
            k.zero = static_cast<int>(zv);
        }
        if (const json* rc = opt(*par, "recompute")) {
            auto r = recompute_from(str(*rc, child(pp, "recompute")));
            if (!r) throw InputError(child(pp, "recompute"), "expected none, selective or full");
            k.recompute = *r;
        }
        if (const json* sp = opt(*par, "sequence_parallel")) {
            if (!sp->is_boolean()) throw InputError(child(pp, "sequence_parallel"), "expected true or false");
            k.sp = sp->get<bool>();
        }
        if (k.tp && k.pp && k.dp) {
            // Each degree may be up to 1e9: the product is checked, not left to overflow.
            long long product = 0;
            const bool huge = __builtin_mul_overflow(static_cast<long long>(*k.tp) * *k.pp, static_cast<long long>(*k.dp), &product);
            if (huge || product != tc.count)
                throw InputError(pp, "tp·pp·dp = " + (huge ? "more than " + std::to_string(LLONG_MAX) : std::to_string(product)) +
                                         " but cluster.count = " + std::to_string(tc.count));
        }
    }
    const std::string bp = child(p, "batch");
    const json& b = need(c, p, "batch");
    tc.global_batch = positive_int(need(b, bp, "global"), child(bp, "global"), limits::kGlobalBatch);
    tc.constraints.micro = opt_int(b, bp, "micro", limits::kMicroBatch);
    if (const json* run = opt(c, "run")) {
        const std::string rp = child(p, "run");
        tc.run_tokens = opt_num(*run, rp, "tokens");
        tc.run_samples = opt_num(*run, rp, "samples");
        tc.run_epochs = opt_num(*run, rp, "epochs");
    }
    return tc;
}

Design build_case_design(const TrainingCase& tc, const Catalog& cat) {
    Design d;
    d.title = tc.id;
    d.description = "Built from validation case " + tc.id;
    const int nodes = (tc.count + tc.per_node - 1) / tc.per_node;

    // Node: a catalog server with this exact fit-out, else the generic chassis with overrides.
    Component node;
    node.id = "node";
    node.kind = ComponentKind::Node;
    node.name = "Node";
    for (const auto* e : cat.entries(CatalogKind::Node))
        if (const NodeSpec* n = cat.node(e->id);
            n && n->accelerator == tc.accelerator && n->accelerator_count == tc.per_node && n->scale_up_fabric == tc.scale_up) {
            node.catalog_id = n->info.id;
            break;
        }
    if (node.catalog_id.empty()) {
        node.catalog_id = "generic-gpu-server";
        node.accelerator = tc.accelerator;
        node.accelerator_count = tc.per_node;
        node.scale_up_fabric = tc.scale_up;
    }
    // Network ports at the case's per-accelerator bandwidth.
    std::string protocol = tc.scale_out;
    double gbps = tc.scale_out_gbps_per_accel.value_or(0);
    if (!tc.scale_out_gbps_per_accel && nodes > 1) {
        gbps = 100;
        for (const auto& pt : cat.default_ports(node.catalog_id))
            if (pt.id == "net") gbps = pt.speed_Gbps * pt.count / tc.per_node;
    }
    if (protocol.empty()) protocol = gbps >= 100 ? "infiniband" : "ethernet";
    const PortFabric net{protocol == "infiniband" ? FabricFamily::InfiniBand : FabricFamily::Ethernet, 0};
    if (gbps > 0) node.ports.push_back({"net", net, gbps, tc.per_node});

    Workload& w = d.workload;
    TrainingWorkload t;
    t.model.custom = tc.model;
    t.precision = tc.precision;
    t.global_batch = tc.global_batch;
    t.seq_len = tc.model.seq_len;
    if (tc.run_samples) t.dataset_samples = tc.run_samples;
    if (tc.run_tokens) t.dataset_tokens = tc.run_tokens;
    const auto& k = tc.constraints;
    ParallelismSpec& ps = t.parallelism;
    ps.automatic = !k.tp && !k.pp && !k.dp;
    ps.tp = k.tp.value_or(1);
    ps.pp = k.pp.value_or(1);
    ps.dp = k.dp.value_or(1);
    ps.virtual_stages = k.v.value_or(1);
    ps.ep = k.ep.value_or(1);
    ps.zero = k.zero.value_or(0);
    ps.micro_batch = k.micro;
    ps.recompute = k.recompute.value_or(Recompute::Selective);
    ps.sequence_parallel = k.sp.value_or(ps.tp > 1);
    w.spec = t;

    if (nodes == 1 || gbps <= 0) {
        Group g{"g_nodes", GroupKind::Node, "Nodes", "", nodes, std::nullopt, std::nullopt};
        node.group = g.id;
        d.groups.push_back(g);
        d.components.push_back(node);
        return d;
    }
    // Two-tier non-blocking fabric: leaves take half their radix down; a spine
    // layer takes every leaf uplink.
    const int radix = 64;
    const int max_per_leaf = std::max(1, radix / 2 / tc.per_node);
    int per_leaf = 1;
    if (nodes <= std::max(1, radix / tc.per_node)) per_leaf = nodes;
    else
        for (int n = max_per_leaf; n >= 1; --n)
            if (nodes % n == 0) {
                per_leaf = n;
                break;
            }
    const int leaves = nodes / per_leaf;
    const std::string sw_id = protocol == "infiniband" ? (gbps > 200 ? "qm9700" : "qm8700") : (gbps > 100 ? "sn5600" : "sn4600c");
    Group rack{"g_rack", GroupKind::Rack, "Leaf rack", "", leaves, std::nullopt, std::nullopt};
    Group ng{"g_nodes", GroupKind::Node, "Nodes", rack.id, per_leaf, std::nullopt, std::nullopt};
    d.groups.push_back(rack);
    d.groups.push_back(ng);
    node.group = ng.id;
    Component leaf;
    leaf.id = "leaf";
    leaf.kind = ComponentKind::Switch;
    leaf.catalog_id = sw_id;
    leaf.name = "Leaf switch";
    leaf.group = rack.id;
    leaf.ports.push_back({"ports", net, gbps, radix});
    d.components.push_back(node);
    d.links.push_back({"l_node_leaf", {node.id, "net"}, {leaf.id, "ports"}, tc.per_node, std::nullopt, std::nullopt});
    if (leaves > 1) {
        const int uplinks = per_leaf * tc.per_node;
        Group sg{"g_spine", GroupKind::Pod, "Spine", "", uplinks, std::nullopt, std::nullopt};
        d.groups.push_back(sg);
        Component spine;
        spine.id = "spine";
        spine.kind = ComponentKind::Switch;
        spine.catalog_id = sw_id;
        spine.name = "Spine switch";
        spine.group = sg.id;
        spine.ports.push_back({"ports", net, gbps, std::max(radix, leaves)});
        d.components.push_back(spine);
        d.links.push_back({"l_leaf_spine", {leaf.id, "ports"}, {spine.id, "ports"}, 1, std::nullopt, std::nullopt});
    }
    d.components.push_back(leaf);
    return d;
}

} // namespace cc::validation
