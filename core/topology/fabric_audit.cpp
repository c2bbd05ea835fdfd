#include "topology/fabric_audit.h"

#include "util/human_units.h"

#include <algorithm>
#include <cstdio>
#include <deque>
#include <unordered_map>
#include <unordered_set>

namespace cc {
namespace {

bool network_side(const LinkSide& s) { return s.self_port && is_network(*s.self_port) && s.other != s.self; }

enum class Direction { Down, Up, Peer };

class Tiers {
public:
    Tiers(const Design& d, const Replication& rep, const LinkIndex& links) : rep_(rep), links_(links) {
        for (const auto& c : d.components)
            if (c.kind == ComponentKind::Switch) {
                index_.emplace(&c, loads_.size());
                loads_.push_back({&c});
            }
        assign_tiers();
        mark_server_fabric();
        for (auto& s : loads_) capacities(s);
    }
    std::vector<SwitchLoad> take() { return std::move(loads_); }

private:
    // Breadth-first over switch-to-switch links: `seed` marks a switch from a
    // part attached to it, `reach` marks the next switch over a link; each
    // returns whether it marked something new (and so whether to go on from there).
    template <class Seed, class Reach>
    void breadth_first(Seed seed, Reach reach) {
        std::deque<std::size_t> queue;
        for (std::size_t i = 0; i < loads_.size(); ++i)
            for (const auto& s : links_.of(loads_[i].sw->id))
                if (network_side(s) && s.other->kind != ComponentKind::Switch && seed(loads_[i], *s.other)) {
                    queue.push_back(i);
                    break;
                }
        while (!queue.empty()) {
            const std::size_t i = queue.front();
            queue.pop_front();
            for (const auto& s : links_.of(loads_[i].sw->id)) {
                if (!network_side(s) || s.other->kind != ComponentKind::Switch) continue;
                const std::size_t j = index_.at(s.other);
                if (reach(loads_[i], s, loads_[j])) queue.push_back(j);
            }
        }
    }

    // Tier 1: a part (node, storage, camera ...) is attached; above that, one
    // more than the nearest lower switch.
    void assign_tiers() {
        breadth_first(
            [](SwitchLoad& leaf, const Component&) {
                leaf.tier = 1;
                return true;
            },
            [](const SwitchLoad& from, const LinkSide&, SwitchLoad& to) {
                if (to.tier != 0) return false;
                to.tier = from.tier + 1;
                return true;
            });
    }

    // Which way traffic flows from `self` over this link: towards parts and
    // lower tiers is down. Between switches of one tier the side drawn with
    // more copies aggregates into the one with fewer (access → core); equal
    // copies are peers and count neither way.
    Direction direction(const SwitchLoad& self, const LinkSide& s) const {
        if (s.other->kind != ComponentKind::Switch) return Direction::Down;
        const SwitchLoad& other = loads_[index_.at(s.other)];
        if (other.tier != self.tier) return other.tier > self.tier ? Direction::Up : Direction::Down;
        const double mine = rep_.instances(*self.sw), theirs = rep_.instances(*other.sw);
        if (theirs < mine) return Direction::Up;
        if (theirs > mine) return Direction::Down;
        return Direction::Peer;
    }

    void mark_server_fabric() {
        breadth_first(
            [](SwitchLoad& leaf, const Component& part) {
                if (part.kind != ComponentKind::Node && part.kind != ComponentKind::Storage) return false;
                leaf.serves_servers = true;
                return true;
            },
            [this](const SwitchLoad& from, const LinkSide& s, SwitchLoad& to) {
                if (to.serves_servers || direction(from, s) != Direction::Up) return false;
                to.serves_servers = true;
                return true;
            });
    }

    void capacities(SwitchLoad& load) const {
        if (load.tier == 0) return;
        const double inst = std::max(1.0, rep_.instances(*load.sw));
        for (const auto& s : links_.of(load.sw->id)) {
            if (!network_side(s)) continue;
            const double speed = side_speed_Gbps(s);
            const double cap = rep_.cables(*s.link) * speed / inst;
            switch (direction(load, s)) {
            case Direction::Down: load.down_Gbps += cap; break;
            case Direction::Up:
                load.up_Gbps += cap;
                load.uplink_speed_Gbps = std::max(load.uplink_speed_Gbps, speed);
                break;
            case Direction::Peer: break;
            }
        }
    }

