#include "scoring/scorer.h"

#include "scoring/serving_scorer.h"
#include "scoring/training_scorer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QObject>

namespace cc::studio {

ScoreResult present(const evaluate::EvaluationPtr& ev, const Design& d, quint64 revision) {
    ScoreResult out;
    out.revision = revision;
    out.evaluation = ev;
    switch (ev->kind) {
    case evaluate::WorkloadKind::Training: presentTraining(d, *ev, out); break;
    case evaluate::WorkloadKind::Serving: presentServing(*ev, out); break;
    case evaluate::WorkloadKind::Edge: presentEdge(*ev, out); break;
    case evaluate::WorkloadKind::None:
        out.message = QObject::tr("No workload: choose a training, serving or edge workload in the inspector (click the empty canvas).");
        break;
    }
    return out;
}

ScoreResult scoreDesign(const Design& snapshot, const Catalog& cat, const WhatIf& what_if, quint64 revision) {
    QElapsedTimer timer;
    timer.start();
    ScoreResult out;
    try {
        evaluate::Options opt;
        opt.what_if = what_if;
        opt.rules = false; // the findings panel checks the document itself
        out = present(evaluate::evaluate_shared(snapshot, cat, opt), snapshot, revision);
    } catch (const std::exception& e) {
        // An engine must never take the studio down; show why instead.
        out = ScoreResult{};
        out.revision = revision;
        out.message = QObject::tr("The engine could not score this design: %1").arg(QString::fromUtf8(e.what()));
    }
    out.elapsed_ms = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    return out;
}

QColor resourceColour(const QString& r) {
    if (r == "compute") return QColor(0x1f, 0x6f, 0xb2);
    if (r.startsWith("scale-up")) return QColor(0x8e, 0x44, 0xad);
    if (r.startsWith("scale-out")) return QColor(0xe6, 0x7e, 0x22);
    if (r.contains("bubble")) return QColor(0x7f, 0x8c, 0x8d);
    if (r == "storage") return QColor(0x16, 0xa0, 0x85);
    if (r.startsWith("memory capacity") || r.startsWith("KV")) return QColor(0xc0, 0x39, 0x2b);
    if (r.startsWith("memory bandwidth")) return QColor(0xd3, 0x54, 0x00);
    if (r.contains("CPU")) return QColor(0x27, 0xae, 0x60);
    if (r.contains("uplink") || r.contains("WAN")) return QColor(0x2c, 0x3e, 0x50);
    if (r.contains("queue")) return QColor(0xf3, 0x9c, 0x12);
    return QColor(0x34, 0x49, 0x5e);
}

QString resourceLabel(const QString& r) {
    // The keys are marked with QT_TRANSLATE_NOOP("Resource", ...) where the scorers name them.
    return QCoreApplication::translate("Resource", r.toUtf8().constData());
}

} // namespace cc::studio
