#pragma once
// Growth curves of a serving setup: latency (p50/p99) vs offered load with the
// knee marked, throughput vs concurrency, TTFT/TPOT vs prompt/output length,
// GPUs needed vs users (SLO sizing per point), throughput vs GPUs. Every point
// carries its bottleneck.
#include "engine/inference/serving_engine.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cc::engine::inference {

struct SweepPoint {
    double x = 0;
    double ttft_p50_ms = 0, ttft_p99_ms = 0, tpot_ms = 0, latency_p50_ms = 0, latency_p99_ms = 0;
    double output_tokens_per_s = 0, requests_per_s = 0, utilisation = 0, gpus = 0;
    bool overloaded = false, feasible = true;
    Resource bottleneck = Resource::Compute;
};

/// What a serving sweep varies (mirrors the training SweepAxis).
enum class ServingSweepAxis { Rate, Concurrency, Users, InputTokens, OutputTokens, Gpus };
/// The command-line spelling: rate, concurrency, users, input_tokens, output_tokens, gpus.
const char* to_string(ServingSweepAxis a);
std::optional<ServingSweepAxis> serving_sweep_axis_from(std::string_view s);
/// Every axis, in declaration order (for messages and loops).
const std::vector<ServingSweepAxis>& serving_sweep_axes();
/// The unit of the axis's x values ("requests/s", "clients", ...).
const char* unit_of(ServingSweepAxis a);

struct Sweep {
    ServingSweepAxis vary = ServingSweepAxis::Rate;
    std::string x_unit;
    std::vector<SweepPoint> points;
    std::optional<double> knee_x; // load where p99 latency reaches twice its light-load value
};

/// Requests per second one interactive user sends, at the default calibration
/// (ServingCalibration::requests_per_user_per_s): users → rate.
inline constexpr double kRequestsPerUserPerS = ServingCalibration{}.requests_per_user_per_s;

/// Evaluates `steps` points from `from` to `to` (linear).
Sweep sweep_serving(const ServingSetup& s, ServingSweepAxis vary, double from, double to, int steps,
                    const ServingCalibration* cal = nullptr);

} // namespace cc::engine::inference
