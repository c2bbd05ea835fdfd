#pragma once
// The one table of headline metrics: a stable key with the unit in its name,
// the unit, an English label (the studio translates it), which direction is
// better, and the explanation node that says how the number was obtained.
// Score cards, compare, the CLI's JSON/CSV and the report all name their
// numbers from this table, so a metric means the same thing everywhere.
#include <optional>
#include <string_view>
#include <vector>

namespace cc::evaluate {

enum class Better { Lower, Higher, Neither };

enum class MetricId {
    // The design itself (from the bill of materials).
    Accelerators,
    PowerNominal_W,
    ListPrice_usd,
    // Training.
    StepTime_s,
    TrainingTokens_per_s,
    Samples_per_s,
    Mfu_pct,
    MemoryPerGpu_GB,
    GpusUsed,
    TimeToTrain_s,
    CostToTrain_usd,
    EnergyToTrain_kWh,
    // Serving.
    TtftP99_ms,
    Tpot_ms,
    E2eP99_ms,
    OutputTokens_per_s,
    CapacityRequests_per_s,
    KvMaxBatch,
    LatencyP99_ms,
    Utilisation_pct,
    GpusForTarget,
    CostPerMillionTokens_usd,
    Power_W,
    // Edge and hybrid.
    StreamsPerDevice,
    FrameLatency_ms,
    Uplink_Mbps,
    CloudLatencyP99_ms,
    PowerPerSite_W,
    Fits,
};

struct MetricDef {
    MetricId id;
    std::string_view key;   // "step_time_s": JSON/CSV column, compare row
    std::string_view unit;  // "s", "tokens/s", "%", "USD", "yes/no", ...
    std::string_view label; // "Step time" (English; the studio's translation key)
    Better better;
    std::string_view explain_key; // explanation node with the derivation ("" = none of its own)
};

/// Every metric, in display order.
const std::vector<MetricDef>& metric_table();
const MetricDef& metric_def(MetricId id);
std::optional<MetricId> metric_from_key(std::string_view key);

/// One metric's value in an evaluation; unset when the engine has no number for it.
struct MetricValue {
    MetricId id;
    std::optional<double> value;
    const MetricDef& def() const { return metric_def(id); }
};

} // namespace cc::evaluate
