#include "report/bom.h"

#include "topology/node_inventory.h"
#include "topology/replication.h"

#include <algorithm>
#include <tuple>

namespace cc {
namespace {

struct Power {
    std::optional<double> typical, max;
};

Power power_of(const Catalog& cat, const std::string& id, const ComputeUnit* unit) {
    if (const auto* n = cat.node(id)) {
        Power p{n->power_typical_W, n->power_max_W};
        if (!p.max && unit && unit->accelerator && unit->accelerator->tdp_W)
            p.max = unit->accelerators_per_unit * *unit->accelerator->tdp_W; // cards only: a floor, flagged in notes
        return p;
    }
    if (const auto* s = cat.switch_(id)) return {s->power_typical_W, s->power_max_W};
    if (const auto* s = cat.storage(id)) return {s->power_W, s->power_W};
    if (const auto* e = cat.edge_device(id)) return {std::nullopt, e->power_max_W};
    if (const auto* h = cat.cpu_host(id)) return {std::nullopt, h->power_max_W};
    if (const auto* n = cat.nic(id)) return {n->power_W, n->power_W};
    if (const auto* a = cat.accelerator(id)) return {a->tdp_W, a->tdp_W};
    return {};
}

} // namespace

Bom bill_of_materials(const Design& d, const Catalog& cat) {
    Bom bom;
    const Replication rep(d);
    const Inventory inv = take_inventory(d, cat, rep);
    std::map<std::pair<std::string, std::string>, BomLine> lines; // (included_in, id) -> line

    auto line_for = [&](const std::string& id, const std::string& included_in) -> BomLine& {
        auto key = std::make_pair(included_in, id);
        auto it = lines.find(key);
        if (it != lines.end()) return it->second;
        BomLine l;
        l.catalog_id = id;
        l.included_in = included_in;
        if (const EntryInfo* e = cat.info(id)) {
            l.name = e->name;
            l.kind = e->kind;
            l.sources = e->sources;
            if (included_in.empty()) {
                l.unit_price_usd = e->price_usd;
                l.rack_units_each = e->rack_units;
            }
        } else {
            l.name = id + " (not in catalog)";
        }
        return lines.emplace(key, std::move(l)).first->second;
    };

    std::map<const Component*, const ComputeUnit*> unit_of;
    for (const auto& u : inv.units) unit_of.emplace(u.component, &u);

    for (const auto& c : d.components) {
        const double copies = rep.instances(c);
        const auto uit = unit_of.find(&c);
        const ComputeUnit* unit = uit == unit_of.end() ? nullptr : uit->second;
        if (c.kind == ComponentKind::CloudRegion) {
            const CloudRegionSpec* r = cat.cloud_region(c.catalog_id);
            const double nodes = copies * c.nodes.value_or(1);
            BomLine& l = line_for(c.catalog_id, "");
            l.count += nodes;
            l.unit_price_usd.reset(); // rented, not bought
            if (r && r->price_per_node_hour_usd) bom.totals.cloud_usd_per_hour += nodes * *r->price_per_node_hour_usd;
            continue;
        }
        const bool seated = c.kind == ComponentKind::Accelerator && rep.enclosing(c, GroupKind::Node);
        BomLine& l = line_for(c.catalog_id, "");
        l.count += copies;
        if (!seated) {
            const Power p = power_of(cat, c.catalog_id, unit);
            l.power_typical_W_each = p.typical;
            l.power_max_W_each = p.max;
        } else {
            const Power p = power_of(cat, c.catalog_id, nullptr);
            l.power_typical_W_each = p.typical;
            l.power_max_W_each = p.max;
        }
        // Accelerators built into a server or edge box are listed under it, unpriced.
        if (unit && unit->placed.empty() && c.kind != ComponentKind::Accelerator && unit->accelerators_per_unit > 0 &&
            !unit->accelerator_id.empty()) {
            BomLine& inner = line_for(unit->accelerator_id, c.catalog_id);
            inner.count += copies * unit->accelerators_per_unit;
        }
    }

    for (auto& [key, l] : lines) {
        Totals& t = bom.totals;
        if (l.included_in.empty()) {
            if (l.rack_units_each) t.rack_units += l.count * *l.rack_units_each;
            if (l.kind != CatalogKind::CloudRegion) {
                if (l.unit_price_usd) {
                    t.capex_usd += l.count * *l.unit_price_usd;
                    ++t.lines_with_price;
                } else {
                    ++t.lines_without_price;
                }
                if (l.power_max_W_each || l.power_typical_W_each) {
                    const double mx = l.power_max_W_each.value_or(*l.power_typical_W_each);
                    t.power_max_W += l.count * mx;
                    t.power_nominal_W += l.count * l.power_typical_W_each.value_or(mx);
                    if (!l.power_typical_W_each) ++t.lines_nominal_is_max;
                } else if (l.kind != CatalogKind::Camera && l.kind != CatalogKind::WanLink) {
                    ++t.lines_without_power;
                }
            }
        }
        bom.lines.push_back(std::move(l));
    }
    // Seated accelerators draw their power through the server line; remove double counts.
    for (const auto& c : d.components)
        if (c.kind == ComponentKind::Accelerator && rep.enclosing(c, GroupKind::Node))
            if (const auto* a = cat.accelerator(c.catalog_id); a && a->tdp_W) {
                bom.totals.power_max_W -= rep.instances(c) * *a->tdp_W;
                bom.totals.power_nominal_W -= rep.instances(c) * *a->tdp_W;
            }

    for (const auto& u : inv.units) {
        if (!u.accelerator) continue;
        const double n = u.copies * u.accelerators_per_unit;
        bom.totals.accelerators += n;
        if (u.accelerator->mem_GB) bom.totals.accelerator_memory_GB += n * *u.accelerator->mem_GB;
        double scale = 1;
        if (u.component->power_mode)
            if (const PowerMode* m = u.accelerator->mode(*u.component->power_mode)) scale = m->compute_scale;
        for (auto name : precision_names()) {
            const Precision p = *precision_from(name);
            if (auto peak = u.accelerator->peak(p)) bom.totals.peak_PFLOPs[p] += n * *peak * scale / 1000;
        }
    }
    // Parts in catalog-kind order; a part built into another follows that line.
    std::map<std::string, CatalogKind> kind_of;
    for (const auto& l : bom.lines)
        if (l.included_in.empty()) kind_of[l.catalog_id] = l.kind;
    auto key = [&](const BomLine& l) {
        const std::string& owner = l.included_in.empty() ? l.catalog_id : l.included_in;
        const auto k = kind_of.count(owner) ? kind_of[owner] : l.kind;
        return std::make_tuple(k, owner, !l.included_in.empty(), l.catalog_id);
    };
    std::stable_sort(bom.lines.begin(), bom.lines.end(), [&](const BomLine& a, const BomLine& b) { return key(a) < key(b); });
    return bom;
}

std::optional<double> priced_capex_usd(const Totals& t) {
    if (t.lines_with_price == 0) return std::nullopt;
    return t.capex_usd;
}

} // namespace cc
