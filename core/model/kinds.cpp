#include "model/kinds.h"

#include <array>

namespace cc {
namespace {

template <class E>
std::optional<E> lookup(const std::vector<std::string_view>& names, std::string_view s) {
    for (std::size_t i = 0; i < names.size(); ++i)
        if (names[i] == s) return static_cast<E>(i);
    return std::nullopt;
}

} // namespace

const std::vector<std::string_view>& component_kind_names() {
    static const std::vector<std::string_view> n{"accelerator", "node",   "cpu_host", "nic",      "switch",
                                                 "storage",     "edge_device", "camera", "wan_link", "cloud_region"};
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

std::string_view to_string(ComponentKind k) { return component_kind_names()[static_cast<std::size_t>(k)]; }
std::string_view to_string(GroupKind k) { return group_kind_names()[static_cast<std::size_t>(k)]; }
std::string_view to_string(Precision p) { return precision_names()[static_cast<std::size_t>(p)]; }
std::string_view to_string(Recompute r) { return recompute_names()[static_cast<std::size_t>(r)]; }

std::optional<ComponentKind> component_kind_from(std::string_view s) { return lookup<ComponentKind>(component_kind_names(), s); }
std::optional<GroupKind> group_kind_from(std::string_view s) { return lookup<GroupKind>(group_kind_names(), s); }
std::optional<Precision> precision_from(std::string_view s) { return lookup<Precision>(precision_names(), s); }
std::optional<Recompute> recompute_from(std::string_view s) { return lookup<Recompute>(recompute_names(), s); }

double bytes_per_value(Precision p) {
    switch (p) {
    case Precision::FP32: case Precision::TF32: return 4.0;
    case Precision::FP16: case Precision::BF16: return 2.0;
    case Precision::FP8: case Precision::INT8: return 1.0;
    case Precision::FP4: case Precision::INT4: return 0.5;
    }
    return 2.0;
}

std::string_view display_name(ComponentKind k) {
    static constexpr std::array<std::string_view, 10> n{
        "Accelerator", "Server node", "CPU host", "NIC", "Switch",
        "Storage", "Edge device", "Camera / stream", "WAN link", "Cloud region"};
    return n[static_cast<std::size_t>(k)];
}

} // namespace cc
