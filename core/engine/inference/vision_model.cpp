#include "engine/inference/vision_model.h"

#include <algorithm>
#include <cmath>

namespace cc::engine::inference {

double vision_fraction(const std::string& category, const std::string& arch, const ServingCalibration& cal) {
    if (arch == "diffusion") return cal.diffusion_frac;
    double f = cal.vision_frac_other;
    if (category == "datacenter-gpu") f = cal.vision_frac_datacenter;
    else if (category == "inference-gpu") f = cal.vision_frac_inference;
    else if (category == "edge-module") f = cal.vision_frac_edge;
    if (arch == "detector") f *= cal.detector_factor;
    return f;
}

VisionModel::VisionModel(const ServingSetup& s, const ServingCalibration& cal) : s_(s), cal_(cal) {
    const ServingModel& m = s.model;
    double weight_reads = 1;
    if (m.gflops_per_sample > 0) {
        flops_ = 2.0 * m.gflops_per_sample * 1e9; // schema: multiply-accumulates counted once
        flops_note_ = "2 × GMACs per sample";
        if (m.arch == "diffusion") weight_reads = cal.diffusion_evals;
    } else if (m.arch == "encoder" && m.layers > 0 && m.hidden > 0) {
        const double tokens = std::max(1, m.seq_len > 0 ? m.seq_len : cal.default_encoder_seq_len) * cal.encoder_fill;
        const double body = std::max(0.0, m.params - static_cast<double>(m.vocab) * m.hidden);
        flops_ = 2.0 * body * tokens + kAttentionFlopsPerTokenPerContext * m.layers * tokens * tokens * m.hidden;
        flops_note_ = "2 × non-embedding params × mean tokens + attention";
    } else if (m.arch == "diffusion") {
        flops_ = 2.0 * m.params * cal.diffusion_positions * cal.diffusion_evals;
        weight_reads = cal.diffusion_evals;
        flops_note_ = "2 × params × effective latent positions × UNet calls";
    } else {
        flops_ = 2.0 * m.params; // last resort: one MAC per parameter
        flops_note_ = "no FLOPs given: 2 × params";
    }
    eff_ = vision_fraction(s.hw.category, m.arch, cal);
    const double peak = std::max(1e-6, s.hw.peak_tflops) * 1e12;
    sample_s_ = flops_ / (peak * eff_);
    launch_s_ = s.hw.category == "edge-module" ? cal.launch_edge_s : cal.launch_s;
    const double bytes = m.params * bytes_per_value(s.req.weights_precision) * weight_reads;
    weights_s_ = bytes / (std::max(1e-6, s.hw.mem_bw_GBps) * 1e9 * cal.mem_bw_frac);
    if (s.req.use_dla && s.hw.dla_int8_tops > 0) dla_rate_ = s.hw.dla_int8_tops * 1e12 * eff_ * cal.dla_frac / flops_;
    if (s.req.end_to_end) {
        const int cores = s.hw.host_cpu_cores.value_or(cal.host_cpu_cores_default); // unpublished: said in the notes
        const double per_gpu_cores = static_cast<double>(cores) / std::max(1, s.hw.per_node);
        cpu_rate_ = per_gpu_cores * 1000.0 / cal.host_cpu_ms_per_frame;
    }
}

double VisionModel::batch_s(double batch) const {
    batch = std::max(1.0, batch);
    double t = launch_s_ + weights_s_ + batch * sample_s_;
    if (cpu_rate_ > 0) t += cal_.host_cpu_ms_per_frame / 1000.0; // one frame's pre/post-processing on the critical path
    return t;
}

double VisionModel::throughput_per_gpu(double batch) const {
    batch = std::max(1.0, batch);
    double r = batch / (launch_s_ + weights_s_ + batch * sample_s_) + dla_rate_;
    if (cpu_rate_ > 0) r = std::min(r, cpu_rate_);
    return r;
}

} // namespace cc::engine::inference
