#pragma once
// The software stack a workload runs on (validation SCHEMA.md 1.1 `stack`):
// measured throughput depends on it as much as on the hardware. Validation
// cases carry it today; the engines will key their efficiencies on it.
#include "model/kinds.h"

#include <optional>
#include <string_view>
#include <vector>

namespace cc {

enum class Stack {
    Megatron,
    TorchTitan,
    DeepSpeed,
    PyTorch, // training (PyTorch also runs edge models)
    TensorRTLLM,
    Vllm,
    SGLang,
    Triton, // LLM serving
    TensorRT,
    OnnxRuntime // edge inference
};

/// The file spelling: "megatron", "tensorrt-llm", "onnxruntime", ...
std::string_view to_string(Stack s);
std::optional<Stack> stack_from(std::string_view s);
/// The product name for the UI: "Megatron-LM", "TensorRT-LLM", "ONNX Runtime", ...
std::string_view display_name(Stack s);
/// The spellings, in declaration order.
const std::vector<std::string_view>& stack_names();

/// The stacks a training case may name, and those an inference (serving or edge) case may.
const std::vector<Stack>& training_stacks();
const std::vector<Stack>& inference_stacks();
/// The stacks an edge workload may name (camera models on a device): tensorrt, onnxruntime, pytorch.
const std::vector<Stack>& edge_stacks();

/// The stacks a design's workload of this kind may name (empty for None). Serving
/// takes every inference stack, as validation cases do: a serving workload may be
/// a CNN measured with TensorRT as well as an LLM behind vLLM.
const std::vector<Stack>& stacks_for(WorkloadKind kind);

/// The spellings of `stacks`, in their order (for messages and choices).
std::vector<std::string_view> stack_names(const std::vector<Stack>& stacks);

} // namespace cc
