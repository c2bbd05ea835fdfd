// The software stack as an input: in the design file, in validation cases, and
// resolved (chosen or a documented per-vendor default) in every evaluation.
#include "catalog/stack_defaults.h"
#include "evaluate/design_stack.h"
#include "evaluate/evaluation.h"
#include "format/design_format.h"
#include "test_support.h"
#include "validation/inference_case.h"
#include "validation/training_case.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <nlohmann/json.hpp>

using namespace cc;
using nlohmann::json;

namespace {

Design template_design(const std::string& name) { return format::load_design_file(testing::source_path("templates/" + name + ".ccd")); }

const AcceleratorSpec* acc(const std::string& id) {
    const AcceleratorSpec* a = Catalog::builtin().accelerator(id);
    REQUIRE(a);
    return a;
}

Stack default_for(WorkloadKind kind, const AcceleratorSpec* a) {
    const ResolvedStack r = resolve_stack(std::nullopt, kind, a);
    CHECK(r.assumed);
    CHECK_FALSE(r.why.empty());
    return r.stack;
}

std::string read_error(const std::function<void(json&)>& edit) {
    json j = json::parse(testing::small_design_text());
    edit(j);
    try {
        format::read_design(j.dump());
    } catch (const InputError& e) {
        return e.what();
    }
    return "";
}

} // namespace

TEST_CASE("stack: each workload kind's stack round-trips through the file", "[stack][format]") {
    Design d = testing::small_design();
    d.workload.set_stack(Stack::TorchTitan);
    REQUIRE(d.workload.stack() == Stack::TorchTitan);
    const std::string text = format::write_design(d);
    CHECK(json::parse(text)["workload"]["stack"] == "torchtitan");
    CHECK(format::read_design(text) == d);

    ServingWorkload s;
    s.model.library_id = "llama3-8b";
    s.stack = Stack::SGLang;
    d.workload.spec = s;
    CHECK(format::read_design(format::write_design(d)) == d);

    EdgeWorkload e;
    e.model.library_id = "yolov8s";
    e.stack = Stack::OnnxRuntime;
    d.workload.spec = e;
    CHECK(format::read_design(format::write_design(d)) == d);
}

TEST_CASE("stack: an unset stack is not written, so files saved before stacks existed stay byte-identical", "[stack][format]") {
    for (const char* name : {"dgx-h100-training-pod", "h200-llm-serving-node", "edge-video-analytics-site"}) {
        INFO(name);
        const std::string path = testing::source_path(std::string("templates/") + name + ".ccd");
        const Design d = format::load_design_file(path);
        CHECK_FALSE(d.workload.stack());
        const std::string text = format::write_design(d);
        CHECK(text.find("\"stack\"") == std::string::npos);
        CHECK(text == testing::read_text(path));
    }
}

TEST_CASE("stack: a stack of another kind or an unknown one is refused at its pointer with the allowed names", "[stack][format]") {
    CHECK(read_error([](json& j) { j["workload"]["stack"] = "vllm"; }) ==
          "/workload/stack: expected one of \"megatron\", \"torchtitan\", \"deepspeed\" or \"pytorch\", got \"vllm\" "
          "(not a stack for training workloads)");
    CHECK(read_error([](json& j) {
              j["workload"] = {{"kind", "edge"}, {"model", "yolov8s"}, {"stack", "tensorrt-llm"}};
          }) == "/workload/stack: expected one of \"tensorrt\", \"onnxruntime\" or \"pytorch\", got \"tensorrt-llm\" "
                "(not a stack for edge workloads)");
    CHECK(read_error([](json& j) {
              j["workload"] = {{"kind", "inference"}, {"model", "llama3-8b"}, {"stack", "megatron"}};
          }) == "/workload/stack: expected one of \"tensorrt-llm\", \"vllm\", \"sglang\", \"triton\", \"tensorrt\", \"onnxruntime\" or "
                "\"pytorch\", got \"megatron\" (not a stack for inference workloads)");
    // Not a stack at all: the plain message, without the kind hint.
    CHECK(read_error([](json& j) { j["workload"]["stack"] = "jax"; }) ==
          "/workload/stack: expected one of \"megatron\", \"torchtitan\", \"deepspeed\" or \"pytorch\", got \"jax\"");
    CHECK(read_error([](json& j) { j["workload"]["stack"] = 3; }).rfind("/workload/stack: expected a string", 0) == 0);
    // null is the same as absent.
    CHECK(read_error([](json& j) { j["workload"]["stack"] = nullptr; }).empty());
}

