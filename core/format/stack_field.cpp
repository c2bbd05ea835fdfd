#include "format/stack_field.h"

#include <string>

namespace cc::format {

std::optional<Stack> read_stack(json_in::ObjectReader& r, const std::vector<Stack>& allowed, std::string_view kind) {
    if (!r.has("stack")) {
        r.get("stack"); // a null stack is no stack
        return std::nullopt;
    }
    try {
        return stack_from(r.choice("stack", stack_names(allowed)));
    } catch (const InputError& e) {
        // A real stack of another kind ("vllm" for training) gets told why it is refused.
        const json_in::Json& j = *r.get("stack");
        if (!j.is_string() || !stack_from(j.get<std::string>())) throw;
        throw InputError(e.where(), e.detail() + " (not a stack for " + std::string(kind) + ")");
    }
}

} // namespace cc::format
