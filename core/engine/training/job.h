#pragma once
// A training job resolved for the engine: the model shape with every default
// filled in (and said so), the hardware numbers it runs on, and a plan.
#include "catalog/specs.h"
#include "engine/training/calibration.h"
#include "model/workload.h"
#include "topology/cluster_view.h"

#include <optional>
#include <string>
#include <vector>

namespace cc::engine::training {

/// Model + workload with defaults applied.
struct Job {
    std::string model_name;
    std::string arch = "decoder";
    bool transformer = true;
    bool moe = false;
    bool causal = false;      // decoders: each token attends only to earlier ones
    double params = 0;        // total
    double active_params = 0; // per token (MoE: shared + active experts)
    int layers = 0, hidden = 0, heads = 0, kv_heads = 0, ffn = 0, vocab = 0, seq = 0;
    int experts = 1, experts_active = 1;
    bool gated_mlp = false; // three MLP matrices (SwiGLU) instead of two
    // The stated stack shards parameters with PyTorch FSDP (torchtitan's FSDP2, or
    // FSDP1): it gathers layer i+1 while layer i computes, so ZeRO-3 traffic hides
    // behind the compute it feeds except the first layer of each pass.
    bool prefetch_gathers = false;
    // Set when the shape carries MoE/attention detail (shared experts, dense layers
    // among MoE ones, MLA, own head width): per-layer averages counted by
    // count_transformer, used for FLOPs instead of the hidden/ffn formula.
    double layer_attention_params = 0, layer_mlp_active_params = 0;
    int moe_layers = 0;           // layers whose MLP is routed experts (0 = every layer when moe; DeepSeek-V3: 58 of 61)
    double gflops_per_sample = 0; // forward, non-transformer models
    Precision precision = Precision::BF16;
    double global_batch = 1;
    std::optional<double> run_tokens, run_samples; // size of the whole run
    std::vector<std::string> defaults;             // "vocab not given: 51,200 assumed"
};

/// Builds the job; returns an error message instead when the model cannot be trained as given.
Job resolve_job(const TrainingWorkload& w, const ModelShape& m, const Calibration& cal = default_calibration());

/// One parallelisation of the job.
struct Plan {
    int tp = 1, pp = 1, dp = 1, v = 1, ep = 1, micro = 1, zero = 0;
    int cp = 1; // context parallelism: GPUs = tp·cp·pp·dp; gradients reduce over dp·cp
    Recompute recompute = Recompute::None;
    bool sp = false;
    bool operator==(const Plan&) const = default;
};

/// Which plan knobs the workload fixes (unset = the engine chooses).
struct PlanConstraints {
    std::optional<int> tp, pp, dp, v, ep, micro, zero, cp;
    std::optional<Recompute> recompute;
    std::optional<bool> sp;
};

PlanConstraints constraints_of(const ParallelismSpec& p);

/// Hardware numbers the step model needs, taken from the cluster view.
struct Hardware {
    double peak_tflops = 0;        // dense, at the job's precision (or its fallback)
    double peak16_tflops = 0;      // dense, 16-bit (BF16, else FP16): attention and LM head of FP8 training
    std::string peak_note;         // how the peak was chosen
    bool peak_at_precision = true; // false when the part publishes no peak at the job's precision (a fallback is used)
    double mem_GB = 0, mem_bw_GBps = 0;
    AcceleratorGeneration generation = AcceleratorGeneration::Unknown;
    double accelerators = 0;
    int per_node = 1, domain = 1;
    double scale_up_GBps = 0, scale_out_GBps = 0; // scale-out: per GPU per direction, whole cluster busy
    // For plans that leave GPUs idle: the NIC rate, leaf oversubscription and node counts behind it.
    double nic_GBps = 0, oversubscription = 1, nodes = 0, nodes_per_leaf = 0;
    std::string scale_out_protocol;
    std::optional<double> storage_GBps;
    double power_W = 0;
};

Hardware hardware_of(const ClusterView& v, Precision p);

/// The hardware as a plan on `gpus_used` of the GPUs sees it: a job on part of
/// the cluster shares the leaf uplinks with idle nodes, so its oversubscription
/// shrinks with the share of nodes it uses (inside one leaf it has the NIC rate).
/// Keeps "more GPUs never slower": a plan that fits on fewer GPUs runs as fast on more.
Hardware sized_for(const Hardware& hw, double gpus_used);

} // namespace cc::engine::training