TEST_CASE("stack: the stacks a workload may name follow its kind", "[stack]") {
    CHECK(stacks_for(WorkloadKind::Training) == training_stacks());
    CHECK(stacks_for(WorkloadKind::Serving) == inference_stacks());
    CHECK(stacks_for(WorkloadKind::Edge) == std::vector<Stack>{Stack::TensorRT, Stack::OnnxRuntime, Stack::PyTorch});
    CHECK(stacks_for(WorkloadKind::None).empty());
}

TEST_CASE("stack: a chosen stack is used as it is, not assumed", "[stack]") {
    const ResolvedStack r = resolve_stack(Stack::DeepSpeed, WorkloadKind::Training, acc("h100-sxm5-80gb"));
    CHECK(r.stack == Stack::DeepSpeed);
    CHECK_FALSE(r.assumed);
    CHECK(r.why == "chosen in the design");
}

TEST_CASE("stack: training defaults per vendor", "[stack]") {
    using K = WorkloadKind;
    for (const char* id : {"h100-sxm5-80gb", "b200-sxm-180gb", "a100-sxm4-80gb", "v100-sxm2-32gb"}) {
        INFO(id);
        CHECK(default_for(K::Training, acc(id)) == Stack::Megatron);
    }
    CHECK(default_for(K::Training, acc("mi300x-192gb")) == Stack::Megatron); // AMD's ROCm Megatron-LM fork
    CHECK(default_for(K::Training, acc("gaudi2-96gb")) == Stack::DeepSpeed);
    CHECK(default_for(K::Training, acc("gaudi3-128gb")) == Stack::DeepSpeed);
    CHECK(default_for(K::Training, nullptr) == Stack::PyTorch);
}

TEST_CASE("stack: serving defaults per vendor", "[stack]") {
    using K = WorkloadKind;
    for (const char* id : {"h100-sxm5-80gb", "h200-sxm-141gb", "b200-sxm-180gb", "l40s-48gb", "l4-24gb"}) {
        INFO(id);
        CHECK(default_for(K::Serving, acc(id)) == Stack::TensorRTLLM);
    }
    CHECK(default_for(K::Serving, acc("mi300x-192gb")) == Stack::Vllm);
    CHECK(default_for(K::Serving, acc("gaudi3-128gb")) == Stack::Vllm);
    CHECK(default_for(K::Serving, nullptr) == Stack::Vllm);
    // Edge-class devices under a serving workload run their edge runtime.
    CHECK(default_for(K::Serving, acc("jetson-agx-orin-64gb")) == Stack::TensorRT);
    CHECK(default_for(K::Serving, acc("hailo-8")) == Stack::OnnxRuntime);
}

TEST_CASE("stack: edge defaults per vendor", "[stack]") {
    using K = WorkloadKind;
    for (const char* id : {"jetson-agx-orin-64gb", "jetson-orin-nano-8gb", "jetson-agx-thor-128gb", "l4-24gb"}) {
        INFO(id);
        CHECK(default_for(K::Edge, acc(id)) == Stack::TensorRT);
    }
    CHECK(default_for(K::Edge, acc("hailo-8")) == Stack::OnnxRuntime);   // HailoRT has no stack of its own
    CHECK(default_for(K::Edge, acc("alveo-v70")) == Stack::OnnxRuntime); // Vitis AI runs as an ONNX Runtime provider
    CHECK(default_for(K::Edge, nullptr) == Stack::OnnxRuntime);
}

TEST_CASE("stack: a user accelerator of no known generation is placed by its vendor text", "[stack]") {
    AcceleratorSpec a;
    a.info.vendor = "NVIDIA Corporation";
    a.category = "datacenter-gpu";
    CHECK(default_for(WorkloadKind::Training, &a) == Stack::Megatron);
    CHECK(default_for(WorkloadKind::Serving, &a) == Stack::TensorRTLLM);
    a.info.vendor = "Intel (Habana Labs)";
    CHECK(default_for(WorkloadKind::Training, &a) == Stack::DeepSpeed);
    a.info.vendor = "Tenstorrent";
    CHECK(default_for(WorkloadKind::Training, &a) == Stack::PyTorch);
    CHECK(default_for(WorkloadKind::Serving, &a) == Stack::Vllm);
}

