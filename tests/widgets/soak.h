#pragma once
// A random GUI soak: thousands of seeded operations on a real main window
// (add, link, delete, group, ×N, change part by keyboard, change link, undo/redo,
// scenarios, save/reload round trips, presentation mode, selection). Used by
// a short test in `make test` and by `make soak` (20,000 operations under ASan).
#include <map>
#include <string>

namespace cc::studio {

class MainWindow;

struct SoakReport {
    int operations = 0;
    std::map<std::string, int> done;       // operation name → times it changed something or ran
    std::map<std::string, int> refused;    // operation name → times the studio refused it (with a reason)
    std::map<std::string, double> seconds; // operation name → time spent in it
    std::string failure;                   // first broken invariant, empty when none
};

/// Runs `operations` random operations with `seed`, checking invariants as it
/// goes (a saved copy reloads byte-identically; nothing throws).
SoakReport runSoak(MainWindow& w, unsigned seed, int operations);

} // namespace cc::studio
