#include "engine/edge/edge_engine.h"

#include "catalog/model_library.h"
#include "engine/edge/calibration.h"
#include "engine/inference/calibration.h"
#include "engine/inference/serving_engine.h"
#include "engine/inference/vision_model.h"
#include "topology/replication.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <sstream>

namespace cc::engine::edge {
namespace {

namespace inf = inference;

// Human-sized numbers for sentences: 2048, 75.3, 0.221.
std::string fmt(double v) {
    char buf[64]; // literal-ok: buffer size
    const double a = std::abs(v);
    const bool whole = std::abs(v - std::round(v)) < 1e-9;
    std::snprintf(buf, sizeof buf, a >= 100 || whole ? "%.0f" : a >= 10 ? "%.1f" : "%.3g", v); // literal-ok: digits shown
    return buf;
}

const Component* dominant(const Design& d, const Replication& rep, ComponentKind k) {
    const Component* best = nullptr;
    for (const auto& c : d.components)
        if (c.kind == k && (!best || rep.instances(c) > rep.instances(*best))) best = &c;
    return best;
}

} // namespace

EdgeResult evaluate_edge(const Design& d, const Catalog& cat, const EdgeOptions& opt) {
    EdgeResult r;
    const auto* w = std::get_if<EdgeWorkload>(&d.workload.spec);
    if (!w) {
        r.error = "the design has no edge workload";
        return r;
    }
    const ModelShape* shape = resolve_model(w->model);
    if (!shape) {
        r.error = "unknown model '" + w->model.library_id + "'";
        return r;
    }
    const inf::ServingCalibration& cal = opt.serving ? *opt.serving : inf::default_serving_calibration();
    const EdgeCalibration& ecal = opt.edge ? *opt.edge : default_edge_calibration();
    const double ref_frame_px = ecal.ref_frame_width_px * ecal.ref_frame_height_px;
    const Replication rep(d);
    r.placement = w->placement;
    r.latency_budget_ms = w->latency_budget_ms;

    // Devices and sites.
    const Component* dev = dominant(d, rep, ComponentKind::EdgeDevice);
    const EdgeDeviceSpec* ds = dev ? cat.edge_device(dev->catalog_id) : nullptr;
    const AcceleratorSpec* acc = ds ? cat.accelerator(dev->accelerator.value_or(ds->accelerator)) : nullptr;
    if (r.placement != Placement::Cloud && (!dev || !ds || !acc)) {
        r.error = "no edge device with a known catalog entry is drawn";
        return r;
    }
    if (dev) {
        r.device_component = dev->id;
        r.devices = rep.instances(*dev);
        if (const Group* site = rep.enclosing(*dev, GroupKind::Site)) r.sites = rep.group_multiplicity(site->id);
        r.devices_per_site = r.devices / std::max(1.0, r.sites);
    }
    // Cameras.
    double pixel_rate = 0, bitrate_Mbps = 0;
    for (const auto& c : d.components) {
        if (c.kind != ComponentKind::Camera) continue;
        const CameraSpec* cs = cat.camera(c.catalog_id);
        if (!cs) continue;
        const double n = rep.instances(c);
        const double fps = w->fps_per_stream.value_or(cs->fps);
        r.streams += n;
        pixel_rate += n * cs->width_px * cs->height_px * fps;
        bitrate_Mbps += n * cs->bitrate_Mbps;
        if (r.camera_component.empty()) r.camera_component = c.id;
        r.fps_per_stream = std::max(r.fps_per_stream, fps);
    }
    if (r.streams <= 0) {
        r.error = "no camera streams are drawn";
        return r;
    }
    r.streams_per_site = r.streams / std::max(1.0, r.sites);
    const double mean_fps = pixel_rate > 0 ? r.fps_per_stream : 0;
    const double px_per_frame = pixel_rate / (r.streams * std::max(1e-9, mean_fps));
    const double load_1080p30 = pixel_rate / r.streams / (ref_frame_px * ecal.ref_decode_fps); // decode load of one stream

    // Edge inference capacity (GPU + DLA engines for INT8 models).
    inf::ServingSetup s;
    s.model = inf::serving_model_of(*shape, cal);
    s.req.precision = w->precision;
    s.req.weights_precision = w->precision;
    s.req.scenario = inf::Scenario::Offline;
    s.req.end_to_end = w->pipeline != "kernel";
    if (acc) {
        s.hw = inf::hardware_from_catalog(*acc, nullptr, ds->accelerator_count, ds->accelerator_count, w->precision,
                                          dev->power_mode.value_or(""));
        if (s.hw.peak_tflops <= 0) {
            r.error = s.hw.peak_note;
            return r;
        }
        s.hw.host_cpu_cores = ds->cpu_cores;
        s.hw.per_node = 1;
        s.req.use_dla = s.hw.dla_int8_tops > 0 && (w->precision == Precision::INT8);
        r.accelerator_id = acc->info.id;
        r.power_mode = s.hw.power_mode;
        r.notes.insert(r.notes.end(), s.hw.notes.begin(), s.hw.notes.end());
        if (s.req.use_dla) r.notes.push_back("INT8 model: the DLA engines take part of the load");
    }
    const double needed = r.devices > 0 ? r.streams / r.devices : r.streams;
    r.streams_needed_per_device = needed;
    double edge_ms = 0;
    if (acc) {
        const inf::VisionModel v(s, cal);
        const double batch = std::max(1.0, std::ceil(needed));
        const double host_in_batch_s = s.req.end_to_end ? cal.host_cpu_ms_per_frame / 1000 : 0;
        // Capacity at the throughput-optimal batch (frames of many streams batched), not at
        // the batch today's streams form: the largest batch whose time fits the latency
        // budget, up to the offline batch a runtime forms.
        double cap_batch = std::max(batch, cal.vision_offline_batch);
        if (w->latency_budget_ms && v.sample_s() > 0)
            cap_batch =
                std::clamp(std::floor((*w->latency_budget_ms / 1e3 - (v.batch_s(1) - v.sample_s())) / v.sample_s()), batch, cap_batch);
        // Host CPU per frame scales with pixels (decode hand-off, resize, NMS).
        const double cpu_ms = s.req.end_to_end ? cal.host_cpu_ms_per_frame * px_per_frame / ref_frame_px : 0.0;
        // Inference-only rate (the host CPU is counted separately below).
        const double infer_fps = cap_batch / (v.batch_s(cap_batch) - host_in_batch_s) * ds->accelerator_count + v.dla_samples_per_s();
        r.frames_per_s_capacity = infer_fps;
        r.streams_by_inference = infer_fps / std::max(1e-9, mean_fps);
        r.streams_by_decode = ds->video_decode_1080p30_streams ? *ds->video_decode_1080p30_streams / std::max(1e-9, load_1080p30) : 1e9;
        if (!ds->video_decode_1080p30_streams)
            r.notes.push_back("hardware decoder capacity not published for " + ds->info.id + ": not limiting");
        const double cores = ds->cpu_cores.value_or(cal.host_cpu_cores_default);
        if (!ds->cpu_cores && cpu_ms > 0)
            r.notes.push_back("host CPU cores not published for " + ds->info.id + ": " + std::to_string(cal.host_cpu_cores_default) +
                              " assumed for pre/post-processing");
        r.streams_by_cpu = cpu_ms > 0 ? cores * 1000.0 / cpu_ms / std::max(1e-9, mean_fps) : 1e9;
        r.streams_per_device = std::min({r.streams_by_inference, r.streams_by_decode, r.streams_by_cpu});
        edge_ms = cpu_ms + v.batch_s(batch) * 1e3 - (s.req.end_to_end ? cal.host_cpu_ms_per_frame : 0);
        r.frame_latency_ms = edge_ms;
        r.power_per_site_W =
            r.devices_per_site * (s.hw.power_per_gpu_W > 0 ? s.hw.power_per_gpu_W * ds->accelerator_count : ds->power_max_W.value_or(0));
    }

    // WAN link and cloud region.
    const Component* wan = dominant(d, rep, ComponentKind::WanLink);
    const WanLinkSpec* ws = wan ? cat.wan_link(wan->catalog_id) : nullptr;
    const Component* cloud = dominant(d, rep, ComponentKind::CloudRegion);
    const CloudRegionSpec* cr = cloud ? cat.cloud_region(cloud->catalog_id) : nullptr;
    if (wan) r.wan_component = wan->id;
    if (cloud) r.cloud_component = cloud->id;
    if (ws) {
        r.uplink_capacity_Mbps = ws->bw_Mbps_typical.value_or(ws->bw_Mbps_low.value_or(0));
        r.wan_rtt_p50_ms = ws->rtt_ms_p50;
        r.wan_rtt_p99_ms = ws->rtt_ms_p99;
    }
    if (cr && !r.wan_rtt_p50_ms) r.wan_rtt_p50_ms = cr->rtt_ms_p50;
    if (cr && !r.wan_rtt_p99_ms) r.wan_rtt_p99_ms = cr->rtt_ms_p99;
    const double per_site_bitrate = bitrate_Mbps / std::max(1.0, r.sites);
    if (r.placement == Placement::Cloud) r.uplink_needed_Mbps = per_site_bitrate;
    else if (r.placement == Placement::Hybrid)
        r.uplink_needed_Mbps = r.streams_per_site * ecal.events_per_stream_per_s * ecal.event_size_kB * kBitsPerByte / 1000;
    if (cr) {
        const NodeSpec* cn = cat.node(cr->node);
        const AcceleratorSpec* ca = cn ? cat.accelerator(cn->accelerator) : nullptr;
        if (ca) {
            inf::ServingSetup c = s;
            c.hw = inf::hardware_from_catalog(*ca, nullptr, 1, 1, w->precision, "");
            c.req.use_dla = false;
            c.req.end_to_end = false;
            const inf::VisionModel cv(c, cal);
            r.cloud_inference_ms = cv.batch_s(1) * 1e3;
        }
    }
    if (r.placement != Placement::Edge) {
        // One frame (cloud) or one event crop (hybrid) crosses the uplink.
        const double item_Mbit = r.placement == Placement::Cloud
                                     ? per_site_bitrate / std::max(1.0, r.streams_per_site) / std::max(1e-9, mean_fps)
                                     : ecal.event_size_kB * kBitsPerByte / 1000;
        const double ser_ms = r.uplink_capacity_Mbps > 0 ? item_Mbit / r.uplink_capacity_Mbps * 1e3 : 0;
        const double base = ser_ms + r.cloud_inference_ms + (r.placement == Placement::Hybrid ? edge_ms : 0);
        r.cloud_latency_p50_ms = base + r.wan_rtt_p50_ms.value_or(0);
        r.cloud_latency_p99_ms = base + r.wan_rtt_p99_ms.value_or(r.wan_rtt_p50_ms.value_or(0));
        if (!r.wan_rtt_p99_ms) r.notes.push_back("WAN RTT p99 not published for the drawn link: p50 used");
    }

    // Verdict and bottleneck.
    Bottleneck& b = r.bottleneck;
    const double budget = w->latency_budget_ms.value_or(1e12);
    const bool edge_capacity_ok = r.placement == Placement::Cloud || r.streams_per_device + 1e-9 >= needed;
    const bool uplink_ok = r.placement == Placement::Edge || r.uplink_needed_Mbps <= r.uplink_capacity_Mbps;
    const bool latency_ok = r.placement == Placement::Edge ? edge_ms <= budget : r.cloud_latency_p99_ms <= budget;
    r.fits = edge_capacity_ok && uplink_ok && latency_ok;
    if (!edge_capacity_ok || r.placement == Placement::Edge) {
        b.component = r.device_component;
        if (r.streams_per_device == r.streams_by_decode) b.resource = Resource::Decode;
        else if (r.streams_per_device == r.streams_by_cpu) b.resource = Resource::HostCpu;
        else b.resource = Resource::Compute;
        b.detail = "each device sustains " + fmt(r.streams_per_device) + " streams (inference " + fmt(r.streams_by_inference) +
                   ", decode " + fmt(std::min(r.streams_by_decode, 1e6)) + ", host CPU " + fmt(std::min(r.streams_by_cpu, 1e6)) + "); " +
                   fmt(needed) + " needed";
    }
    if (r.placement != Placement::Edge && !uplink_ok) {
        b = {Resource::Uplink, r.wan_component,
             "uplink needs " + fmt(r.uplink_needed_Mbps) + " Mb/s per site but the link carries " + fmt(r.uplink_capacity_Mbps) +
                 " Mb/s typical"};
    } else if (r.placement != Placement::Edge && edge_capacity_ok && (!latency_ok || b.component.empty())) {
        b = {Resource::WanLatency, r.wan_component,
             "p99 WAN RTT " + fmt(r.wan_rtt_p99_ms.value_or(0)) + " ms + cloud inference " + fmt(r.cloud_inference_ms) + " ms"};
    }
    std::ostringstream v;
    if (r.placement == Placement::Edge) {
        v << (r.fits ? "Fits: " : "Does not fit: ") << fmt(r.devices_per_site) << " device(s) per site sustain up to "
          << fmt(r.streams_per_device * r.devices_per_site) << " streams for the " << fmt(r.streams_per_site) << " drawn, " << fmt(edge_ms)
          << " ms per frame" << (w->latency_budget_ms ? " against the " + fmt(budget) + " ms budget" : "") << ".";
    } else if (!latency_ok) {
        v << "p99 WAN RTT " << fmt(r.wan_rtt_p99_ms.value_or(0)) << " ms + cloud inference " << fmt(r.cloud_inference_ms)
          << " ms exceeds the " << fmt(budget) << " ms budget: keep detection at the edge, send events only.";
    } else if (!uplink_ok) {
        v << "Uplink needs " << fmt(r.uplink_needed_Mbps) << " Mb/s per site, the " << (ws ? ws->info.id : "WAN link") << " carries "
          << fmt(r.uplink_capacity_Mbps) << " Mb/s typical: "
          << (r.placement == Placement::Cloud ? "run detection at the edge and send events." : "send fewer events or a faster link.");
    } else if (!edge_capacity_ok) {
        v << "Edge devices sustain " << fmt(r.streams_per_device) << " streams each but " << fmt(needed)
          << " are needed: add devices or lower fps.";
    } else {
        v << "Fits: p99 " << fmt(r.cloud_latency_p99_ms) << " ms (WAN RTT " << fmt(r.wan_rtt_p99_ms.value_or(0)) << " ms + cloud "
          << fmt(r.cloud_inference_ms) << " ms) within the " << fmt(budget) << " ms budget; uplink " << fmt(r.uplink_needed_Mbps) << " of "
          << fmt(r.uplink_capacity_Mbps) << " Mb/s.";
    }
    r.verdict = v.str();
    if (r.placement == Placement::Cloud)
        r.outage = "Uplink down: no inference at the site — all " + fmt(r.streams_per_site) + " streams go unanalysed until it returns.";
    else if (r.placement == Placement::Hybrid)
        r.outage = "Uplink down: detection continues at the edge on all " + fmt(r.streams_per_site) +
                   " streams; cloud-stage events buffer locally (" + fmt(r.uplink_needed_Mbps * 3600 / kBitsPerByte / 1000) +
                   " GB per hour).";
    else r.outage = "Uplink down: nothing changes for inference — every stream is analysed on site.";

    Explanation root =
        node("streams_per_device", "Streams per device", r.streams_per_device, "streams",
             "min(inference frames/s ÷ fps, decoder 1080p30 streams ÷ stream load, CPU cores × 1000 ÷ (ms per frame × fps))");
    root.inputs.push_back({"inference capacity", r.frames_per_s_capacity, "frames/s", "catalog " + r.accelerator_id + " " + r.power_mode});
    root.inputs.push_back({"fps per stream", mean_fps, "frames/s", w->fps_per_stream ? "workload" : "camera catalog"});
    root.inputs.push_back({"decode load per stream", load_1080p30, "× 1080p30", "camera resolution × fps"});
    root.inputs.push_back({"streams needed per device", needed, "streams", "design (cameras ÷ devices after ×N)"});
    root.children.push_back(
        node("frame_latency_ms", "Per-frame latency at the edge", edge_ms, "ms", "host pre/post-processing + inference batch"));
    root.children.push_back(node("power_per_site_W", "Power per site", r.power_per_site_W, "W", "devices per site × power-mode watts"));
    if (r.placement != Placement::Edge) {
        Explanation up = node("uplink_needed_Mbps", "Uplink needed per site", r.uplink_needed_Mbps, "Mb/s",
                              r.placement == Placement::Cloud ? "streams × bitrate" : "streams × events/s × event size");
        up.inputs.push_back({"uplink typical", r.uplink_capacity_Mbps, "Mb/s", ws ? "catalog " + ws->info.id : "not drawn"});
        root.children.push_back(up);
        Explanation lat =
            node("cloud_latency_ms@p99", "Cloud path latency p99", r.cloud_latency_p99_ms, "ms",
                 "WAN RTT p99 + serialisation + cloud inference" + std::string(r.placement == Placement::Hybrid ? " + edge stage" : ""));
        lat.inputs.push_back({"WAN RTT p99", r.wan_rtt_p99_ms.value_or(0), "ms", ws ? "catalog " + ws->info.id : "catalog cloud region"});
        lat.inputs.push_back({"cloud inference", r.cloud_inference_ms, "ms", "inference engine, batch 1"});
        root.children.push_back(lat);
    }
    r.explanation = std::move(root);
    r.ok = true;
    return r;
}

std::vector<StreamsPoint> streams_vs_devices(const EdgeResult& r, int max_devices) {
    std::vector<StreamsPoint> pts;
    for (int n = 1; n <= std::max(1, max_devices); ++n) {
        StreamsPoint p;
        p.devices = n;
        p.streams_capacity = n * r.streams_per_device;
        p.bottleneck = r.streams_per_device == r.streams_by_decode ? Resource::Decode
                       : r.streams_per_device == r.streams_by_cpu  ? Resource::HostCpu
                                                                   : Resource::Compute;
        pts.push_back(p);
    }
    return pts;
}

} // namespace cc::engine::edge
