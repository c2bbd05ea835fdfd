#pragma once
// What the studio shows after scoring one snapshot of the design: score cards,
// the bottleneck (with the drawn parts to highlight), charts and the
// explanation tree behind every number. Plain values, safe to pass between
// the worker thread and the GUI thread.
#include "charts/chart_spec.h"
#include "engine/explain.h"
#include "evaluate/evaluation.h"

#include <QHash>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <memory>

namespace cc::studio {

enum class CardState { Neutral, Good, Warning, Bad };

struct ScoreCard {
    QString metric; // explanation key ("step_time_s"); clicking the card opens it
    QString label;  // "Step time" (the metric table's label, translated)
    QString value;  // "12.4 s" (units included)
    QString detail; // one line under the value ("of which 18 % communication")
    CardState state = CardState::Neutral;
    QString key;                  // the metric table's key ("mfu_pct"): the same number in compare, CLI and report
    std::optional<double> number; // the value in the table's unit
};

struct ScoreResult {
    quint64 revision = 0; // document revision the snapshot was taken at
    QString kind;         // "training", "serving", "edge" or "" (nothing to score)
    QString headline;     // one sentence: what runs on what
    QString message;      // why nothing was scored, when kind is empty or on error
    QList<ScoreCard> cards;
    QString bottleneck;          // one sentence naming the limiting resource
    QString bottleneck_resource; // "compute", "scale-out network", ...
    QStringList highlight;       // drawn component/link ids to mark on the canvas
    /// Heat overlay: drawn component/link id → share of its capacity in use over
    /// a step / at the offered load (0 idle, 1 saturated; above 1 = overloaded).
    QHash<QString, double> utilisation;
    QList<ChartSpec> charts; // breakdown first
    std::shared_ptr<const engine::Explanation> explanation;
    /// The evaluation everything above was formatted from (shared, read-only).
    evaluate::EvaluationPtr evaluation;
    QStringList notes;     // defaults and assumptions the engine used
    QStringList caveats;   // the fabric the score was computed on is incomplete or oversubscribed
    double elapsed_ms = 0; // scoring time, for the status bar
};

/// The colour of a bottleneck resource, shared by charts and the canvas overlay.
QColor resourceColour(const QString& resource);
/// The bottleneck resource as shown to the user (translated); `resource` stays the English key.
QString resourceLabel(const QString& resource);

} // namespace cc::studio

Q_DECLARE_METATYPE(cc::studio::ScoreResult)
