#include "scoring/serving_scorer.h"

#include <QObject>

namespace cc::studio {

// The inference and edge engines plug in here when they land (issue 5).
void scoreServing(const Design&, const Catalog&, ScoreResult& out) {
    out.kind = QStringLiteral("serving");
    out.message = QObject::tr("Serving designs are scored once the inference engine lands.");
}

void scoreEdge(const Design&, const Catalog&, ScoreResult& out) {
    out.kind = QStringLiteral("edge");
    out.message = QObject::tr("Edge designs are scored once the edge engine lands.");
}

} // namespace cc::studio
