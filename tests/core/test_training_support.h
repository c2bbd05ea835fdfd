#pragma once
// Small builders shared by the training-engine tests: a resolved job, hardware
// with explicit numbers, and random ones for the property tests.
#include "engine/training/job.h"

#include <random>

namespace cc::testing {

/// A dense decoder (GPT-style, MHA, ffn = 4h unless given) resolved for the engine.
inline engine::training::Job gpt_job(int layers, int hidden, int seq, int vocab, double global_batch, Precision p = Precision::BF16,
                                     int ffn = 0) {
    ModelShape m;
    m.name = "test-gpt";
    m.arch = "decoder";
    m.layers = layers;
    m.hidden = hidden;
    m.heads = hidden / 128;
    m.kv_heads = hidden / 128;
    m.ffn = ffn > 0 ? ffn : 4 * hidden;
    m.vocab = vocab;
    m.seq_len = seq;
    m.params = 12.0 * layers * hidden * hidden + 2.0 * vocab * hidden;
    TrainingWorkload w;
    w.precision = p;
    w.global_batch = static_cast<int>(global_batch);
    return engine::training::resolve_job(w, m);
}

/// An A100-80GB-like GPU in 8-GPU NVLink nodes with 200 Gb/s InfiniBand per GPU.
inline engine::training::Hardware a100_like(double gpus) {
    engine::training::Hardware hw;
    hw.peak_tflops = 312;
    hw.mem_GB = 80;
    hw.mem_bw_GBps = 2039;
    hw.generation = AcceleratorGeneration::Ampere;
    hw.accelerators = gpus;
    hw.per_node = 8;
    hw.domain = 8;
    hw.scale_up_GBps = 300;
    hw.scale_out_GBps = 25;
    hw.scale_out_protocol = "infiniband";
    hw.power_W = 6500.0 / 8 * gpus;
    return hw;
}

} // namespace cc::testing
