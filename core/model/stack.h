#pragma once
// The software stack a workload runs on (validation SCHEMA.md 1.1 `stack`):
// measured throughput depends on it as much as on the hardware. Validation
// cases carry it today; the engines will key their efficiencies on it.
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
/// The spellings, in declaration order.
const std::vector<std::string_view>& stack_names();

/// The stacks a training case may name, and those an inference (serving or edge) case may.
const std::vector<Stack>& training_stacks();
const std::vector<Stack>& inference_stacks();

} // namespace cc
