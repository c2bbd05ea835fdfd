#pragma once
// The stated assumptions of the edge and hybrid engine (not fitted: no public
// case measures them). The inference efficiencies it shares with the serving
// engine, the host CPU cost per frame among them, are in
// engine/inference/calibration.h. Values, units and sources are in
// core/engine/CALIBRATION.md.
namespace cc::engine::edge {

struct EdgeCalibration {
    // Hybrid placement sends events, not video.
    double event_size_kB = 50;          // one JPEG crop + metadata per event
    double events_per_stream_per_s = 1; // detections forwarded per stream per second
    // The reference stream: the unit of the catalog's video_decode_1080p30_streams
    // and of host_cpu_ms_per_frame (per 1080p frame); other resolutions scale by pixels.
    double ref_frame_width_px = 1920;
    double ref_frame_height_px = 1080;
    double ref_decode_fps = 30;
};

const EdgeCalibration& default_edge_calibration();

inline constexpr double kBitsPerByte = 8; // kB → kbit, Mb/s → MB/s

} // namespace cc::engine::edge
