#pragma once
// Fixture: one documented field, one not.
struct Calibration {
    double launch_s = 0.2e-3;  // documented in CALIBRATION.md
    double secret_frac = 0.42; // not documented: refused
};