    const Replication& rep_;
    const LinkIndex& links_;
    std::vector<SwitchLoad> loads_;
    std::unordered_map<const Component*, std::size_t> index_;
};

// The nodes' own storage ports and links to storage carry no traffic between nodes.
bool scale_out_side(const LinkSide& s) {
    if (!network_side(s) || s.other->kind == ComponentKind::Storage) return false;
    return !(s.self->kind == ComponentKind::Node && s.self_port->id == "storage");
}

// Walks from the group's nodes through the switches inside it; true as soon
// as a scale-out link reaches a part outside the group (shared by all copies).
bool reaches_outside(const Group& g, const std::vector<const Component*>& nodes, const Replication& rep, const LinkIndex& links,
                     std::vector<const Component*>& switches_inside) {
    std::deque<const Component*> queue(nodes.begin(), nodes.end());
    std::unordered_set<const Component*> seen(nodes.begin(), nodes.end());
    while (!queue.empty()) {
        const Component* c = queue.front();
        queue.pop_front();
        for (const auto& s : links.of(c->id)) {
            if (!scale_out_side(s)) continue;
            if (!rep.within(*s.other, g.id)) return true;
            if (s.other->kind == ComponentKind::Switch && seen.insert(s.other).second) {
                switches_inside.push_back(s.other);
                queue.push_back(s.other);
            }
        }
    }
    return false;
}

std::vector<IsolatedGroup> isolated_groups(const Design& d, const Replication& rep, const LinkIndex& links, const Inventory& inv) {
    // NICs drawn inside a server's node group cable that server.
    std::unordered_map<std::string_view, std::vector<const Component*>> nics_of;
    for (const auto& c : d.components)
        if (const Group* ng = c.kind == ComponentKind::Nic ? rep.enclosing(c, GroupKind::Node) : nullptr) nics_of[ng->id].push_back(&c);
    // Compute nodes (and their NICs) under each replicated group, gathered in one pass.
    struct Members {
        std::vector<const Component*> nodes, ends;
    };
    std::unordered_map<std::string_view, Members> in;
    std::unordered_map<std::string_view, const Group*> replicated;
    for (const auto& g : d.groups)
        if (g.replicas > 1) replicated.emplace(g.id, &g);
    if (replicated.empty()) return {};
    for (const auto& u : inv.units) {
        if (u.component->kind != ComponentKind::Node || u.accelerators_per_unit <= 0) continue;
        const Group* ng = rep.enclosing(*u.component, GroupKind::Node);
        const auto nics = ng ? nics_of.find(ng->id) : nics_of.end();
        for (std::string_view gid : rep.chain(u.component->group)) {
            if (!replicated.count(gid)) continue;
            Members& m = in[gid];
            m.nodes.push_back(u.component);
            m.ends.push_back(u.component);
            if (nics != nics_of.end()) m.ends.insert(m.ends.end(), nics->second.begin(), nics->second.end());
        }
    }
    std::vector<IsolatedGroup> out;
    for (const auto& g : d.groups) {
        auto it = in.find(g.id);
        if (it == in.end()) continue;
        IsolatedGroup iso;
        iso.group = &g;
        if (reaches_outside(g, it->second.ends, rep, links, iso.switches)) continue;
        for (const Component* n : it->second.nodes) iso.nodes_per_copy += rep.instances(*n) / rep.group_multiplicity(g.id);
        out.push_back(std::move(iso));
    }
    return out;
}

} // namespace

FabricAudit audit_fabric(const Design& d, const Replication& rep, const LinkIndex& links, const Inventory& inv) {
    FabricAudit a;
    a.switches = Tiers(d, rep, links).take();
    a.isolated = isolated_groups(d, rep, links, inv);
    // Uplinks would start at the highest tier each isolated group reaches.
    std::unordered_map<const Component*, int> tier;
    for (const auto& s : a.switches) tier.emplace(s.sw, s.tier);
    for (auto& g : a.isolated) {
        for (const Component* sw : g.switches) g.top_tier = std::max(g.top_tier, tier[sw]);
        std::erase_if(g.switches, [&](const Component* sw) { return tier[sw] < g.top_tier; });
    }
    return a;
}

std::string tier_name(int tier) {
    switch (tier) {
    case 0: return "switch";
    case 1: return "leaf";
    case 2: return "spine";
    default: return "core";
    }
}

std::string ratio_text(double ratio) {
    auto trimmed = [ratio](int decimals) {
        char buf[32];
        std::snprintf(buf, sizeof buf, "%.*f", decimals, ratio);
        std::string s(buf);
        while (s.find('.') != std::string::npos && (s.back() == '0' || s.back() == '.')) s.pop_back();
        return s;
    };
    // Two decimals; three when two would round a real oversubscription to "1:1".
    std::string s = trimmed(2);
    if (s == "1" && ratio > 1) s = trimmed(3);
    return s + ":1";
}

std::string describe(const SwitchLoad& s) {
    return tier_name(s.tier) + " " + label_of(*s.sw) + ": " + ratio_text(s.ratio()) + " oversubscribed (" + human::grouped(s.down_Gbps) +
           " Gb/s down, " + human::grouped(s.up_Gbps) + " Gb/s up per switch, each direction)";
}

std::string describe(const IsolatedGroup& g) {
    return "group " + label_of(*g.group) + " ×" + std::to_string(g.group->replicas) + " has no scale-out link between its copies";
}

std::vector<std::string> fabric_caveats(const FabricAudit& a) {
    std::vector<std::string> out;
    for (const auto& g : a.isolated) out.push_back("Computed on an incomplete fabric: " + describe(g));
    for (const auto& s : a.switches)
        if (s.oversubscribed()) out.push_back("Computed on an oversubscribed fabric: " + describe(s));
    return out;
}

} // namespace cc
