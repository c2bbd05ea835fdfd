#include "engine/edge/calibration.h"

namespace cc::engine::edge {

const EdgeCalibration& default_edge_calibration() {
    static const EdgeCalibration c;
    return c;
}

} // namespace cc::engine::edge
