#pragma once
// The optional `stack` field of a workload or validation case, read the same
// way in both: one of the stacks of its kind, or a message at its JSON pointer.
#include "model/stack.h"
#include "util/json_reader.h"

#include <optional>
#include <string_view>
#include <vector>

namespace cc::format {

/// `r`'s "stack": unset when absent; one of `allowed` (the stacks of a `kind`
/// workload, e.g. "training") or an InputError at its pointer listing them.
std::optional<Stack> read_stack(json_in::ObjectReader& r, const std::vector<Stack>& allowed, std::string_view kind);

} // namespace cc::format
