#include "model/port.h"

#include <charconv>

namespace cc {

std::string to_string(PortFabric f) {
    switch (f.family) {
    case FabricFamily::NVLink: return "nvlink" + std::to_string(f.generation);
    case FabricFamily::PCIe: return "pcie" + std::to_string(f.generation);
    case FabricFamily::InfinityFabric: return "infinity_fabric";
    case FabricFamily::InfiniBand: return "infiniband";
    case FabricFamily::Ethernet: return "ethernet";
    case FabricFamily::WAN: return "wan";
    }
    return "ethernet";
}

std::optional<PortFabric> port_fabric_from(std::string_view s) {
    auto generation = [&](std::string_view prefix, int lo, int hi) -> std::optional<int> {
        if (s.substr(0, prefix.size()) != prefix) return std::nullopt;
        int g = 0;
        auto rest = s.substr(prefix.size());
        auto [p, ec] = std::from_chars(rest.data(), rest.data() + rest.size(), g);
        if (ec != std::errc() || p != rest.data() + rest.size() || g < lo || g > hi) return std::nullopt;
        return g;
    };
    if (auto g = generation("nvlink", 1, 5)) return PortFabric{FabricFamily::NVLink, *g};
    if (auto g = generation("pcie", 3, 6)) return PortFabric{FabricFamily::PCIe, *g};
    if (s == "infinity_fabric") return PortFabric{FabricFamily::InfinityFabric, 0};
    if (s == "infiniband") return PortFabric{FabricFamily::InfiniBand, 0};
    if (s == "ethernet") return PortFabric{FabricFamily::Ethernet, 0};
    if (s == "wan") return PortFabric{FabricFamily::WAN, 0};
    return std::nullopt;
}

std::string display_name(PortFabric f) {
    switch (f.family) {
    case FabricFamily::NVLink: return "NVLink " + std::to_string(f.generation);
    case FabricFamily::PCIe: return "PCIe " + std::to_string(f.generation) + ".0";
    case FabricFamily::InfinityFabric: return "Infinity Fabric";
    case FabricFamily::InfiniBand: return "InfiniBand";
    case FabricFamily::Ethernet: return "Ethernet";
    case FabricFamily::WAN: return "WAN";
    }
    return "?";
}

std::string link_refusal(PortFabric a, PortFabric b) {
    if (a.family != b.family) return "cannot link a " + display_name(a) + " port to a " + display_name(b) + " port";
    if (a.family == FabricFamily::NVLink && a.generation != b.generation)
        return display_name(a) + " and " + display_name(b) + " are different generations and do not interoperate";
    return {}; // PCIe generations negotiate down; networks match by family
}

} // namespace cc
