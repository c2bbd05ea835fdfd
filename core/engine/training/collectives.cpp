#include "engine/training/collectives.h"

#include <algorithm>
#include <cmath>

namespace cc::engine::training {
namespace {

double out_Bps(const Hardware& hw, const Calibration& cal) {
    // A missing network stands in at disconnected_GBps so times stay finite.
    return (hw.scale_out_GBps > 0 ? hw.scale_out_GBps * cal.busbw_frac_scale_out : cal.disconnected_GBps) * 1e9;
}

double up_Bps(const Hardware& hw, const Calibration& cal) {
    if (hw.scale_up_GBps > 0) return hw.scale_up_GBps * cal.busbw_frac_scale_up * 1e9;
    // No scale-up fabric: traffic between local GPUs goes through the host/NIC.
    return out_Bps(hw, cal);
}

double up_latency(const Calibration& cal) { return cal.step_latency_scale_up_us * 1e-6; }

GroupShape clean(GroupShape g) {
    g.ranks = std::max(1, g.ranks);
    g.local = std::clamp(g.local, 1, g.ranks);
    return g;
}

} // namespace

double scale_out_step_latency_s(const Hardware& hw, const Calibration& cal) {
    return (hw.scale_out_protocol == "ethernet" ? cal.step_latency_ethernet_us : cal.step_latency_ib_us) * 1e-6;
}

CommTime all_reduce(double bytes, GroupShape g, const Hardware& hw, const Calibration& cal) {
    g = clean(g);
    CommTime t;
    if (g.ranks <= 1 || bytes <= 0) return t;
    const double k = g.local, nn = static_cast<double>(g.ranks) / g.local;
    if (k > 1) {
        t.scale_up_s = 2 * (k - 1) / k * bytes / up_Bps(hw, cal);
        t.latency_s += 2 * (k - 1) * up_latency(cal);
    }
    if (nn > 1) {
        // Each local rank carries 1/k of the buffer across its own NIC rail.
        t.scale_out_s = 2 * (nn - 1) / nn * (bytes / k) / out_Bps(hw, cal);
        const double ring = 2 * (nn - 1), tree = 2 * std::ceil(std::log2(nn));
        t.latency_s += std::min(ring, tree) * scale_out_step_latency_s(hw, cal);
    }
    t.bandwidth_s = t.scale_up_s + t.scale_out_s;
    return t;
}

CommTime all_gather(double bytes, GroupShape g, const Hardware& hw, const Calibration& cal) {
    g = clean(g);
    CommTime t;
    if (g.ranks <= 1 || bytes <= 0) return t;
    const double k = g.local, nn = static_cast<double>(g.ranks) / g.local;
    if (k > 1) t.scale_up_s = (k - 1) / k * bytes / up_Bps(hw, cal);
    if (nn > 1) t.scale_out_s = (nn - 1) / nn * (bytes / k) / out_Bps(hw, cal);
    // Rings only: every rank is one step of the ring.
    t.latency_s = (g.ranks - 1) * (nn > 1 ? scale_out_step_latency_s(hw, cal) : up_latency(cal));
    t.bandwidth_s = t.scale_up_s + t.scale_out_s;
    return t;
}

CommTime all_to_all(double bytes, GroupShape g, const Hardware& hw, const Calibration& cal) {
    g = clean(g);
    CommTime t;
    if (g.ranks <= 1 || bytes <= 0) return t;
    const double n = g.ranks, k = g.local;
    t.scale_up_s = bytes * (k - 1) / n / up_Bps(hw, cal);
    t.scale_out_s = bytes * (n - k) / n / out_Bps(hw, cal);
    t.bandwidth_s = std::max(t.scale_up_s, t.scale_out_s); // both directions run at once
    t.latency_s = (n - 1) * (n > k ? scale_out_step_latency_s(hw, cal) : up_latency(cal));
    return t;
}

CommTime send(double bytes, bool scale_up, const Hardware& hw, const Calibration& cal) {
    CommTime t;
    if (bytes <= 0) return t;
    if (scale_up) {
        t.scale_up_s = bytes / up_Bps(hw, cal);
        t.latency_s = up_latency(cal);
    } else {
        t.scale_out_s = bytes / out_Bps(hw, cal);
        t.latency_s = scale_out_step_latency_s(hw, cal);
    }
    t.bandwidth_s = t.scale_up_s + t.scale_out_s;
    return t;
}

} // namespace cc::engine::training
