#pragma once
// Collective communication times, topology-aware: a group of `ranks` GPUs with
// `per_node` of them inside one scale-up domain runs hierarchically (scale-up
// ring inside the domain, scale-out ring or tree across domains). Each time is
// a bandwidth term (bytes ÷ achieved bus bandwidth per direction) plus a
// latency term (ring steps × per-step latency; trees take log2 steps).
#include "engine/training/calibration.h"
#include "engine/training/job.h"

namespace cc::engine::training {

struct CommTime {
    double bandwidth_s = 0;
    double latency_s = 0;
    double scale_up_s = 0;  // part of the total spent on the scale-up fabric
    double scale_out_s = 0; // part spent across the scale-out network
    double total() const { return bandwidth_s + latency_s; }
};

/// Where a group of ranks sits: how many share one scale-up domain.
struct GroupShape {
    int ranks = 1;
    int local = 1; // ranks inside one scale-up domain (1..ranks)
};

/// The per-step latency of one ring hop across the scale-out network.
double scale_out_step_latency_s(const Hardware& hw, const Calibration& cal);

/// All-reduce of `bytes` per rank (ring bandwidth; latency = min(ring, tree)).
CommTime all_reduce(double bytes, GroupShape g, const Hardware& hw, const Calibration& cal);
/// Reduce-scatter or all-gather of a `bytes` buffer (each rank ends with/starts from bytes/ranks).
CommTime all_gather(double bytes, GroupShape g, const Hardware& hw, const Calibration& cal);
/// All-to-all where each rank sends `bytes` in total (MoE token dispatch).
CommTime all_to_all(double bytes, GroupShape g, const Hardware& hw, const Calibration& cal);
/// Point-to-point send of `bytes` over the scale-up fabric or the network.
CommTime send(double bytes, bool scale_up, const Hardware& hw, const Calibration& cal);

} // namespace cc::engine::training
