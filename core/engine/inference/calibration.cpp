#include "engine/inference/calibration.h"

namespace cc::engine::inference {

const ServingCalibration& default_serving_calibration() {
    static const ServingCalibration c;
    return c;
}

} // namespace cc::engine::inference
