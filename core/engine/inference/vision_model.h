#pragma once
// Non-LLM models (CNNs, detectors, BERT-class encoders, diffusion): time per
// batch = fixed launch latency + weights read + batch × FLOPs per sample ÷
// (peak × calibrated fraction for the accelerator class and architecture).
#include "engine/inference/calibration.h"
#include "engine/inference/serving_types.h"

#include <string>

namespace cc::engine::inference {

class VisionModel {
public:
    VisionModel(const ServingSetup& s, const ServingCalibration& cal);

    double flops_per_sample() const { return flops_; } // FLOPs (2 × MACs)
    double efficiency() const { return eff_; }         // fraction of peak
    double sample_s() const { return sample_s_; }      // per sample at large batch, one accelerator
    double batch_s(double batch) const;                // one batch on one accelerator
    double throughput_per_gpu(double batch) const;     // samples/s, GPU plus DLA engines when used
    double dla_samples_per_s() const { return dla_rate_; }
    double host_cpu_samples_per_s() const { return cpu_rate_; } // 0 = not limiting (kernel-only)
    std::string flops_note() const { return flops_note_; }

private:
    const ServingSetup& s_;
    const ServingCalibration& cal_;
    double flops_ = 0, eff_ = 0, sample_s_ = 0, launch_s_ = 0, weights_s_ = 0, dla_rate_ = 0, cpu_rate_ = 0;
    std::string flops_note_;
};

/// Fraction of peak a vision/encoder model reaches at large batch on this accelerator class.
double vision_fraction(const std::string& category, const std::string& arch, const ServingCalibration& cal);

} // namespace cc::engine::inference
