#pragma once
// Enumerations of the design model and their stable file spellings.
#include <optional>
#include <string_view>
#include <vector>

namespace cc {

enum class ComponentKind { Accelerator, Node, CpuHost, Nic, Switch, Storage, EdgeDevice, Camera, WanLink, CloudRegion };
enum class GroupKind { Node, Rack, Pod, Site, Region };
enum class Precision { FP32, TF32, FP16, BF16, FP8, FP4, INT8, INT4 };
enum class Recompute { None, Selective, Full };
/// Where an edge workload runs its model: on the site's devices, in the cloud, or split.
enum class Placement { Edge, Cloud, Hybrid };
/// What a design's workload is (the order of model/workload.h's WorkloadVariant).
enum class WorkloadKind { None, Training, Serving, Edge };

std::string_view to_string(ComponentKind k);
std::string_view to_string(GroupKind k);
std::string_view to_string(Precision p);
std::string_view to_string(Recompute r);
std::string_view to_string(Placement p);

std::optional<ComponentKind> component_kind_from(std::string_view s);
std::optional<GroupKind> group_kind_from(std::string_view s);
std::optional<Precision> precision_from(std::string_view s);
std::optional<Recompute> recompute_from(std::string_view s);
std::optional<Placement> placement_from(std::string_view s);

/// The file spellings, in declaration order, for messages and combo boxes.
const std::vector<std::string_view>& component_kind_names();
const std::vector<std::string_view>& group_kind_names();
const std::vector<std::string_view>& precision_names();
const std::vector<std::string_view>& recompute_names();
const std::vector<std::string_view>& placement_names();

/// Bytes per value stored at this precision (weights, KV cache).
double bytes_per_value(Precision p);

/// Human label for the UI and reports ("GPU / accelerator", "WAN link").
std::string_view display_name(ComponentKind k);

} // namespace cc
