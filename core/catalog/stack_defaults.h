#pragma once
// The software stack a workload is scored for: the one the design names, else
// a documented default per accelerator vendor and workload kind, so every
// result can say which stack it assumed (issue #14: "the result says which one
// it assumed").
#include "catalog/specs.h"
#include "model/stack.h"

#include <optional>
#include <string>

namespace cc {

struct ResolvedStack {
    Stack stack = Stack::PyTorch;
    bool assumed = false; // true: the design left it open and this is the default
    std::string why;      // one sentence: "chosen in the design" or the default's reason

    bool operator==(const ResolvedStack&) const = default;
};

/// The stacks a workload of this kind may name (empty for None). Serving takes
/// every inference stack, as validation cases do: a serving workload may be a
/// CNN measured with TensorRT as well as an LLM behind vLLM.
const std::vector<Stack>& stacks_for(WorkloadKind kind);

/// `chosen` when set; else the default for `kind` on `acc` (nullptr: no
/// accelerator drawn, the vendor-neutral default).
ResolvedStack resolve_stack(std::optional<Stack> chosen, WorkloadKind kind, const AcceleratorSpec* acc);

} // namespace cc
