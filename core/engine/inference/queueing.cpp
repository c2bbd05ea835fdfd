#include "engine/inference/queueing.h"

#include <algorithm>
#include <cmath>

namespace cc::engine::inference {

// literal-ok-begin: Acklam's published coefficients, break points and polynomial indices (not model inputs)
double normal_quantile(double q) {
    q = std::clamp(q, 1e-12, 1 - 1e-12);
    static const double a[] = {-3.969683028665376e+01, 2.209460984245205e+02,  -2.759285104469687e+02,
                               1.383577518672690e+02,  -3.066479806614716e+01, 2.506628277459239e+00};
    static const double b[] = {-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02, 6.680131188771972e+01,
                               -1.328068155288572e+01};
    static const double c[] = {-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
                               -2.549732539343734e+00, 4.374664141464968e+00,  2.938163982698783e+00};
    static const double d[] = {7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00, 3.754408661907416e+00};
    const double lo = 0.02425, hi = 1 - lo;
    if (q < lo) {
        const double t = std::sqrt(-2 * std::log(q));
        return (((((c[0] * t + c[1]) * t + c[2]) * t + c[3]) * t + c[4]) * t + c[5]) /
               ((((d[0] * t + d[1]) * t + d[2]) * t + d[3]) * t + 1);
    }
    if (q > hi) return -normal_quantile(1 - q);
    const double t = q - 0.5, r = t * t;
    return (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * t /
           (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
}
// literal-ok-end

double lognormal_quantile_ratio(double cv, double q) {
    if (cv <= 0) return 1;
    const double s2 = std::log(1 + cv * cv);
    return std::exp(std::sqrt(s2) * normal_quantile(q) - s2 / 2);
}

double mmc_wait_probability(double rho, double servers) {
    rho = std::clamp(rho, 0.0, kMaxUtilisation);
    const double c = std::max(1.0, std::round(servers));
    // Sakasegawa (1977) for huge pools, where the recursion below gets slow.
    if (c > 10000) return std::pow(rho, std::sqrt(2 * (c + 1)) - 1); // literal-ok: cost limit of the recursion
    // Erlang C through the numerically stable Erlang B recursion.
    const double a = c * rho;
    double b = 1.0;
    for (int k = 1; k <= static_cast<int>(c); ++k) b = a * b / (k + a * b);
    return b / (1 - rho * (1 - b));
}

double mmc_mean_wait(double rho, double servers, double service_s) {
    rho = std::clamp(rho, 0.0, kMaxUtilisation);
    const double c = std::max(1.0, servers);
    return mmc_wait_probability(rho, c) * service_s / (c * (1 - rho));
}

double mmc_wait_quantile(double rho, double servers, double service_s, double q) {
    rho = std::clamp(rho, 0.0, kMaxUtilisation);
    const double c = std::max(1.0, servers);
    const double pw = mmc_wait_probability(rho, c);
    if (pw <= 1 - q) return 0;
    return service_s / (c * (1 - rho)) * std::log(pw / (1 - q));
}

namespace {
// Allen–Cunneen variability factor for Poisson arrivals: (ca² + cs²) / 2, ca = 1.
double allen_cunneen(double cv) { return 0.5 * (1 + cv * cv); }
} // namespace

double mgc_mean_wait(double rho, double servers, double service_s, double cv) {
    return mmc_mean_wait(rho, servers, service_s) * allen_cunneen(cv);
}

double mgc_wait_quantile(double rho, double servers, double service_s, double cv, double q) {
    return mmc_wait_quantile(rho, servers, service_s, q) * allen_cunneen(cv);
}

double mg1_mean_wait(double rho, double service_s, double cv) {
    rho = std::clamp(rho, 0.0, kMaxUtilisation);
    return rho * service_s * (1 + cv * cv) / (2 * (1 - rho));
}

double mg1_wait_quantile(double rho, double service_s, double cv, double q) {
    rho = std::clamp(rho, 0.0, kMaxUtilisation);
    if (rho <= 1 - q) return 0;
    const double cond_mean = mg1_mean_wait(rho, service_s, cv) / std::max(rho, 1e-9);
    return cond_mean * std::log(rho / (1 - q));
}

} // namespace cc::engine::inference
