#pragma once
// What-if knobs: applied to the scoring snapshot only, never to the document,
// so a presales engineer can ask "and with 4× the GPUs?" without editing.
namespace cc::studio {

struct WhatIf {
    double gpu_scale = 1.0;     // multiplies the replica count of the largest compute group
    double model_scale = 1.0;   // multiplies model parameters (custom shape derived from the library)
    double data_scale = 1.0;    // multiplies dataset tokens / samples
    double load_scale = 1.0;    // multiplies request rate / concurrency / camera streams
    bool operator==(const WhatIf&) const = default;
    bool active() const { return !(*this == WhatIf{}); }
};

} // namespace cc::studio
