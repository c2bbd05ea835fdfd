#include "evaluate/validation_knobs.h"

namespace cc::evaluate {

void ValidationKnobs::apply_to(engine::inference::ServingRequest& req) const {
    if (scenario) req.scenario = *scenario;
    if (batch) req.batch = batch;
    if (latency_bound_ms) req.latency_bound_ms = latency_bound_ms;
    if (use_dla) req.use_dla = true;
}

} // namespace cc::evaluate
