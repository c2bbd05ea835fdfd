// The edge / hybrid engine on the shipped templates and on variations of them:
// streams per device, power per site, uplink vs the drawn WAN link, WAN RTT
// against the latency budget, verdict and outage sentences.
#include "engine/edge/edge_engine.h"
#include "engine/inference/serving_engine.h"
#include "format/design_format.h"

#include "test_support.h"

#include <catch2/catch.hpp>

using namespace cc;
using namespace cc::engine;

namespace {
Design load(const std::string& name) { return format::load_design_file(testing::source_path("templates/" + name)); }
} // namespace

TEST_CASE("edge: video analytics site sustains its cameras at the edge") {
    const edge::EdgeResult r = edge::evaluate_edge(load("edge-video-analytics-site.ccd"), Catalog::builtin());
    REQUIRE(r.ok);
    CHECK(r.placement == Placement::Edge);
    CHECK(r.streams == 32);
    CHECK(r.devices == 4);
    CHECK(r.streams_needed_per_device == Approx(8));
    CHECK(r.streams_per_device >= 8);
    CHECK(r.streams_by_decode == Approx(22));    // 22 × 1080p30 decoders, H.265 1080p30 streams
    CHECK(r.power_per_site_W == Approx(4 * 60)); // MAXN
    CHECK(r.fits);
    CHECK(r.bottleneck.component == "c4");
    CHECK(r.outage.find("analysed on site") != std::string::npos);
    CHECK(r.explanation.find("frame_latency_ms") != nullptr);
    const auto pts = edge::streams_vs_devices(r, 10);
    REQUIRE(pts.size() == 10);
    CHECK(pts[9].streams_capacity == Approx(10 * r.streams_per_device));
}

TEST_CASE("edge: hybrid retail fits its budget, a tight budget keeps detection at the edge") {
    Design d = load("hybrid-retail-edge-cloud.ccd");
    edge::EdgeResult r = edge::evaluate_edge(d, Catalog::builtin());
    REQUIRE(r.ok);
    CHECK(r.sites == 20);
    CHECK(r.streams_per_site == Approx(8));
    REQUIRE(r.wan_rtt_p99_ms);
    CHECK(r.cloud_latency_p99_ms >= *r.wan_rtt_p99_ms);
    CHECK(r.cloud_latency_p50_ms <= r.cloud_latency_p99_ms);
    CHECK(r.uplink_needed_Mbps < r.uplink_capacity_Mbps);
    CHECK(r.fits);
    std::get<EdgeWorkload>(d.workload.spec).latency_budget_ms = 50;
    r = edge::evaluate_edge(d, Catalog::builtin());
    CHECK_FALSE(r.fits);
    CHECK(r.bottleneck.resource == inference::Resource::WanLatency);
    CHECK(r.bottleneck.component == "c4");
    CHECK(r.verdict.find("keep detection at the edge") != std::string::npos);
    // All video to the cloud over LTE: the uplink binds.
    std::get<EdgeWorkload>(d.workload.spec).placement = Placement::Cloud;
    std::get<EdgeWorkload>(d.workload.spec).latency_budget_ms = 1000;
    r = edge::evaluate_edge(d, Catalog::builtin());
    CHECK(r.uplink_needed_Mbps == Approx(8 * 3.0));
    CHECK(r.bottleneck.resource == inference::Resource::Uplink);
    CHECK(r.outage.find("go unanalysed") != std::string::npos);
}

TEST_CASE("inference: serving templates evaluate with a bottleneck and explanation") {
    const Catalog& cat = Catalog::builtin();
    const inference::ServingResult r = inference::evaluate_serving(load("h200-llm-serving-node.ccd"), cat);
    REQUIRE(r.ok);
    CHECK(r.llm);
    CHECK(r.requests_per_s == Approx(20));
    CHECK(r.bottleneck.component == "c1");
    CHECK(r.explanation.find("ttft_ms@p99") != nullptr);
    // The H200's $32k had no dated source and is "not priced" now (issue 15): no cost is guessed.
    CHECK_FALSE(r.cost_per_million_tokens_usd.has_value());
    const inference::ServingResult v = inference::evaluate_serving(load("l40s-l4-inference-rack.ccd"), cat);
    REQUIRE(v.ok);
    CHECK_FALSE(v.llm);
    CHECK(v.samples_per_s == Approx(3000));
    // Not an inference design: a clear error, no throw.
    const inference::ServingResult t = inference::evaluate_serving(load("dgx-h100-training-pod.ccd"), cat);
    CHECK_FALSE(t.ok);
    CHECK(t.error.find("no inference workload") != std::string::npos);
}

TEST_CASE("edge: capacity is at the throughput-optimal batch the latency budget allows, not at today's streams") {
    Design d = load("edge-video-analytics-site.ccd");
    for (auto& c : d.components)
        if (c.kind == ComponentKind::Camera) c.count = 2; // × 2 zones = 4 streams on 4 devices: one each
    auto& w = std::get<EdgeWorkload>(d.workload.spec);
    w.latency_budget_ms.reset();
    const edge::EdgeResult open = edge::evaluate_edge(d, Catalog::builtin());
    REQUIRE(open.ok);
    REQUIRE(open.streams_needed_per_device == Approx(1));
    // A budget just above today's per-frame latency leaves the batch of one frame.
    w.latency_budget_ms = open.frame_latency_ms * 1.01;
    const edge::EdgeResult tight = edge::evaluate_edge(d, Catalog::builtin());
    REQUIRE(tight.ok);
    CHECK(tight.frame_latency_ms == Approx(open.frame_latency_ms));
    CHECK(open.frames_per_s_capacity > 1.2 * tight.frames_per_s_capacity);
    CHECK(open.streams_by_inference > tight.streams_by_inference);
    // A device's capacity does not depend on how many streams it has today.
    const edge::EdgeResult busy = edge::evaluate_edge(load("edge-video-analytics-site.ccd"), Catalog::builtin());
    w.latency_budget_ms = std::get<EdgeWorkload>(load("edge-video-analytics-site.ccd").workload.spec).latency_budget_ms;
    CHECK(edge::evaluate_edge(d, Catalog::builtin()).frames_per_s_capacity == Approx(busy.frames_per_s_capacity));
}
