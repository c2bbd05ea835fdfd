#pragma once
// Queueing and length-distribution helpers: M/M/c waiting (Erlang C, which
// has the knee as ρ → 1), M/G/c (Allen–Cunneen), M/G/1 waiting, and quantiles of the lognormal used
// for request lengths.
#include "engine/inference/calibration.h" // kMaxUtilisation

namespace cc::engine::inference {

/// Standard normal quantile (Acklam's rational approximation, |error| < 1e-8).
double normal_quantile(double q);

/// Quantile ÷ mean of a lognormal with coefficient of variation `cv` (q in (0,1)).
double lognormal_quantile_ratio(double cv, double q);

/// M/M/c: probability that an arrival waits (Erlang C).
double mmc_wait_probability(double rho, double servers);
/// Mean wait in queue for M/M/c, service time `service_s`.
double mmc_mean_wait(double rho, double servers, double service_s);
/// Wait quantile for M/M/c (exponential tail of the conditional wait).
double mmc_wait_quantile(double rho, double servers, double service_s, double q);

/// M/G/c mean wait, Allen–Cunneen: the M/M/c wait × (ca² + cs²) / 2 with Poisson
/// arrivals (ca² = 1) and service coefficient of variation `cv` (M/M/c at cv = 1).
double mgc_mean_wait(double rho, double servers, double service_s, double cv);
/// M/G/c wait quantile: the M/M/c tail (exponential conditional wait) scaled the same way.
double mgc_wait_quantile(double rho, double servers, double service_s, double cv, double q);

/// M/G/1 mean wait (Pollaczek–Khinchine), service mean `service_s`, service cv `cv`.
double mg1_mean_wait(double rho, double service_s, double cv);
/// M/G/1 wait quantile, exponential-tail approximation of the conditional wait.
double mg1_wait_quantile(double rho, double service_s, double cv, double q);

} // namespace cc::engine::inference