TEST_CASE("stack: the evaluation records the stack it is for, assumed or chosen", "[stack][evaluate]") {
    const Catalog& cat = Catalog::builtin();
    evaluate::Options o;
    o.curves = false;
    o.explain = false;
    Design d = template_design("dgx-h100-training-pod");
    evaluate::Evaluation ev = evaluate::evaluate(d, cat, o);
    REQUIRE(ev.stack);
    CHECK(ev.stack->stack == Stack::Megatron);
    CHECK(ev.stack->assumed);
    d.workload.set_stack(Stack::TorchTitan);
    ev = evaluate::evaluate(d, cat, o);
    REQUIRE(ev.stack);
    CHECK(*ev.stack == ResolvedStack{Stack::TorchTitan, false, "chosen in the design"});

    ev = evaluate::evaluate(template_design("h200-llm-serving-node"), cat, o);
    REQUIRE(ev.stack);
    CHECK(ev.stack->stack == Stack::TensorRTLLM);
    CHECK(ev.stack->assumed);

    ev = evaluate::evaluate(template_design("edge-video-analytics-site"), cat, o);
    REQUIRE(ev.ok);
    REQUIRE(ev.stack);
    CHECK(ev.stack->stack == Stack::TensorRT); // a Jetson Orin device
    CHECK(ev.stack->assumed);

    d.workload.spec = std::monostate{};
    CHECK_FALSE(evaluate::evaluate(d, cat, o).stack);
}

TEST_CASE("stack: a validation case's stack reaches its design and the evaluation", "[stack][validation]") {
    const Catalog& cat = Catalog::builtin();
    json tc = json::parse(testing::read_text(testing::source_path("tests/validation/training.cases.json")))["cases"][0];
    tc["stack"] = "deepspeed";
    const Design td = validation::build_case_design(validation::read_training_case(tc, "/cases/0", cat), cat);
    CHECK(td.workload.stack() == Stack::DeepSpeed);
    tc.erase("stack");
    CHECK_FALSE(validation::build_case_design(validation::read_training_case(tc, "/cases/0", cat), cat).workload.stack());

    json ic = json::parse(R"({"id":"l4-resnet","kind":"inference","stack":"tensorrt",
       "cluster":{"accelerator":"l4-24gb","count":1,"per_node":1,"scale_up":"none"},
       "model":{"arch":"cnn","params":25.6e6,"gflops_per_sample":4.1},"precision":"int8",
       "serving":{"scenario":"offline","pipeline_overhead":"kernel"},
       "expect":[{"metric":"samples_per_s","value":12800}]})");
    const validation::InferenceCase c = validation::read_inference_case(ic, "/cases/0", cat);
    const Design sd = validation::build_case_design(c, cat);
    CHECK(sd.workload.stack() == Stack::TensorRT);
    evaluate::Options o = validation::case_options(false);
    o.validation = c.knobs;
    const evaluate::Evaluation ev = evaluate::evaluate(sd, cat, o);
    REQUIRE(ev.stack);
    CHECK(ev.stack->stack == Stack::TensorRT);
    CHECK_FALSE(ev.stack->assumed);
}

TEST_CASE("stack: the design's default (the inspector's) is the one every template's evaluation records", "[stack][evaluate]") {
    const Catalog& cat = Catalog::builtin();
    evaluate::Options o;
    o.curves = false;
    o.explain = false;
    int edge = 0;
    for (const auto& entry : std::filesystem::directory_iterator(testing::source_path("templates"))) {
        INFO(entry.path().filename().string());
        const Design d = format::load_design_file(entry.path().string());
        const auto shown = evaluate::design_stack(d, cat);
        CHECK(shown == evaluate::evaluate(d, cat, o).stack);
        REQUIRE(shown);
        CHECK(shown->assumed);
        edge += d.workload.kind() == WorkloadKind::Edge;
    }
    CHECK(edge >= 1);
}
