#include "model/stack.h"

#include "model/enum_names.h"

namespace cc {

const std::vector<std::string_view>& stack_names() {
    static const std::vector<std::string_view> n{"megatron", "torchtitan", "deepspeed", "pytorch",  "tensorrt-llm",
                                                 "vllm",     "sglang",     "triton",    "tensorrt", "onnxruntime"};
    return n;
}

std::string_view to_string(Stack s) { return stack_names()[static_cast<std::size_t>(s)]; }

std::optional<Stack> stack_from(std::string_view s) { return enum_from_name<Stack>(stack_names(), s); }

std::string_view display_name(Stack s) {
    static const std::vector<std::string_view> n{"Megatron-LM", "TorchTitan", "DeepSpeed", "PyTorch",  "TensorRT-LLM",
                                                 "vLLM",        "SGLang",     "Triton",    "TensorRT", "ONNX Runtime"};
    return n[static_cast<std::size_t>(s)];
}

const std::vector<Stack>& training_stacks() {
    static const std::vector<Stack> v{Stack::Megatron, Stack::TorchTitan, Stack::DeepSpeed, Stack::PyTorch};
    return v;
}

const std::vector<Stack>& inference_stacks() {
    static const std::vector<Stack> v{Stack::TensorRTLLM, Stack::Vllm,        Stack::SGLang, Stack::Triton,
                                      Stack::TensorRT,    Stack::OnnxRuntime, Stack::PyTorch};
    return v;
}

const std::vector<Stack>& edge_stacks() {
    static const std::vector<Stack> v{Stack::TensorRT, Stack::OnnxRuntime, Stack::PyTorch};
    return v;
}

const std::vector<Stack>& stacks_for(WorkloadKind kind) {
    static const std::vector<Stack> none;
    switch (kind) {
    case WorkloadKind::Training: return training_stacks();
    case WorkloadKind::Serving: return inference_stacks();
    case WorkloadKind::Edge: return edge_stacks();
    case WorkloadKind::None: break;
    }
    return none;
}

std::vector<std::string_view> stack_names(const std::vector<Stack>& stacks) {
    std::vector<std::string_view> names;
    names.reserve(stacks.size());
    for (Stack s : stacks) names.push_back(to_string(s));
    return names;
}

} // namespace cc
