#pragma once
// Typed catalog entries. Units are in the field names; std::nullopt means the
// number was not published (the engines use a stated default instead).
#include "catalog/accelerator_generation.h"
#include "model/kinds.h"

#include <array>
#include <optional>
#include <string>
#include <vector>

namespace cc {

enum class CatalogKind { Fabric, Accelerator, Node, CpuHost, Nic, Switch, Storage, EdgeDevice, Camera, WanLink, CloudRegion };
std::string_view to_string(CatalogKind k);
std::optional<CatalogKind> catalog_kind_from(std::string_view s);
const std::vector<std::string_view>& catalog_kind_names();
/// The component kind a catalog entry creates on the canvas (fabrics create none).
std::optional<ComponentKind> component_kind_of(CatalogKind k);

/// What every entry carries: identity, price, size and where the numbers come from.
struct EntryInfo {
    std::string id, name, vendor;
    CatalogKind kind = CatalogKind::Accelerator;
    std::vector<std::string> sources;
    std::string confidence; // high, medium, low
    std::string notes;
    std::optional<double> price_usd;
    std::string price_date;   // YYYY-MM or YYYY-MM-DD the price was quoted; empty = undated
    std::string price_source; // where the price comes from; empty = unsourced
    std::optional<double> rack_units;
    std::string origin; // "built-in" or the user catalog file it came from
};

struct FabricSpec {
    EntryInfo info;
    std::string family; // none, pcie, nvlink, infinity_fabric, roce, infiniband, ethernet, wan
    double per_accel_GBps_per_dir = 0;
    double per_accel_GBps_bidir = 0;
    std::optional<int> max_domain;
    std::optional<double> latency_us;
};

struct PowerMode {
    std::string name;
    double power_W = 0;
    double compute_scale = 1.0; // fraction of the catalog peak this mode allows
    std::optional<double> mem_bw_GBps;
};

inline constexpr std::size_t kPrecisionCount = 8;

struct AcceleratorSpec {
    EntryInfo info;
    std::string category; // datacenter-gpu, inference-gpu, edge-module, edge-npu, fpga
    std::string architecture;
    AcceleratorGeneration generation = AcceleratorGeneration::Unknown; // derived from architecture at load
    std::optional<int> release_year;
    std::optional<double> mem_GB, mem_bw_GBps;
    std::array<std::optional<double>, kPrecisionCount> peak_tflops{}; // dense, indexed by Precision
    std::optional<double> tdp_W;
    std::vector<PowerMode> power_modes;
    std::string scale_up_fabric;
    std::optional<int> pcie_gen;
    std::optional<double> host_link_GBps_per_dir;
    std::optional<double> dla_int8_tops;

    std::optional<double> peak(Precision p) const { return peak_tflops[static_cast<std::size_t>(p)]; }
    const PowerMode* mode(std::string_view name) const;
};

struct NodeSpec {
    EntryInfo info;
    std::string accelerator;
    int accelerator_count = 0;
    int accelerator_slots = 0;
    std::string scale_up_fabric;
    std::string nic;
    int nics = 0;
    std::string storage_nic;
    int storage_nics = 0;
    std::string cpu;
    std::optional<int> cpu_cores;
    std::optional<double> sys_mem_GB, local_nvme_TB, local_nvme_read_GBps;
    std::optional<double> power_max_W, power_typical_W;
    /// GPUs sharing one NVLink switch domain when the trays sit in one rack
    /// (GB200/GB300 NVL72 trays: 72); nullopt = the node itself is the domain.
    std::optional<int> scale_up_domain_gpus;
};

struct CpuHostSpec {
    EntryInfo info;
    std::string cpu;
    std::optional<int> cpu_cores;
    std::optional<double> sys_mem_GB, power_max_W;
    std::string nic;
    int nics = 0;
};

struct NicSpec {
    EntryInfo info;
    std::string protocol; // infiniband, ethernet
    int ports = 1;
    double port_speed_Gbps = 0;
    std::optional<int> pcie_gen;
    std::optional<double> latency_ns, power_W;
};

struct SwitchSpec {
    EntryInfo info;
    std::string protocol;
    int ports = 0;
    double port_speed_Gbps = 0;
    std::optional<double> switching_capacity_Tbps, latency_ns, power_typical_W, power_max_W;
};

struct StorageSpec {
    EntryInfo info;
    std::string storage_kind; // local_nvme, parallel_fs, nfs, object
    std::optional<double> read_GBps, write_GBps, capacity_TB;
    std::string protocol; // infiniband, ethernet, pcie
    int ports = 0;
    std::optional<double> port_speed_Gbps, power_W;
};

struct EdgeDeviceSpec {
    EntryInfo info;
    std::string accelerator;
    int accelerator_count = 1;
    std::string cpu;
    std::optional<int> cpu_cores;
    std::optional<double> mem_GB;
    std::optional<double> video_decode_1080p30_streams;
    std::optional<double> ethernet_Gbps;
    std::vector<PowerMode> power_modes;
    std::optional<double> power_max_W;
};

struct CameraSpec {
    EntryInfo info;
    int width_px = 0, height_px = 0;
    double fps = 0;
    std::string codec;
    double bitrate_Mbps = 0;
    std::optional<double> bitrate_Mbps_high;
};

struct WanLinkSpec {
    EntryInfo info;
    std::string link_kind; // 5g, lte, wifi, fibre, internet
    std::optional<double> bw_Mbps_low, bw_Mbps_typical, bw_Mbps_high;
    std::optional<double> rtt_ms_p50, rtt_ms_p99, availability;
};

struct CloudRegionSpec {
    EntryInfo info;
    std::string node;
    std::optional<int> max_nodes;
    std::optional<double> price_per_node_hour_usd, rtt_ms_p50, rtt_ms_p99;
    std::string provider; // who rents it (AWS, CoreWeave, ...); empty when unnamed
    /// Published rates per accelerator-hour; the node rate is the one the BOM uses.
    std::optional<double> price_per_gpu_hour_usd, committed_price_per_gpu_hour_usd;
    std::string committed_term; // e.g. "1-year reservation", empty when no committed rate
};

} // namespace cc
