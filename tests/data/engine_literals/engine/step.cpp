// Fixture for tools/check_engine_literals.py: must be refused (see tests/CMakeLists.txt).
#include "engine/calibration.h"

double step(double x, const Calibration& cal) {
    const char* note = "0.37 in a string is fine"; // and 0.37 in a comment too
    double y = x * 0.37;                           // forbidden: a modelling choice inline
    y += cal.launch_s * 1e3 + 0.5 * x / 3600;      // allowed: units, a half
    char buf[64]; // literal-ok: buffer size
    y += 1; // literal-ok: stale marker, nothing to allow
    return y + static_cast<double>(sizeof buf) + (note ? 0 : 1);
}
