#include "evaluate/metrics.h"

#include <algorithm>
#include <stdexcept>

namespace cc::evaluate {

const std::vector<MetricDef>& metric_table() {
    using B = Better;
    using M = MetricId;
    static const std::vector<MetricDef> table{
        {M::Accelerators, "accelerators", "GPUs", "Accelerators", B::Neither, ""},
        {M::PowerNominal_W, "power_nominal_W", "W", "Power (nominal)", B::Lower, ""},
        {M::ListPrice_usd, "capex_usd", "USD", "List price", B::Lower, ""},
        {M::StepTime_s, "step_time_s", "s", "Step time", B::Lower, "step_time_s"},
        {M::TrainingTokens_per_s, "tokens_per_s", "tokens/s", "Throughput", B::Higher, "tokens_per_s"},
        {M::Samples_per_s, "samples_per_s", "samples/s", "Throughput", B::Higher, "samples_per_s"},
        {M::Mfu_pct, "mfu_pct", "%", "MFU", B::Higher, "mfu"},
        {M::MemoryPerGpu_GB, "memory_per_gpu_GB", "GB", "Memory per GPU", B::Neither, "memory_per_gpu_GB"},
        {M::GpusUsed, "gpus_used", "GPUs", "GPUs used", B::Neither, ""},
        {M::TimeToTrain_s, "time_to_train_s", "s", "Time to train", B::Lower, "time_to_train_min"},
        {M::CostToTrain_usd, "cost_to_train_usd", "USD", "Cost to train", B::Lower, "cost_usd"},
        {M::EnergyToTrain_kWh, "energy_to_train_kWh", "kWh", "Energy to train", B::Lower, "energy_kWh"},
        {M::TtftP99_ms, "ttft_p99_ms", "ms", "TTFT p99", B::Lower, "ttft_ms"},
        {M::Tpot_ms, "tpot_ms", "ms", "TPOT", B::Lower, "tpot_ms"},
        {M::E2eP99_ms, "e2e_p99_ms", "ms", "Latency p99", B::Lower, "latency_ms"},
        {M::OutputTokens_per_s, "output_tokens_per_s", "tokens/s", "Throughput", B::Higher, "output_tokens_per_s"},
        {M::CapacityRequests_per_s, "capacity_requests_per_s", "requests/s", "Capacity", B::Higher, ""},
        {M::KvMaxBatch, "kv_max_batch", "sequences", "KV-cache limit", B::Higher, "kv_max_batch"},
        {M::LatencyP99_ms, "latency_p99_ms", "ms", "Latency p99", B::Lower, "latency_ms"},
        {M::Utilisation_pct, "utilisation_pct", "%", "Utilisation", B::Neither, ""},
        {M::GpusForTarget, "gpus_for_target", "GPUs", "GPUs for the target", B::Lower, ""},
        {M::CostPerMillionTokens_usd, "cost_per_million_tokens_usd", "USD", "Cost per 1 M tokens", B::Lower, "cost_per_million_tokens_usd"},
        {M::Power_W, "power_W", "W", "Power", B::Lower, ""},
        {M::StreamsPerDevice, "streams_per_device", "streams", "Streams per device", B::Higher, "streams_per_device"},
        {M::FrameLatency_ms, "frame_latency_ms", "ms", "Per-frame latency", B::Lower, "frame_latency_ms"},
        {M::Uplink_Mbps, "uplink_Mbps", "Mb/s", "Uplink needed", B::Lower, "uplink_needed_Mbps"},
        {M::CloudLatencyP99_ms, "cloud_latency_p99_ms", "ms", "Cloud path p99", B::Lower, ""},
        {M::PowerPerSite_W, "power_per_site_W", "W", "Power per site", B::Lower, "power_per_site_W"},
        {M::Fits, "fits", "yes/no", "Fits the budget", B::Higher, ""},
    };
    return table;
}

const MetricDef& metric_def(MetricId id) {
    const auto& t = metric_table();
    const auto i = static_cast<std::size_t>(id);
    // The table is in enum order; a test checks it, this keeps a mismatch from reading the wrong row.
    if (i >= t.size() || t[i].id != id) throw std::logic_error("metric table out of order");
    return t[i];
}

std::optional<MetricId> metric_from_key(std::string_view key) {
    const auto& t = metric_table();
    const auto it = std::find_if(t.begin(), t.end(), [&](const MetricDef& m) { return m.key == key; });
    if (it == t.end()) return std::nullopt;
    return it->id;
}

} // namespace cc::evaluate
