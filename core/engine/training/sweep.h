#pragma once
// Growth curves: the training evaluation re-run while one quantity varies —
// GPU count (×N of the drawn node group, arithmetic on the resolved cluster,
// never an expanded design), dataset tokens, model size, or global batch. The
// CLI prints the points and the studio charts them; each point carries its
// bottleneck so a chart can show where the curve bends and why.
#include "engine/training/training_engine.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cc::engine::training {

enum class SweepAxis { Gpus, Tokens, Params, Batch };
const char* to_string(SweepAxis a);
std::optional<SweepAxis> sweep_axis_from(std::string_view s);

struct SweepSpec {
    SweepAxis axis = SweepAxis::Gpus;
    std::optional<double> from, to; // unset: the axis default (gpus: one node … the design's count)
    // tokens/params/batch: points spaced geometrically; gpus: powers of two.
    int steps = 8; // literal-ok: default point count (UI)
};

struct SweepPoint {
    double x = 0; // the varied value (GPUs, tokens, parameters or samples per step)
    bool ok = false;
    std::string error; // why this point has no evaluation
    double gpus = 0;   // GPUs the best plan uses
    Plan plan;
    double step_s = 0, samples_per_s = 0, tokens_per_s = 0, mfu = 0;
    double scaling_efficiency = 0; // throughput per GPU ÷ that of the first point that fits (params: MFU ratio)
    Breakdown breakdown;
    bool fits = false;
    double memory_GB = 0, capacity_GB = 0;
    Resource bottleneck = Resource::Compute;
    std::string bottleneck_component;
    std::optional<double> time_to_train_s, energy_kWh, gpu_hours;
};

struct SweepResult {
    SweepAxis axis = SweepAxis::Gpus;
    std::string error; // the sweep as a whole cannot run (no training workload, bad range)
    std::vector<SweepPoint> points;
};

/// The x values of a sweep over a design whose cluster holds `design_gpus` GPUs
/// (`per_node` in one node) and whose workload has the given run size, model and batch.
std::vector<double> sweep_values(const SweepSpec& s, double design_gpus, int per_node, double base_value,
                                 const Calibration& cal = default_calibration());

/// Sweeps a resolved cluster and workload (the GUI calls this with its document's design).
SweepResult sweep_training(const ClusterView& view, const TrainingWorkload& w, const ModelShape& model, const Assumptions& a,
                           const SweepSpec& s, const Calibration* cal = nullptr);

/// Same, from a design: resolves the cluster and the model once.
SweepResult sweep_training(const Design& d, const Catalog& cat, const SweepSpec& s, const Calibration* cal = nullptr);

} // namespace cc::engine::training
