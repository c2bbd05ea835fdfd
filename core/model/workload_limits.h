#pragma once
// Upper bounds on the whole numbers of a workload, shared by every reader (.ccd
// designs, validation cases): the engines compute with them in int (4 × hidden,
// tp × pp × ...), so every source must keep them in the same range. A validation
// case with hidden = 1e9 overflowed 4 × hidden in the training engine (fuzz_cases).
namespace cc::limits {

inline constexpr int kLayers = 100000;
inline constexpr int kHidden = 10000000;
inline constexpr int kHeads = 100000; // heads and kv_heads
inline constexpr int kFfn = 100000000;
inline constexpr int kVocab = 100000000;
inline constexpr int kSeqLen = 100000000; // model and workload sequence length
inline constexpr int kExperts = 100000;   // experts and experts_active
inline constexpr int kGlobalBatch = 100000000;
inline constexpr int kMicroBatch = 1000000;
inline constexpr int kModelParallel = 1024; // tp, pp, virtual stages, ep
inline constexpr int kDataParallel = 10000000;
inline constexpr int kConcurrency = 100000000;

} // namespace cc::limits
