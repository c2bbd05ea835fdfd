#pragma once
// Scenario comparison: each variant scored by its engine, reduced to the same
// headline metrics, with deltas against a baseline. Used by `compare` in the
// CLI and by the studio's side-by-side view, so both show the same numbers.
#include "catalog/catalog.h"
#include "evaluate/evaluation.h"
#include "model/design.h"

#include <optional>
#include <string>
#include <vector>

namespace cc::compare {

using evaluate::Better;
using evaluate::MetricId;

/// A headline metric of one scenario, named from the metric table (evaluate/metrics.h).
struct Metric {
    MetricId id;
    std::string key;   // stable, with the unit in the name ("step_time_s")
    std::string label; // "Step time"
    std::string unit;  // "s", "tokens/s", "%", "USD", ...
    Better better = Better::Neither;
    std::optional<double> value; // unset: the engine has no number for it
};

struct ScenarioScores {
    std::string name;
    std::string workload; // training, inference, edge, none
    bool ok = false;
    std::string error; // why there are no scores
    /// The design's own numbers first (accelerators, power_nominal_W, capex_usd:
    /// from the BOM, present even when the workload cannot be scored), then the workload's.
    std::vector<Metric> metrics;
    std::string bottleneck; // one sentence

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

/// A change worth showing against the baseline: relative change and whether it
/// is better (+1), worse (−1) or neutral (0). Unset for the baseline itself, for
/// yes/no metrics, missing values and changes under 0.05 %.
struct Change {
    double relative = 0;
    int verdict = 0;
};
std::optional<Change> change(const Metric& m, const Metric* base);

/// The rows of a comparison table: every metric key in first-seen order.
std::vector<const Metric*> rows(const Comparison& c);

/// The table's definition of `id` with a value.
Metric metric_of(MetricId id, std::optional<double> value);

/// Headline metrics of one evaluated scenario.
ScenarioScores scores_of(const evaluate::Evaluation& e, const std::string& name);

/// Headline metrics of one plain design (what its score cards show).
ScenarioScores score_design(const Design& d, const Catalog& cat, const std::string& name);

/// Every scenario of the design, evaluated once each (no what-if), in scenario order.
std::vector<evaluate::EvaluationPtr> evaluate_scenarios(const Design& d, const Catalog& cat, const evaluate::Options& opt);

/// A comparison of scenarios already evaluated; throws std::invalid_argument when
/// `baseline` names none of `names`.
Comparison comparison_of(const std::vector<std::string>& names, const std::vector<evaluate::EvaluationPtr>& evals,
                         const std::string& baseline = {});

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
