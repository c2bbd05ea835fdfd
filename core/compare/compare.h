#pragma once
// Scenario comparison: each variant scored by its engine, reduced to the same
// headline metrics, with deltas against a baseline. Used by `compare` in the
// CLI and by the studio's side-by-side view, so both show the same numbers.
#include "catalog/catalog.h"
#include "model/design.h"

#include <optional>
#include <string>
#include <vector>

namespace cc::compare {

enum class Better { Lower, Higher, Neither };

struct Metric {
    std::string key;    // stable, with the unit in the name ("step_time_s")
    std::string label;  // "Step time"
    std::string unit;   // "s", "tokens/s", "%", "USD", ...
    Better better = Better::Neither;
    std::optional<double> value; // unset: the engine has no number for it
};

struct ScenarioScores {
    std::string name;
    std::string workload;          // training, inference, edge, none
    bool ok = false;
    std::string error;             // why there are no scores
    std::vector<Metric> metrics;
    std::string bottleneck;        // one sentence
    double accelerators = 0, power_nominal_W = 0;
    std::optional<double> capex_usd;

    const Metric* metric(const std::string& key) const;
};

struct Comparison {
    std::vector<ScenarioScores> scenarios; // display order
    std::size_t baseline = 0;
};

/// Relative change of `value` against `base` (0.1 = +10 %); unset when either is missing or base is 0.
std::optional<double> delta(const std::optional<double>& base, const std::optional<double>& value);

/// +1 when the change is an improvement, −1 when it is worse, 0 when neutral or unknown.
int verdict(const Metric& m, const std::optional<double>& relative_change);

/// Headline metrics of one plain design (what its score cards show).
ScenarioScores score_design(const Design& d, const Catalog& cat, const std::string& name);

/// Every scenario of the design, scored. Throws std::invalid_argument when
/// `baseline` names no scenario.
Comparison compare(const Design& d, const Catalog& cat, const std::string& baseline = {});

} // namespace cc::compare

namespace cc::compare {

/// A metric's value for people: "3.2 s", "41.5 %", "$1.2 M", "yes"; "—" when unset.
std::string value_text(const Metric& m);

/// "+12.3 %" / "−4.0 %" / "" for a relative change.
std::string delta_text(const std::optional<double>& relative_change);

} // namespace cc::compare
