#pragma once
// The inference engine's entry points. evaluate_serving() resolves the drawn
// design (accelerators, nodes, scale-up fabric, ×N) and its serving workload
// into a ServingSetup; evaluate_setup() scores any setup (the validation runner
// builds setups from cases). SLO sizing answers "how many replicas / GPUs for
// N requests/s with p99 TTFT ≤ X and TPOT ≤ Y".
#include "catalog/catalog.h"
#include "engine/inference/calibration.h"
#include "engine/inference/serving_types.h"
#include "model/design.h"
#include "topology/cluster_view.h"

#include <optional>
#include <string>

namespace cc::engine::inference {

struct EvaluateOptions {
    const ServingCalibration* calibration = nullptr; // default when null
    bool explain = true;
};

/// Scores a design's inference (serving) workload; ok = false with `error` when
/// the design has none, the model is unknown or no accelerator is drawn.
ServingResult evaluate_serving(const Design& d, const Catalog& cat, const EvaluateOptions& opt = {});

/// The setup evaluate_serving() scores (for sweeps and sizing from the GUI). The
/// calibration decides the engine's own choices in it (tp, defaults, prices).
std::optional<ServingSetup> serving_setup(const Design& d, const Catalog& cat, std::string* error = nullptr,
                                          const ServingCalibration& cal = default_serving_calibration());
/// Same, on an already resolved (possibly grown) cluster of the design.
std::optional<ServingSetup> serving_setup(const Design& d, const Catalog& cat, const ClusterView& view, std::string* error = nullptr,
                                          const ServingCalibration& cal = default_serving_calibration());

/// Scores one setup.
ServingResult evaluate_setup(const ServingSetup& s, const EvaluateOptions& opt = {});

/// Hardware numbers of `count` accelerators (`per_node` per node) joined by `fabric`,
/// at `compute` precision and power mode (empty: the accelerator's maximum mode).
ServingHardware hardware_from_catalog(const AcceleratorSpec& a, const FabricSpec* fabric, double count, int per_node, Precision compute,
                                      const std::string& power_mode);

/// The precision the matmuls run at: the workload's, except weight-only INT4
/// (weights and precision int4), which runs on 16-bit activations where the
/// accelerator publishes a 16-bit peak and on its 8-bit tensor cores otherwise.
Precision compute_precision(const AcceleratorSpec& a, Precision precision, Precision weights);

/// Why `a` cannot run matmuls at `compute` (no published peak at it nor at a
/// precision that runs it), naming the catalog fields; nullopt when it can.
std::optional<std::string> missing_peak(const AcceleratorSpec& a, Precision compute);

/// A model-library or custom shape turned into the engine's model.
ServingModel serving_model_of(const ModelShape& m, const ServingCalibration& cal = default_serving_calibration());

struct SloSizing {
    bool feasible = false;
    std::string reason; // why not, or what binds
    double replicas = 0, gpus = 0;
    int tp = 1;
    double ttft_p99_ms = 0, tpot_ms = 0, e2e_p99_ms = 0;
    double utilisation = 0;
    Bottleneck bottleneck;
};

/// Replicas (and GPUs = replicas × tp) so that `rate_per_s` requests/s meet
/// p99 TTFT ≤ ttft_p99_ms and mean TPOT ≤ tpot_ms (either target may be unset).
/// Non-LLM setups use p99 latency ≤ ttft_p99_ms.
SloSizing size_for_slo(const ServingSetup& s, double rate_per_s, std::optional<double> ttft_p99_ms, std::optional<double> tpot_ms,
                       const ServingCalibration* cal = nullptr);

/// Builds the explanation tree of a result (called by evaluate_setup when opt.explain).
Explanation explain_serving(const ServingSetup& s, const ServingResult& r, const ServingCalibration& cal);

} // namespace cc::engine::inference
