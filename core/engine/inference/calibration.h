#pragma once
// Every number the inference engine chooses: the efficiency parameters (each a
// physical fraction or time, fitted once against
// tests/validation/inference.cases.json, never per case), the defaults for
// missing fields and the stated assumptions of the latency model; below the
// struct, the fixed constants. Values, units and sources are in CALIBRATION.md
// next to this file (tools/check_engine_literals.py keeps numbers out of the
// engine code).
namespace cc::engine::inference {

struct ServingCalibration {
    // LLM prefill: achieved fraction of peak for large token counts, rolled off
    // as n / (n + n0) with n the tokens in one prefill pass (small passes are
    // latency/launch bound). 8-bit tensor cores need larger passes to fill.
    double prefill_frac_16bit = 0.70;
    double prefill_frac_8bit = 0.60;
    double prefill_rolloff_16bit = 100; // tokens
    double prefill_rolloff_8bit = 400;  // tokens
    // LLM decode.
    double mem_bw_frac = 0.82;           // achieved ÷ catalog memory bandwidth when streaming weights + KV
    double decode_overlap_penalty = 0.8; // step = max(mem, compute) + this × min(mem, compute)
    double step_overhead_s = 0.0015;     // scheduler + launch per decode step
    // Tensor parallelism over the scale-up fabric.
    double allreduce_latency_s = 5e-6; // per ring hop, small messages
    double tp_busbw_frac = 0.70;       // achieved ÷ fabric per-direction bandwidth
    // Memory.
    double runtime_reserve_GB = 3.0; // CUDA context, activations, allocator
    double kv_mem_frac = 0.90;       // share of the remaining memory the runtime gives the KV cache
    // Serving stack (pipeline end_to_end): tokenizer, HTTP, streaming per token.
    double e2e_overhead_s = 0.003;
    // Request-length spread (lognormal coefficient of variation) for percentiles.
    double length_cv = 0.55;
    double tpot_jitter = 0.15;        // p99 TPOT ÷ mean (prefill chunks landing in decode steps)
    double server_tpot_margin = 1.15; // server scenarios size the batch so mean TPOT × this meets the bound
    // Vision / encoder / diffusion: fraction of peak at large batch, by accelerator class.
    double vision_frac_datacenter = 0.36;
    double vision_frac_inference = 0.47;
    double vision_frac_edge = 0.50;
    double vision_frac_other = 0.35;
    double detector_factor = 0.62; // detectors (FPN, large activations) reach this × the CNN fraction
    double diffusion_frac = 0.30;
    double launch_s = 0.20e-3;         // fixed per-batch latency (launches, sync), discrete GPUs
    double launch_edge_s = 0.26e-3;    // same on edge modules (slower CPU clocks)
    double encoder_fill = 0.45;        // variable-length encoders: mean tokens ÷ max sequence length
    double diffusion_evals = 40;       // 20 denoising steps × 2 (classifier-free guidance)
    double diffusion_positions = 1150; // FLOPs per UNet call ÷ (2 × params): effective latent positions
    double vision_batch_rolloff = 8;   // throughput × b / (b + this) for small batches
    double server_latency_frac = 0.35; // vision server: mean latency ÷ bound (runtime batch timeout)
    double server_latency_p99_frac = 0.45;
    double server_throughput_frac = 0.97; // vision server: Poisson arrivals keep a little headroom
    // End-to-end vision pipeline on the host CPU (decode, resize, NMS).
    double host_cpu_ms_per_frame = 4.0; // one core, per 1080p frame
    double dla_frac = 0.5;              // DLA INT8 TOPS reached ÷ GPU fraction
    // Host CPU cores per node or edge device when the catalog publishes none (said in the notes).
    int host_cpu_cores_default = 8;
    // Vision latency model (stated assumptions, not fitted).
    double vision_offline_batch = 256;     // batch an offline run forms when the workload gives none
    double vision_p90_factor = 1.01;       // single-stream/offline p90 latency ÷ mean (batches take near-constant time)
    double vision_p99_factor = 1.03;       // same for p99
    double vision_default_load_frac = 0.8; // server without a rate or a bound: offered load ÷ capacity
    double vision_batch_cv = 0.3;          // coefficient of variation of the batch service time (M/G/1 queue)
    double utilisation_report_cap = 1.5;   // an overloaded vision server reports at most this utilisation
    // LLM latency model.
    double tpot_p90_jitter_share = 0.55; // p90 TPOT = mean × (1 + this × tpot_jitter): between mean and p99
    int tp_choice_min_batch = 16;        // tp chosen by the engine: smallest that leaves KV room for this many sequences
    // Defaults for missing model fields (said in the notes).
    int default_head_dim = 128;        // heads = hidden ÷ this (Llama, GPT-3)
    int default_encoder_seq_len = 384; // encoders without a sequence length: BERT on SQuAD (MLPerf)
    // Economics and sizing.
    double capex_amortisation_years = 4;   // hardware price spread over this many years of 8,760 h for a GPU-hour price
    double requests_per_user_per_s = 0.05; // one interactive user sends a request every 20 s (users → rate)
};

const ServingCalibration& default_serving_calibration();

// Fixed (not fitted, not overridable).
inline constexpr double kQuantileP90 = 0.9;                    // the p90 the engine reports
inline constexpr double kQuantileP99 = 0.99;                   // the p99 the engine reports
inline constexpr double kAttentionFlopsPerTokenPerContext = 4; // per layer × h: QKᵀ and softmax·V, 2 FLOPs per MAC
/// Utilisation is clamped below this so every latency stays finite; results
/// past it are reported as overloaded (engineering choice: 0.5 % short of saturation).
inline constexpr double kMaxUtilisation = 0.995;

} // namespace cc::engine::inference
