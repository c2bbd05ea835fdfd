#pragma once
// The edge and hybrid engine: edge devices (power mode, GPU + DLA, host CPU,
// hardware video decoders) fed by camera streams; streams one device sustains,
// per-frame latency, power per site; and, for cloud or hybrid placement, the
// uplink bandwidth needed against the drawn WAN link, the WAN RTT (p50/p99 from
// the catalog) added to the latency budget, a verdict with its reason and what
// the site keeps doing when the uplink drops.
#include "catalog/catalog.h"
#include "engine/edge/calibration.h"
#include "engine/explain.h"
#include "engine/inference/calibration.h"
#include "engine/inference/serving_types.h"
#include "model/design.h"

#include <optional>
#include <string>
#include <vector>

namespace cc::engine::edge {

using inference::Bottleneck;
using inference::Resource;

struct EdgeResult {
    bool ok = false;
    std::string error;
    Placement placement = Placement::Edge;
    // Sites and parts (after ×N).
    double sites = 1, devices = 0, devices_per_site = 0, streams = 0, streams_per_site = 0;
    std::string device_component, camera_component, wan_component, cloud_component;
    std::string accelerator_id, power_mode;
    // Load and capacity per device.
    double fps_per_stream = 0;
    double streams_needed_per_device = 0;
    double streams_per_device = 0; // sustained: min of inference, decode, host CPU
    double streams_by_inference = 0, streams_by_decode = 0, streams_by_cpu = 0;
    double frames_per_s_capacity = 0; // per device, inference only
    double frame_latency_ms = 0;      // per frame at the edge (pre/post + inference)
    double power_per_site_W = 0;
    // WAN and cloud.
    double uplink_needed_Mbps = 0, uplink_capacity_Mbps = 0;
    std::optional<double> wan_rtt_p50_ms, wan_rtt_p99_ms;
    double cloud_inference_ms = 0;
    double cloud_latency_p50_ms = 0, cloud_latency_p99_ms = 0;
    std::optional<double> latency_budget_ms;
    bool fits = false;   // every stream served within the budget
    std::string verdict; // one sentence with the reason
    std::string outage;  // what the site does when the uplink drops
    Bottleneck bottleneck;
    Explanation explanation;
    std::vector<std::string> notes;
};

/// Engine parameters to score with (null: the defaults); a calibration run refits them.
struct EdgeOptions {
    const inference::ServingCalibration* serving = nullptr; // inference efficiencies, launch, host CPU per frame
    const EdgeCalibration* edge = nullptr;                  // event sizes, reference stream
};

/// Scores a design's edge workload (ok = false with `error` when it has none).
EdgeResult evaluate_edge(const Design& d, const Catalog& cat, const EdgeOptions& opt = {});

/// Growth curve: streams sustained vs edge devices (each point with its bottleneck).
struct StreamsPoint {
    double devices = 0, streams_capacity = 0;
    Resource bottleneck = Resource::Compute;
};
std::vector<StreamsPoint> streams_vs_devices(const EdgeResult& r, int max_devices);

} // namespace cc::engine::edge
