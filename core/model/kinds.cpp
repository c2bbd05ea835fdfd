#include "model/kinds.h"

#include "model/enum_names.h"

#include <array>

namespace cc {

const std::vector<std::string_view>& component_kind_names() {
    static const std::vector<std::string_view> n{"accelerator", "node",        "cpu_host", "nic",      "switch",
                                                 "storage",     "edge_device", "camera",   "wan_link", "cloud_region"};
    return n;
}
const std::vector<std::string_view>& group_kind_names() {
    static const std::vector<std::string_view> n{"node", "rack", "pod", "site", "region"};
    return n;
}
const std::vector<std::string_view>& precision_names() {
    static const std::vector<std::string_view> n{"fp32", "tf32", "fp16", "bf16", "fp8", "fp4", "int8", "int4"};
    return n;
}
const std::vector<std::string_view>& recompute_names() {
    static const std::vector<std::string_view> n{"none", "selective", "full"};
    return n;
}
const std::vector<std::string_view>& placement_names() {
    static const std::vector<std::string_view> n{"edge", "cloud", "hybrid"};
    return n;
}

std::string_view to_string(ComponentKind k) { return component_kind_names()[static_cast<std::size_t>(k)]; }
std::string_view to_string(GroupKind k) { return group_kind_names()[static_cast<std::size_t>(k)]; }
std::string_view to_string(Precision p) { return precision_names()[static_cast<std::size_t>(p)]; }
std::string_view to_string(Recompute r) { return recompute_names()[static_cast<std::size_t>(r)]; }
std::string_view to_string(Placement p) { return placement_names()[static_cast<std::size_t>(p)]; }

std::optional<ComponentKind> component_kind_from(std::string_view s) { return enum_from_name<ComponentKind>(component_kind_names(), s); }
std::optional<GroupKind> group_kind_from(std::string_view s) { return enum_from_name<GroupKind>(group_kind_names(), s); }
std::optional<Precision> precision_from(std::string_view s) { return enum_from_name<Precision>(precision_names(), s); }
std::optional<Recompute> recompute_from(std::string_view s) { return enum_from_name<Recompute>(recompute_names(), s); }
std::optional<Placement> placement_from(std::string_view s) { return enum_from_name<Placement>(placement_names(), s); }

double bytes_per_value(Precision p) {
    switch (p) {
    case Precision::FP32:
    case Precision::TF32: return 4.0;
    case Precision::FP16:
    case Precision::BF16: return 2.0;
    case Precision::FP8:
    case Precision::INT8: return 1.0;
    case Precision::FP4:
    case Precision::INT4: return 0.5;
    }
    return 2.0;
}

std::string_view display_name(ComponentKind k) {
    static constexpr std::array<std::string_view, 10> n{"Accelerator", "Server node", "CPU host",        "NIC",      "Switch",
                                                        "Storage",     "Edge device", "Camera / stream", "WAN link", "Cloud region"};
    return n[static_cast<std::size_t>(k)];
}

} // namespace cc
