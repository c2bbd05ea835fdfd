#pragma once
// `sweep FILE --vary rate|concurrency|users|input_tokens|output_tokens|gpus|streams[=FROM:TO[:STEPS]]`
// for inference and edge designs (owned by the inference engine).
#include <iosfwd>
#include <string>
#include <vector>

namespace cc::cli {

/// True when the design FILE in `args` has an inference or edge workload (so `sweep` dispatches here).
bool is_serving_sweep(const std::vector<std::string>& args);

int cmd_sweep_serving(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

} // namespace cc::cli
