#pragma once
// Fabric edits on a drawn design: what a link carries lives in the ports at its
// two ends, so changing a link's fabric, a port group's fabric or one fabric for
// another everywhere all retype ports. A retyped port that would leave one of
// its links joining incompatible ports pulls the port at the far end along (an
// InfiniBand leaf makes its nodes' NIC ports InfiniBand), so a network segment
// changes as a whole and no link is ever left invalid. Pure Design edits; no catalog.
#include "model/design.h"

#include <string>
#include <string_view>
#include <vector>

namespace cc {

/// What a port carries: fabric and speed per direction ("InfiniBand, 400 Gb/s").
struct PortSpeed {
    PortFabric fabric;
    double speed_Gbps = 0;
    bool operator==(const PortSpeed&) const = default;
};

struct PortRef {
    std::string component, port;
    bool operator==(const PortRef&) const = default;
    auto operator<=>(const PortRef&) const = default;
};

/// What a fabric edit changed, for the status line and tests.
struct FabricChange {
    std::vector<PortRef> ports; // retyped (or new) port groups
    int parts = 0;              // components with a retyped port or another catalog entry
    int links = 0;              // links touching a retyped port
};

/// Empty when port `p` of `c` may be retyped to `to`, else why not (a PCIe slot
/// cannot become Ethernet; a camera's onboard Ethernet cannot become InfiniBand).
std::string retype_refusal(const Component& c, const Port& p, PortFabric to);

/// Gives the ports `seeds` fabric and speed `to`, then lets linked ports follow
/// where a link would otherwise join incompatible fabrics. All or nothing:
/// returns "" and edits `d`, or returns the reason and leaves `d` unchanged.
std::string retype_ports(Design& d, const std::vector<PortRef>& seeds, PortSpeed to, FabricChange* change = nullptr);

/// Sets what link `link_id` carries: both end ports take `to` (see retype_ports).
std::string set_link_fabric(Design& d, std::string_view link_id, PortSpeed to, FabricChange* change = nullptr);

/// Every port that carries `from` carries `to` instead (see retype_ports).
/// Returns a reason when nothing carries `from` or a port cannot be retyped.
std::string replace_fabric(Design& d, PortSpeed from, PortSpeed to, FabricChange* change = nullptr);

/// After parts were swapped (ports replaced wholesale): links whose ends now
/// disagree pull the unchanged end along, starting from `changed`. A link whose
/// port no longer exists is a refusal.
std::string settle_links(Design& d, const std::vector<PortRef>& changed);

/// Ports, parts (ports or catalog entry changed) and links an edit touched.
FabricChange compare_fabrics(const Design& before, const Design& after);

/// "InfiniBand 400 Gb/s" — for messages (the studio has its own translated labels).
std::string describe(PortSpeed s);

} // namespace cc

namespace cc {

/// Removes port group `port_id` of `component_id` and every link on it; returns
/// how many links went, or -1 when there is no such port.
int remove_port_group(Design& d, std::string_view component_id, std::string_view port_id);

/// Removes the links touching `component_ids` whose ports are gone or can no
/// longer be linked (after a part change); returns how many went.
int remove_unlinkable_links(Design& d, const std::vector<std::string>& component_ids);

/// A port id not yet used on `c`: `base`, then base2, base3, …
std::string free_port_id(const Component& c, std::string_view base);

} // namespace cc
