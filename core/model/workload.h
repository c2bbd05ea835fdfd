#pragma once
// What the design is for: a training job, a serving workload or an edge workload.
#include "model/kinds.h"
#include "model/stack.h"

#include <optional>
#include <string>
#include <utility>
#include <variant>

namespace cc {

/// A model shape given in the design instead of a library id.
struct ModelShape {
    std::string name;
    std::string arch = "decoder"; // decoder, moe-decoder, encoder, cnn, detector, diffusion
    double params = 0;
    std::optional<double> active_params;
    std::optional<int> layers, hidden, heads, kv_heads, ffn, vocab, seq_len, experts, experts_active;
    std::optional<double> gflops_per_sample;
    // Optional detail of current MoE/attention designs (unset: the classic shape).
    std::optional<int> head_dim;                  // attention head width when not hidden / heads (Qwen3, Gemma 3, gpt-oss)
    std::optional<int> shared_experts;            // MoE experts every token runs besides the routed ones (DeepSeek, Llama 4)
    std::optional<int> moe_layers;                // layers with an MoE block; the others are dense with dense_ffn
    std::optional<int> dense_ffn;                 // FFN width of those dense layers
    std::optional<int> kv_lora_rank, q_lora_rank; // multi-head latent attention (DeepSeek-V2/V3)

    bool operator==(const ModelShape&) const = default;
};

/// Either a model-library id or a user-defined shape.
struct ModelRef {
    std::string library_id;           // set when the model comes from the library
    std::optional<ModelShape> custom; // set when the user defined the shape

    bool operator==(const ModelRef&) const = default;
};

struct ParallelismSpec {
    bool automatic = true; // "auto": the engine searches tp/pp/dp/...
    int tp = 1, pp = 1, dp = 1, virtual_stages = 1, ep = 1, zero = 0;
    int cp = 1; // context parallelism: each sequence split over cp GPUs (GPUs = tp·cp·pp·dp)
    std::optional<int> micro_batch;
    Recompute recompute = Recompute::Selective;
    bool sequence_parallel = true;

    bool operator==(const ParallelismSpec&) const = default;
};

/// Editable economic assumptions; defaults are sourced in the catalog notes.
struct Assumptions {
    double pue = 1.3;
    double price_per_kWh_usd = 0.10;
    std::optional<double> price_per_gpu_hour_usd; // unset: derived from capex in the engine

    bool operator==(const Assumptions&) const = default;
};

struct TrainingWorkload {
    ModelRef model;
    Precision precision = Precision::BF16;
    std::optional<Stack> stack; // unset: the engine's default for the accelerator (model/stack_defaults.h)
    std::optional<double> dataset_tokens;
    std::optional<double> dataset_samples;
    int global_batch = 1024;    // sequences or images per optimizer step
    std::optional<int> seq_len; // unset: the model's own
    ParallelismSpec parallelism;

    bool operator==(const TrainingWorkload&) const = default;
};

struct ServingWorkload {
    ModelRef model;
    Precision precision = Precision::FP8;
    std::optional<Precision> weights_precision, kv_precision;
    std::optional<Stack> stack; // unset: the engine's default for the accelerator
    double input_tokens = 1024;
    double output_tokens = 256;
    std::optional<double> request_rate_per_s; // open loop (Poisson)
    std::optional<int> concurrency;           // closed loop
    std::optional<int> tp;                    // unset: engine chooses
    std::optional<double> ttft_p99_target_ms, tpot_target_ms, latency_p99_target_ms;
    std::string pipeline = "end_to_end"; // or "kernel" (MLPerf-style)

    bool operator==(const ServingWorkload&) const = default;
};

struct EdgeWorkload {
    ModelRef model;
    Precision precision = Precision::INT8;
    std::optional<Stack> stack;           // unset: the engine's default for the accelerator
    std::optional<double> fps_per_stream; // unset: each camera's own fps
    Placement placement = Placement::Edge;
    std::optional<double> latency_budget_ms;
    std::string pipeline = "end_to_end";

    bool operator==(const EdgeWorkload&) const = default;
};

using WorkloadVariant = std::variant<std::monostate, TrainingWorkload, ServingWorkload, EdgeWorkload>;

struct Workload {
    WorkloadVariant spec;
    Assumptions assumptions;

    bool empty() const { return std::holds_alternative<std::monostate>(spec); }
    const ModelRef* model() const;
    ModelRef* model() { return const_cast<ModelRef*>(std::as_const(*this).model()); }
    WorkloadKind kind() const { return static_cast<WorkloadKind>(spec.index()); } // in the variant's order
    /// The software stack the design names (unset when it leaves the choice to the engine).
    std::optional<Stack> stack() const;
    /// Names (or, with nullopt, unsets) it; nothing to set without a workload.
    void set_stack(std::optional<Stack> s);
    bool operator==(const Workload&) const = default;
};

} // namespace cc
