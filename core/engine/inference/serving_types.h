#pragma once
// What the inference engine works on (a setup: hardware numbers + model +
// request shape, resolved from a design or a validation case) and what it
// returns (headline metrics, percentiles, bottleneck with the drawn component,
// explanation tree, notes).
#include "catalog/specs.h"
#include "engine/explain.h"
#include "model/workload.h"

#include <optional>
#include <string>
#include <vector>

namespace cc::engine::inference {

/// The resource that limits a result.
enum class Resource { Compute, MemoryBandwidth, KvCapacity, MemoryCapacity, ScaleUp, HostCpu, Decode, Uplink, WanLatency, Queueing };
const char* to_string(Resource r);

enum class Scenario { Offline, Server, SingleStream, MultiStream, Concurrency };
const char* to_string(Scenario s);

/// Hardware one replica family runs on (one accelerator type).
struct ServingHardware {
    std::string accelerator_id;
    std::string category;      // datacenter-gpu, inference-gpu, edge-module, ...
    double peak_tflops = 0;    // dense, at the compute precision, after the power mode
    double compute_reach = 1;  // measured GEMM reach ÷ H100's (the serving fractions are fitted on NVIDIA parts)
    double peak_int8_tops = 0; // for DLA-style engines and notes
    std::string peak_note;
    double mem_GB = 0, mem_bw_GBps = 0;
    double gpus = 1; // accelerators in the pool
    int per_node = 1;
    std::string scale_up_id = "none";
    double scale_up_GBps = 0;   // per accelerator, per direction
    double power_per_gpu_W = 0; // at the chosen power mode / TDP
    std::string power_mode;
    double dla_int8_tops = 0;          // 0 = no DLA engines
    std::optional<int> host_cpu_cores; // per node / device
    std::optional<double> price_per_gpu_hour_usd;
    // Drawn ids to blame.
    std::string node_component;   // node or edge device holding the accelerators
    std::string fabric_component; // the node again (its scale-up fabric) when drawn
    std::vector<std::string> notes;
};

/// The model, resolved (transformer shape or per-sample FLOPs).
struct ServingModel {
    std::string name;
    std::string arch = "decoder";
    bool llm = true; // decoder / moe-decoder
    double params = 0, active_params = 0;
    int layers = 0, hidden = 0, heads = 0, kv_heads = 0, vocab = 0, seq_len = 0;
    int experts = 1, experts_active = 1; // MoE (1 = dense)
    int head_dim = 0;                    // 0: hidden / heads
    int kv_lora_rank = 0;                // MLA: one latent of this width (+ head_dim / 2 RoPE key) cached per token and layer
    double gflops_per_sample = 0;        // multiply-accumulates ×1e9 per sample (schema convention)
    std::vector<std::string> defaults;
};

struct ServingRequest {
    Scenario scenario = Scenario::Server;
    Precision precision = Precision::FP8;
    Precision weights_precision = Precision::FP8;
    Precision kv_precision = Precision::FP8;
    double input_tokens = 1024, output_tokens = 256; // literal-ok: placeholder request shape; design and validation setups set both
    int tp = 1;
    bool tp_fixed = true;                   // false: the engine chose tp (sizing may try others)
    std::optional<int> batch;               // fixed batch per replica
    std::optional<int> concurrency;         // closed loop, whole system
    std::optional<double> rate_per_s;       // open loop, whole system
    std::optional<double> latency_bound_ms; // scenario bound (server)
    std::optional<double> ttft_p99_target_ms, tpot_target_ms, latency_p99_target_ms;
    bool end_to_end = false;
    bool use_dla = false;
    Assumptions assumptions;
};

struct ServingSetup {
    ServingHardware hw;
    ServingModel model;
    ServingRequest req;
};

struct Bottleneck {
    Resource resource = Resource::Compute;
    std::string component; // drawn component or link id
    std::string detail;    // one sentence
};

struct Percentiles {
    double mean = 0, p50 = 0, p90 = 0, p99 = 0;
};

struct ServingResult {
    bool ok = false;
    std::string error;
    bool llm = true;
    Scenario scenario = Scenario::Server;
    int tp = 1;
    double replicas = 1;
    // LLM.
    int kv_max_batch = 0; // sequences the KV cache holds per replica
    double batch = 0;     // running sequences per replica
    double weights_GB_per_gpu = 0, kv_GB_per_seq = 0;
    double prefill_s = 0;     // one request's prefill alone
    double decode_step_s = 0; // one decode step at the running batch
    Percentiles ttft_ms, tpot_ms, e2e_ms;
    double output_tokens_per_s = 0, requests_per_s = 0;
    double capacity_requests_per_s = 0; // whole system, at full batch
    double utilisation = 0;
    bool overloaded = false;
    // Non-LLM.
    double samples_per_s = 0;
    Percentiles latency_ms;
    // Economics.
    double power_W = 0;
    std::optional<double> cost_per_million_tokens_usd;
    double energy_per_1000_tokens_Wh = 0;
    Bottleneck bottleneck;
    Explanation explanation;
    std::vector<std::string> notes;
};

} // namespace cc::engine::inference
