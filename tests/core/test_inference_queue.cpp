// The queueing model against a small discrete-event simulation: M/M/1 and
// M/M/c waits (Erlang C), M/D/c (Allen–Cunneen), M/D/1 (Pollaczek–Khinchine), and
// the quantile helpers.
#include "engine/inference/queueing.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <queue>
#include <random>
#include <vector>

using namespace cc::engine::inference;

namespace {

struct SimResult {
    double mean_wait = 0, p99_wait = 0;
};

// FIFO queue with `servers` identical servers; exponential arrivals at `rate`.
SimResult simulate(double rate, int servers, double service_mean, bool exponential_service, int n, unsigned seed) {
    std::mt19937_64 rng(seed);
    std::exponential_distribution<double> inter(rate), svc(1.0 / service_mean);
    std::priority_queue<double, std::vector<double>, std::greater<>> free_at;
    for (int i = 0; i < servers; ++i) free_at.push(0.0);
    std::vector<double> waits;
    waits.reserve(n);
    double t = 0;
    for (int i = 0; i < n; ++i) {
        t += inter(rng);
        const double start = std::max(t, free_at.top());
        free_at.pop();
        free_at.push(start + (exponential_service ? svc(rng) : service_mean));
        if (i > n / 10) waits.push_back(start - t); // drop the warm-up
    }
    SimResult r;
    for (double w : waits) r.mean_wait += w;
    r.mean_wait /= waits.size();
    std::sort(waits.begin(), waits.end());
    r.p99_wait = waits[static_cast<std::size_t>(0.99 * waits.size())];
    return r;
}

} // namespace

TEST_CASE("queueing: M/M/1 mean and p99 wait match a discrete-event simulation") {
    const double S = 0.01;
    for (double rho : {0.5, 0.8, 0.9}) {
        const SimResult sim = simulate(rho / S, 1, S, true, 400000, 7);
        CHECK(mmc_mean_wait(rho, 1, S) == Approx(sim.mean_wait).epsilon(0.08));
        CHECK(mmc_wait_quantile(rho, 1, S, 0.99) == Approx(sim.p99_wait).epsilon(0.10));
    }
}

TEST_CASE("queueing: M/M/c (Erlang C) within 15 % of the simulation, and has the knee") {
    const double S = 0.05;
    for (int c : {4, 16})
        for (double rho : {0.7, 0.9}) {
            const SimResult sim = simulate(rho * c / S, c, S, true, 400000, 11);
            CHECK(mmc_mean_wait(rho, c, S) == Approx(sim.mean_wait).epsilon(0.15));
        }
    // The knee: waits grow slowly, then explode as ρ → 1.
    CHECK(mmc_mean_wait(0.5, 16, S) < 0.01 * S);
    CHECK(mmc_mean_wait(0.98, 16, S) > 50 * mmc_mean_wait(0.7, 16, S));
}

TEST_CASE("queueing: M/D/c (Allen–Cunneen) within 15 % of the simulation, M/M/c at cv 1") {
    const double S = 0.05;
    for (int c : {4, 16})
        for (double rho : {0.8, 0.9}) {
            const SimResult sim = simulate(rho * c / S, c, S, false, 400000, 5);
            CHECK(mgc_mean_wait(rho, c, S, 0.0) == Approx(sim.mean_wait).epsilon(0.15));
            CHECK(mgc_mean_wait(rho, c, S, 0.0) < 0.6 * mmc_mean_wait(rho, c, S)); // constant service queues half as long
        }
    CHECK(mgc_mean_wait(0.9, 16, S, 1.0) == Approx(mmc_mean_wait(0.9, 16, S)));
    CHECK(mgc_wait_quantile(0.95, 16, S, 0.55, 0.99) < mmc_wait_quantile(0.95, 16, S, 0.99));
}

TEST_CASE("queueing: M/D/1 (Pollaczek–Khinchine) matches the simulation") {
    const double S = 0.02;
    for (double rho : {0.5, 0.85}) {
        const SimResult sim = simulate(rho / S, 1, S, false, 400000, 3);
        CHECK(mg1_mean_wait(rho, S, 0.0) == Approx(sim.mean_wait).epsilon(0.06));
    }
}

TEST_CASE("queueing: quantile helpers") {
    CHECK(normal_quantile(0.5) == Approx(0.0).margin(1e-9));
    CHECK(normal_quantile(0.99) == Approx(2.326348).epsilon(1e-5));
    CHECK(normal_quantile(0.01) == Approx(-2.326348).epsilon(1e-5));
    CHECK(lognormal_quantile_ratio(0.0, 0.99) == 1.0);
    CHECK(lognormal_quantile_ratio(0.5, 0.99) > lognormal_quantile_ratio(0.5, 0.9));
    CHECK(lognormal_quantile_ratio(0.5, 0.5) < 1.0);    // median below the mean
    CHECK(mmc_wait_quantile(0.3, 8, 1.0, 0.99) == 0.0); // few arrivals wait at all
}
