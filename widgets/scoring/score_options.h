#pragma once
// What-if knobs: the core's (evaluate/what_if.h), applied to the scoring
// snapshot only, never to the document, so a presales engineer can ask
// "and with 4× the GPUs?" without editing.
#include "evaluate/what_if.h"

namespace cc::studio {

using WhatIf = evaluate::WhatIf;

} // namespace cc::studio
