#pragma once
// Scenarios A/B/C: variants of one design kept in one file. Every operation is
// a pure function Design → Design, so the studio can wrap it in one undo step.
#include "model/design.h"

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

namespace cc {

/// Variants in display order (a plain design counts as one variant).
std::size_t scenario_count(const Design& d);

/// Display names in order; a plain design's single variant is called `fallback`.
std::vector<std::string> scenario_names(const Design& d, const std::string& fallback = "Baseline");

/// Index (display order) of the active variant.
std::size_t active_scenario(const Design& d);

/// The same file with variant `index` active. Throws std::out_of_range.
Design with_active_scenario(const Design& d, std::size_t index);

/// Variant `index` alone, as a plain design the engines can score.
Design scenario_design(const Design& d, std::size_t index);

/// Copies the active variant right after itself under `name` and activates the
/// copy. A plain design's variant is named `first_name` first. Throws
/// std::invalid_argument when a name is empty or taken.
Design duplicate_scenario(const Design& d, const std::string& name, const std::string& first_name = "A");

Design rename_scenario(const Design& d, std::size_t index, const std::string& name);

/// Removes a variant; removing the active one activates its neighbour. Removing
/// the last but one leaves a plain design. Throws when only one variant exists.
Design remove_scenario(const Design& d, std::size_t index);

/// The inactive variants after `edit` ran on each one (as a plain design with
/// that variant's body). `edit` returns false when it does not apply to a
/// variant (an id it needs is not there); that variant is kept as it was.
/// `applied` (optional) counts the variants it applied to.
std::vector<Scenario> edit_inactive_scenarios(const Design& d, const std::function<bool(Design&)>& edit, int* applied = nullptr);

/// Why `name` cannot name a new/renamed variant ("" when it can); `except` is
/// the index being renamed.
std::string scenario_name_problem(const Design& d, const std::string& name, std::size_t except = static_cast<std::size_t>(-1));

/// "B", "C", … the first single letter not yet used (then "Scenario N").
std::string next_scenario_name(const Design& d);

} // namespace cc
