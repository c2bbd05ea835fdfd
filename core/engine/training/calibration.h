#pragma once
// The few efficiency parameters of the training engine. Each is a physical
// fraction or time, fitted once against tests/validation/training.cases.json
// (never per case); values and reasons are in core/engine/CALIBRATION.md.
namespace cc::engine::training {

struct Calibration {
    // Achievable dense-matmul fraction of the catalog peak at 16-bit precision,
    // by GPU generation, for a very large hidden size.
    double matmul_frac_ampere = 0.66;
    double matmul_frac_hopper = 0.86;
    double matmul_frac_other = 0.60;     // Volta, Blackwell, non-NVIDIA: stated default, not fitted
    double matmul_frac_fp32 = 0.70;      // non-tensor FP32 peak (CUDA cores)
    double fp8_factor = 0.65;            // FP8 fraction relative to the 16-bit fraction (not all ops run in FP8)
    // Small hidden sizes reach less: fraction × h / (h + h0) with h0 = this × the GPU's
    // machine balance (peak FLOP/s ÷ HBM byte/s). A GPU that needs more FLOPs per byte
    // needs larger matrices to run compute-bound (A100 16-bit: 153 FLOP/B → h0 ≈ 1,100).
    double hidden_rolloff_per_flop_per_byte = 7.2;
    // Convolutional nets (gflops_per_sample): fraction of peak at large per-GPU batch.
    double cnn_frac_tensor = 0.10;       // tensor-core precisions (fp16/bf16/tf32)
    double cnn_frac_fp32 = 0.45;         // plain FP32
    double cnn_batch_rolloff = 24;       // × b / (b + this) with b = per-GPU micro-batch
    // Communication.
    double busbw_frac_scale_up = 0.75;   // achieved NCCL bus bandwidth ÷ fabric per-direction bandwidth (NVLink/PCIe)
    double busbw_frac_scale_out = 0.85;  // achieved ÷ NIC line rate (InfiniBand/RoCE/Ethernet)
    double step_latency_scale_up_us = 3;    // per ring step, scale-up fabric
    double step_latency_ib_us = 8;          // per ring step across InfiniBand
    double step_latency_ethernet_us = 30;   // per ring step across Ethernet (TCP/RoCE without tuning)
    double dp_overlap = 0.5;             // share of data-parallel traffic hidden behind backward compute
    double tp_overlap = 0.0;             // share of tensor-parallel traffic hidden (0 = exposed, Megatron default)
    double pp_overlap = 0.5;             // share of pipeline point-to-point traffic hidden
    // Fixed costs.
    double step_overhead_s = 0.001;      // launch, logging, synchronisation per optimizer step
    double optimizer_bytes_per_param = 30; // Adam, mixed precision: master + moments read and written
    double memory_bw_frac = 0.8;         // achieved fraction of HBM bandwidth in the optimizer step
    double dp_bucket_MB = 64;            // gradient bucket size (Horovod fusion / DDP buckets)
    double zero3_collectives_per_layer = 3; // ZeRO-3 gathers per layer and pass (coalesced by submodule)
    double runtime_reserve_GB = 2.0;     // CUDA context, allocator fragmentation
};

const Calibration& default_calibration();

} // namespace cc::engine::training
