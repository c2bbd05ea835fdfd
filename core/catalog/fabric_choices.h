#pragma once
// The fabrics a port can be given, taken from the catalog (the NICs' and
// switches' protocol and port speed; PCIe and NVLink generations of the fabric
// entries), and the catalog-aware fabric edits: replacing a part everywhere,
// adding a NIC's ports to a server, and keeping NIC and switch parts in step
// with what their ports were retyped to.
#include "catalog/catalog.h"
#include "model/fabric_edit.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cc {

/// Choices of the same kind of hardware as `like` (network ports get every
/// Ethernet and InfiniBand speed the catalog sells; PCIe ports the PCIe
/// generations; NVLink ports the NVLink generations), slowest first per family.
std::vector<PortSpeed> fabric_choices(const Catalog& cat, PortFabric like);

/// Stable text key of a choice, "infiniband@400", for combo boxes and files.
std::string choice_key(PortSpeed s);
std::optional<PortSpeed> choice_from_key(std::string_view key);

/// NIC and switch parts among `ids` whose ports all carry one fabric their
/// catalog entry does not sell become the first catalog entry of their kind
/// that does (a 25 GbE top-of-rack switch retyped to NDR becomes a QM9700), so
/// the BOM, price and power follow. Returns how many parts were swapped.
int match_parts_to_ports(Design& d, const Catalog& cat, const std::vector<std::string>& ids);

/// Fabric edits followed by match_parts_to_ports on every part they retyped.
std::string set_link_fabric(Design& d, const Catalog& cat, std::string_view link_id, PortSpeed to, FabricChange* change = nullptr);
std::string retype_port_group(Design& d, const Catalog& cat, const PortRef& port, PortSpeed to, FabricChange* change = nullptr);
std::string replace_fabric(Design& d, const Catalog& cat, PortSpeed from, PortSpeed to, FabricChange* change = nullptr);

/// Every component made from catalog entry `from` becomes `to` (same kind), with
/// `to`'s ports; links keep their port ids and their far ends follow a fabric
/// change. Refused when `to` lacks a port a link uses, or the kinds differ.
std::string replace_part(Design& d, const Catalog& cat, std::string_view from, std::string_view to, FabricChange* change = nullptr);

/// Adds NIC `nic_id`'s ports to `component_id` as a new port group; returns its id
/// in `port_id`, or the reason it cannot.
std::string add_nic_ports(Design& d, const Catalog& cat, std::string_view component_id, std::string_view nic_id,
                          std::string* port_id = nullptr);

} // namespace cc
