#pragma once
// Ports typed by fabric, and the rule that decides whether two may be linked.
#include <optional>
#include <string>
#include <string_view>

namespace cc {

enum class FabricFamily { NVLink, PCIe, InfinityFabric, InfiniBand, Ethernet, WAN };

/// A port's fabric: family plus generation where it matters ("nvlink4", "pcie5").
struct PortFabric {
    FabricFamily family = FabricFamily::Ethernet;
    int generation = 0; // NVLink/PCIe generation; 0 for families without one

    bool operator==(const PortFabric&) const = default;
};

/// File spelling: "nvlink4", "pcie5", "infinity_fabric", "infiniband", "ethernet", "wan".
std::string to_string(PortFabric f);
std::optional<PortFabric> port_fabric_from(std::string_view s);
/// "NVLink 4", "PCIe 5.0", "InfiniBand" for the UI and messages.
std::string display_name(PortFabric f);

/// A group of identical ports on a component. Speed is per direction per port
/// (the way Ethernet and InfiniBand are quoted); `count` ports share the id.
struct Port {
    std::string id;
    PortFabric fabric;
    double speed_Gbps = 0;
    int count = 1;

    bool operator==(const Port&) const = default;
};

/// Empty when the two fabrics can be linked, else the reason they cannot.
std::string link_refusal(PortFabric a, PortFabric b);

} // namespace cc
