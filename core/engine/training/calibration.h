#pragma once
// Every number the training engine chooses: the efficiency parameters (each a
// physical fraction or time, fitted once against
// tests/validation/training.cases.json, never per case), the defaults for
// fields a model leaves out and the limits of the plan search; below the
// struct, the fixed constants of the formulas. Values, units and sources are
// in core/engine/CALIBRATION.md (tools/check_engine_literals.py keeps numbers
// out of the engine code).
#include <array>

namespace cc::engine::training {

struct Calibration {
    // Achievable dense-matmul fraction of the catalog peak at 16-bit precision,
    // by GPU generation, for a very large hidden size.
    double matmul_frac_ampere = 0.66;
    double matmul_frac_hopper = 0.86;
    double matmul_frac_other = 0.60; // Pascal, Volta, Turing, Ada and edge parts: stated default, not fitted
    double matmul_frac_fp32 = 0.70;  // non-tensor FP32 peak (CUDA cores)
    // Fused attention (FlashAttention-2/3, cuDNN): forward + backward FLOP/s ÷ the 16-bit peak,
    // on the FLOPs it computes (a causal mask skips half the score matrix).
    double attention_frac = 0.39;
    double fp8_factor = 0.71; // FP8 linear-layer fraction relative to the 16-bit fraction on Hopper (scaling, casts)
    // Generations without fitted training cases take Hopper's fitted fractions scaled by their
    // measured large-GEMM reach (best measured GEMM TFLOP/s ÷ dense peak, per precision)
    // relative to H100's: the hardware's own ceiling, measured, times the software overheads
    // Hopper's fit holds. Sources per row in CALIBRATION.md.
    struct GemmReach {
        double bf16 = 0, fp8 = 0;
    };
    GemmReach reach_hopper{0.803, 0.709};    // H100 SXM: 794.5 / 989.5, 1402.6 / 1979 (MAMF)
    GemmReach reach_blackwell{0.776, 0.763}; // B200: 1745 / 2250, 3432.5 / 4500 (MAMF)
    GemmReach reach_cdna3{0.542, 0.487};     // MI300X: 708 / 1307.4, 1273 / 2614.9 (AMD MAF part 2, table 1)
    GemmReach reach_gaudi2{0.969, 0.955};    // Gaudi 2: 418.7 / 432, 826.5 / 865 (MAMF)
    GemmReach reach_gaudi3{0.677, 0.703};    // Gaudi 3: 1243 / 1835, 1289.5 / 1835 (MAMF)
    // Small hidden sizes reach less: fraction × h / (h + h0) with h0 = this × the GPU's
    // machine balance (peak FLOP/s ÷ HBM byte/s). A GPU that needs more FLOPs per byte
    // needs larger matrices to run compute-bound (A100 16-bit: 153 FLOP/B → h0 ≈ 1,100).
    double hidden_rolloff_per_flop_per_byte = 7.2;
    // Convolutional nets (gflops_per_sample): fraction of peak at large per-GPU batch.
    double cnn_frac_tensor = 0.10; // tensor-core precisions (fp16/bf16/tf32)
    double cnn_frac_fp32 = 0.45;   // plain FP32
    double cnn_batch_rolloff = 24; // × b / (b + this) with b = per-GPU micro-batch
    // Communication.
    double busbw_frac_scale_up = 0.75;    // achieved NCCL bus bandwidth ÷ fabric per-direction bandwidth (NVLink/PCIe)
    double busbw_frac_scale_out = 0.85;   // achieved ÷ NIC line rate (InfiniBand/RoCE/Ethernet)
    double step_latency_scale_up_us = 3;  // per ring step, scale-up fabric
    double step_latency_ib_us = 8;        // per ring step across InfiniBand
    double step_latency_ethernet_us = 30; // per ring step across Ethernet (TCP/RoCE without tuning)
    double dp_overlap = 0.5;              // share of data-parallel traffic hidden behind backward compute
    double tp_overlap = 0.0;              // share of tensor-parallel traffic hidden (0 = exposed, Megatron default)
    double pp_overlap = 0.5;              // share of pipeline point-to-point traffic hidden
    // Fixed costs.
    double step_overhead_s = 0.001;         // launch, logging, synchronisation per optimizer step
    double optimizer_bytes_per_param = 30;  // Adam, mixed precision: master + moments read and written
    double memory_bw_frac = 0.8;            // achieved fraction of HBM bandwidth in the optimizer step
    double dp_bucket_MB = 64;               // gradient bucket size (Horovod fusion / DDP buckets)
    double dp_bucket_params_per_rank = 1e6; // …grown to this × dp parameters at scale (Megatron-LM's bucket rule)
    double zero3_collectives_per_layer = 3; // ZeRO-3 gathers per layer and pass (coalesced by submodule)
    double runtime_reserve_GB = 2.0;        // CUDA context, allocator fragmentation
    // Memory and data (engineering choices, not fitted).
    double optimizer_state_bytes_mixed = 12;      // Adam, 16-bit training: fp32 master copy + two fp32 moments per parameter
    double optimizer_state_bytes_fp32 = 8;        // Adam, FP32 training: two fp32 moments (the weights are the master copy)
    double cnn_activation_bytes_per_gflop = 20e6; // convolutional nets: 16-bit activations kept per forward GFLOP per sample
    double token_id_bytes = 4;                    // one token id read from storage (int32)
    double image_sample_bytes = 110e3;            // one image read from storage: an average ImageNet JPEG
    double cnn_pp_bytes_per_sample = 1e6;         // convolutional nets: activation bytes a pipeline stage sends per sample
    // A cluster without a network: nodes talk at this rate so times stay finite (and the engine says so).
    double disconnected_GBps = 0.1;
    // Hidden-size roll-off for a part without a published HBM bandwidth: the A100
    // 16-bit machine balance (312 TFLOP/s ÷ 2,039 GB/s) the roll-off was fitted on.
    double fallback_machine_balance_flop_per_B = 153;
    // Defaults for model fields the library leaves out (stated in the notes).
    int default_head_dim = 128;     // heads = hidden ÷ this (GPT-3, Llama)
    int default_ffn_per_hidden = 4; // ffn = this × hidden (GPT-2/3)
    int default_vocab = 51200;      // GPT-2 BPE padded to a multiple of 128·tp (Megatron default)
    int default_seq_len = 2048;     // tokens per sample (GPT-3)
    int default_experts_active = 2; // MoE top-k routing (Switch/Mixtral: 2)
    // Plan search space (engineering choices: larger values add plans that never win).
    int plan_max_tp = 64;             // tensor parallelism stays inside one scale-up domain of at most this many GPUs
    double plan_max_micro_batch = 32; // transformer micro-batches stop here (efficiency no longer grows, memory does)
    std::array<int, 6> plan_virtual_stages{2, 3, 4, 6, 8, 12}; // interleaved-schedule depths tried besides 1
    int plan_cp_min_seq = 16384; // context parallelism is tried from this sequence length (shorter ones fit without it)
    // "Smallest change that fits" when nothing fits memory.
    int fit_search_max_gpu_factor = 64;  // try up to this many times the drawn GPUs (doubling)
    int fit_search_max_seq_divisor = 16; // try sequences down to 1 ÷ this of the given one (halving)
    // Sweeps.
    double sweep_default_span = 4;      // tokens/params/batch sweeps default to base ÷ this … base × this
    double sweep_default_samples = 1e6; // tokens sweep of a workload without a dataset size: this many samples
};

// Fixed by the algorithms and conventions the engine models (not fitted, not
// overridable): changing one means modelling a different computation.
inline constexpr double kGatedMlpMatrices = 3;        // SwiGLU/GeGLU MLP: gate, up and down projections (plain MLP: 2)
inline constexpr double kBackwardPlusForward = 3;     // training FLOPs ÷ forward FLOPs: backward = 2 × forward
inline constexpr double kModelFlopsPerParamToken = 6; // 6·N per token (Kaplan 2020): 2 forward + 4 backward
inline constexpr double kAttentionFlopsPerSH = 4;
inline constexpr double kCausalComputedShare = 0.5;   // fused causal attention computes the lower half of the s×s scores     // QKᵀ and
                                                      // softmax·V: 2 matmuls × 2 FLOPs per MAC, per token × s·h
inline constexpr double kTpCollectivesPerLayer = 4;   // Megatron TP: 2 all-reduces forward + 2 backward per layer
inline constexpr double kTpCollectivesRecompute = 2;  // + 2 when full recompute runs the forward again
inline constexpr int kZeroShardParams = 3;            // ZeRO stage that shards the parameters (stage 3)
inline constexpr double kZero3CollectivesPerPass = 3; // ZeRO-3 per micro-batch: 2 parameter all-gathers + 1 gradient reduce-scatter
// Activation memory per layer in bytes per s·b·h at 16 bits (Korthikanti et al. 2022, eq. 2):
// sbh·(34 + 5·a·s/h), of which 10 sbh is not split by tensor parallelism without sequence parallelism.
inline constexpr double kActBytesPerSBH = 34;
inline constexpr double kActScoreBytesPerSBH = 5;    // × a·s/h: softmax input/output and dropout mask
inline constexpr double kActUnsplitBytesPerSBH = 10; // layer-norm inputs and dropout masks outside the TP region
inline constexpr double kActMlpBytesPerSBH = 16;     // MLP share of the 34, scaled with the MLP width
inline constexpr double kActKvBytesPerSBH = 4;       // K and V share of the 34, scaled with kv_heads ÷ heads
inline constexpr double kActMlpReferenceWidth = 8;   // ffn × matrices ÷ h the 34 assumes (4h, 2 matrices)

const Calibration& default_calibration();

} // namespace cc::engine::training
