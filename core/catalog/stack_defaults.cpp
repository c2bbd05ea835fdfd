#include "catalog/stack_defaults.h"

#include <algorithm>
#include <cctype>

namespace cc {
namespace {

enum class Vendor { Nvidia, Amd, Intel, Other };

bool contains_word(std::string text, std::string_view word) {
    std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text.find(word) != std::string::npos;
}

// The generation says the vendor for every shipped accelerator; a user catalog
// entry whose architecture names no known generation falls back to its vendor text.
Vendor vendor_of(const AcceleratorSpec& a) {
    using G = AcceleratorGeneration;
    switch (a.generation) {
    case G::Pascal:
    case G::Volta:
    case G::Turing:
    case G::Ampere:
    case G::Ada:
    case G::Hopper:
    case G::Blackwell: return Vendor::Nvidia;
    case G::Cdna3:
    case G::Cdna4:
    case G::Xdna: return Vendor::Amd;
    case G::Gaudi2:
    case G::Gaudi3: return Vendor::Intel;
    case G::HailoDataflow: return Vendor::Other;
    case G::Unknown: break;
    }
    if (contains_word(a.info.vendor, "nvidia")) return Vendor::Nvidia;
    if (contains_word(a.info.vendor, "amd")) return Vendor::Amd;
    if (contains_word(a.info.vendor, "intel") || contains_word(a.info.vendor, "habana")) return Vendor::Intel;
    return Vendor::Other;
}

// Jetson modules, NPUs and FPGAs run an edge runtime even under a serving workload
// (MLPerf Inference Edge results on Jetson are TensorRT engines, not TensorRT-LLM).
bool edge_class(const AcceleratorSpec& a) { return a.category == "edge-module" || a.category == "edge-npu" || a.category == "fpga"; }

ResolvedStack assumed(Stack s, std::string why) { return {s, true, std::move(why)}; }

ResolvedStack edge_default(const AcceleratorSpec* acc) {
    // JetPack ships TensorRT and DeepStream builds on it: NVIDIA devices run TensorRT engines.
    if (acc && vendor_of(*acc) == Vendor::Nvidia) return assumed(Stack::TensorRT, "TensorRT, the runtime NVIDIA devices ship with");
    // Hailo (HailoRT), AMD Versal (Vitis AI) and Intel (OpenVINO) runtimes have no
    // stack of their own here; ONNX Runtime is the portable runtime their models are
    // exported through (Vitis AI and OpenVINO are ONNX Runtime execution providers).
    return assumed(Stack::OnnxRuntime, "ONNX Runtime, the portable default where the vendor runtime is not modelled");
}

ResolvedStack training_default(const AcceleratorSpec* acc) {
    switch (acc ? vendor_of(*acc) : Vendor::Other) {
    // NVIDIA's published training tables (NeMo / Megatron-Core performance pages)
    // and its MLPerf Training LLM submissions run Megatron-LM.
    case Vendor::Nvidia: return assumed(Stack::Megatron, "Megatron-LM/NeMo, the stack of NVIDIA's published training results");
    // AMD publishes MI300-series LLM training performance with its ROCm fork of
    // Megatron-LM (ROCm docs, "Training a model with Megatron-LM for ROCm"); TorchTitan
    // on ROCm is newer and less documented, so Megatron is the better-evidenced default.
    case Vendor::Amd: return assumed(Stack::Megatron, "Megatron-LM (AMD's ROCm fork), the stack of AMD's published training results");
    // Intel's Gaudi LLM pre-training references run Megatron-DeepSpeed (HabanaAI fork,
    // also behind the Gaudi 2 MLPerf Training GPT-3 results) and Optimum Habana
    // fine-tuning runs DeepSpeed ZeRO: DeepSpeed describes both better than plain PyTorch.
    case Vendor::Intel: return assumed(Stack::DeepSpeed, "DeepSpeed (Megatron-DeepSpeed / Optimum Habana), Intel Gaudi's training stack");
    case Vendor::Other: break;
    }
    return assumed(Stack::PyTorch, "PyTorch, the vendor-neutral default");
}

ResolvedStack serving_default(const AcceleratorSpec* acc) {
    if (acc && edge_class(*acc)) return edge_default(acc);
    // NVIDIA's MLPerf Inference datacenter results and LLM performance tables are TensorRT-LLM.
    if (acc && vendor_of(*acc) == Vendor::Nvidia)
        return assumed(Stack::TensorRTLLM, "TensorRT-LLM, the stack of NVIDIA's published serving results");
    // AMD (ROCm vLLM, its MLPerf Inference MI300X submissions) and Intel Gaudi
    // (the vLLM Gaudi plugin Intel documents for serving) both serve with vLLM, as
    // does everyone else by default.
    if (acc && vendor_of(*acc) == Vendor::Amd) return assumed(Stack::Vllm, "vLLM (ROCm), the stack of AMD's published serving results");
    if (acc && vendor_of(*acc) == Vendor::Intel) return assumed(Stack::Vllm, "vLLM for Gaudi, Intel's documented serving stack");
    return assumed(Stack::Vllm, "vLLM, the vendor-neutral serving default");
}

} // namespace

ResolvedStack resolve_stack(std::optional<Stack> chosen, WorkloadKind kind, const AcceleratorSpec* acc) {
    if (chosen) return {*chosen, false, "chosen in the design"};
    switch (kind) {
    case WorkloadKind::Training: return training_default(acc);
    case WorkloadKind::Serving: return serving_default(acc);
    case WorkloadKind::Edge: return edge_default(acc);
    case WorkloadKind::None: break;
    }
    return assumed(Stack::PyTorch, "no workload: nothing runs");
}

} // namespace cc
