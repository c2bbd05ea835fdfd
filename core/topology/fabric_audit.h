#pragma once
// Gaps and bottlenecks of the drawn scale-out fabric, in ×N arithmetic (nothing
// is expanded): replicated groups whose compute has no way out to the other
// copies, and each switch's oversubscription (down- vs uplink capacity per
// direction). The design rules report them as findings; the cluster view
// passes them on as caveats, so a score computed on such a fabric says so.
#include "model/design.h"
#include "topology/link_index.h"
#include "topology/node_inventory.h"
#include "topology/replication.h"

#include <string>
#include <vector>

namespace cc {

/// One drawn switch and the capacity each of its instances has, per direction.
struct SwitchLoad {
    const Component* sw = nullptr;
    int tier = 0;                 // 1 leaf (parts attached), 2 spine, 3+ core; 0 = reaches no part
    double down_Gbps = 0;         // towards parts and lower tiers
    double up_Gbps = 0;           // towards higher tiers
    double uplink_speed_Gbps = 0; // the fastest uplink cable (what to add more of)
    /// Nodes or storage below it: a data-centre fabric. Camera and edge access
    /// networks are left out; their port ratio says nothing about their few Mb/s streams.
    bool serves_servers = false;

    double ratio() const { return up_Gbps > 0 ? down_Gbps / up_Gbps : 0; }
    /// Below 0.05 % is rounding, not a design choice (and would read "1:1").
    bool oversubscribed() const { return serves_servers && up_Gbps > 0 && down_Gbps > up_Gbps * 1.0005; }
};

/// A group drawn once for ×N copies whose nodes cannot reach anything outside it.
struct IsolatedGroup {
    const Group* group = nullptr;
    double nodes_per_copy = 0;              // compute nodes in one copy
    int top_tier = 0;                       // highest switch tier its nodes reach inside it (0: none)
    std::vector<const Component*> switches; // the switches of that tier: where uplinks would start
};

struct FabricAudit {
    std::vector<SwitchLoad> switches; // every switch, in design order
    std::vector<IsolatedGroup> isolated;
};

FabricAudit audit_fabric(const Design& d, const Replication& rep, const LinkIndex& links, const Inventory& inv);

/// "leaf", "spine", "core" ("switch" for tier 0).
std::string tier_name(int tier);
/// "3.2:1", "1.04:1".
std::string ratio_text(double ratio);
/// "leaf 'NDR leaf' (c2): 3.2:1 oversubscribed (2,048 Gb/s down, 640 Gb/s up per switch, each direction)".
std::string describe(const SwitchLoad& s);
/// "group 'Scalable unit' (g1) ×13 has no scale-out link between its copies".
std::string describe(const IsolatedGroup& g);

/// One sentence per gap, for a result computed on this fabric.
std::vector<std::string> fabric_caveats(const FabricAudit& a);

} // namespace cc
