#pragma once
// Score cards named from the metric table (core/evaluate/metrics.h): the
// card's label, key and number are the table's, so a card shows the same
// metric, under the same name, as compare, the CLI and the report.
#include "evaluate/evaluation.h"
#include "scoring/score_result.h"

namespace cc::studio {

/// The metric's label in the user's language ("Step time").
QString metricName(evaluate::MetricId id);

/// A card for `id` with its number from `ev`; `value` and `detail` are the formatted texts.
ScoreCard metricCard(const evaluate::Evaluation& ev, evaluate::MetricId id, const QString& value, const QString& detail,
                     CardState state = CardState::Neutral);

} // namespace cc::studio
