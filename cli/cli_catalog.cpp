// `catalog`: lists entries with their key numbers and where they come from.
#include "cli/cli.h"
#include "cli/cli_common.h"
#include "cli/text_table.h"

#include <nlohmann/json.hpp>

#include <ostream>
#include <stdexcept>

namespace cc::cli {
namespace {

nlohmann::json opt_json(const std::optional<double>& v) { return v ? nlohmann::json(*v) : nlohmann::json(); }
nlohmann::json opt_json(const std::string& s) { return s.empty() ? nlohmann::json() : nlohmann::json(s); }

// Fields only some kinds have: dense peaks of accelerators, the scale-up domain of
// nodes, the rental rates of cloud pools.
void add_kind_fields(const Catalog& c, const EntryInfo& e, nlohmann::json& j) {
    if (const auto* a = c.accelerator(e.id)) {
        nlohmann::json peaks = nlohmann::json::object();
        for (auto name : precision_names()) peaks[std::string(name)] = opt_json(a->peak(*precision_from(name)));
        j["peak_tflops"] = peaks;
    }
    if (const auto* n = c.node(e.id))
        j["scale_up_domain_gpus"] = n->scale_up_domain_gpus ? nlohmann::json(*n->scale_up_domain_gpus) : nlohmann::json();
    if (const auto* r = c.cloud_region(e.id)) {
        j["provider"] = opt_json(r->provider);
        j["price_per_node_hour_usd"] = opt_json(r->price_per_node_hour_usd);
        j["price_per_gpu_hour_usd"] = opt_json(r->price_per_gpu_hour_usd);
        j["committed_price_per_gpu_hour_usd"] = opt_json(r->committed_price_per_gpu_hour_usd);
        j["committed_term"] = opt_json(r->committed_term);
    }
}

std::string fmt(const std::optional<double>& v, const std::string& unit) {
    return v ? text::grouped(*v, *v < 10 && *v != static_cast<long long>(*v) ? 1 : 0) + " " + unit : "";
}

// One short line of the numbers that matter for the entry's kind.
std::string key_specs(const Catalog& c, const EntryInfo& e) {
    if (const auto* a = c.accelerator(e.id)) {
        // Only the published numbers, joined: a part without memory (an NPU) does not start with ", ".
        std::string s;
        const auto add = [&s](const std::string& part) {
            if (!part.empty()) s += (s.empty() ? "" : ", ") + part;
        };
        add(fmt(a->mem_GB, "GB"));
        add(a->mem_bw_GBps ? fmt(a->mem_bw_GBps, "GB/s") : "");
        if (auto bf = a->peak(Precision::BF16)) add(fmt(bf, "TFLOP/s BF16"));
        else if (auto i8 = a->peak(Precision::INT8)) add(fmt(i8, "TOPS INT8"));
        if (a->tdp_W) add(fmt(a->tdp_W, "W"));
        return s;
    }
    if (const auto* n = c.node(e.id))
        return std::to_string(n->accelerator_count) + "× " + n->accelerator + ", " + std::to_string(n->nics) + "× " + n->nic +
               (n->power_max_W ? ", " + fmt(n->power_max_W, "W max") : "");
    if (const auto* n = c.nic(e.id)) return std::to_string(n->ports) + "× " + fmt(n->port_speed_Gbps, "Gb/s ") + n->protocol;
    if (const auto* s = c.switch_(e.id)) return std::to_string(s->ports) + "× " + fmt(s->port_speed_Gbps, "Gb/s ") + s->protocol;
    if (const auto* s = c.storage(e.id)) return s->storage_kind + (s->read_GBps ? ", " + fmt(s->read_GBps, "GB/s read") : "");
    if (const auto* f = c.fabric(e.id)) return f->family + ", " + fmt(f->per_accel_GBps_per_dir, "GB/s per direction");
    if (const auto* d = c.edge_device(e.id)) return d->accelerator + (d->power_max_W ? ", " + fmt(d->power_max_W, "W max") : "");
    if (const auto* cam = c.camera(e.id))
        return std::to_string(cam->width_px) + "×" + std::to_string(cam->height_px) + " @ " + fmt(cam->fps, "fps ") + cam->codec + ", " +
               fmt(cam->bitrate_Mbps, "Mb/s");
    if (const auto* w = c.wan_link(e.id))
        return w->link_kind + ", " + fmt(w->bw_Mbps_typical, "Mb/s typical") +
               (w->rtt_ms_p50 ? ", RTT " + fmt(w->rtt_ms_p50, "ms p50") : "");
    if (const auto* r = c.cloud_region(e.id))
        return r->node + (r->price_per_gpu_hour_usd    ? ", " + text::usd(*r->price_per_gpu_hour_usd) + "/GPU-hour"
                          : r->price_per_node_hour_usd ? ", " + text::usd(*r->price_per_node_hour_usd) + "/node-hour"
                                                       : "");
    return "";
}

} // namespace

int cmd_catalog(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    auto spec = common_options();
    spec.push_back({"--kind", true, false, "only this kind"});
    spec.push_back({"--price-list", false, false, "print the prices in force as a price book (CSV)"});
    const Parsed p = parse_args(args, spec);
    if (!p.positional.empty()) throw std::invalid_argument("unexpected argument '" + p.positional[0] + "'");
    std::optional<CatalogKind> kind;
    if (auto k = p.value("--kind")) {
        kind = catalog_kind_from(*k);
        if (!kind) {
            std::string all;
            for (auto n : catalog_kind_names()) all += (all.empty() ? "" : ", ") + std::string(n);
            throw std::invalid_argument("--kind: expected one of " + all + ", got '" + *k + "'");
        }
    }
    Context ctx = make_context(p);
    print_notices(ctx, err);
    if (p.flag("--price-list")) { // edit it and give it back with --price-book
        out << write_effective_prices(ctx.catalog);
        return kOk;
    }
    const auto entries = ctx.catalog.entries(kind);
    if (p.flag("--json")) {
        nlohmann::json arr = nlohmann::json::array();
        for (const EntryInfo* e : entries) {
            nlohmann::json j{{"id", e->id},
                             {"kind", std::string(to_string(e->kind))},
                             {"name", e->name},
                             {"vendor", e->vendor},
                             {"specs", key_specs(ctx.catalog, *e)},
                             {"price_usd", opt_json(e->price_usd)},
                             {"price_date", opt_json(e->price_date)},
                             {"price_source", opt_json(e->price_source)},
                             {"confidence", e->confidence},
                             {"origin", e->origin},
                             {"sources", e->sources}};
            add_kind_fields(ctx.catalog, *e, j);
            arr.push_back(std::move(j));
        }
        out << nlohmann::json{{"format", "clustercanvas-catalog-listing"}, {"version", 1}, {"entries", arr}}.dump(2) << "\n";
        return kOk;
    }
    std::optional<CatalogKind> current;
    for (const EntryInfo* e : entries) {
        if (current != e->kind) {
            if (current) out << "\n";
            current = e->kind;
            out << to_string(e->kind) << "\n";
        }
        out << "  " << e->id << std::string(e->id.size() < 26 ? 26 - e->id.size() : 1, ' ') << e->name << "\n"
            << std::string(28, ' ') << key_specs(ctx.catalog, *e) << "  [" << e->confidence << ", " << e->sources.size() << " source(s)"
            << (e->origin == "built-in" ? "" : ", from " + e->origin) << "]\n";
    }
    out << "\n" << entries.size() << " entries\n";
    return kOk;
}

} // namespace cc::cli
