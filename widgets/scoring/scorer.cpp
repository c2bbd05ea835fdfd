#include "scoring/scorer.h"

#include "catalog/model_library.h"
#include "scoring/serving_scorer.h"
#include "scoring/training_scorer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QObject>

#include <algorithm>
#include <cmath>

namespace cc::studio {

namespace {

bool holdsAccelerators(const Component& c) {
    return c.kind == ComponentKind::Accelerator || c.kind == ComponentKind::EdgeDevice ||
           (c.kind == ComponentKind::Node && c.accelerator_count.value_or(1) > 0);
}

/// The group whose ×N the GPU knob scales: the most replicated group around
/// the first accelerator-holding component (the "×N nodes" of a pod).
Group* scaledGroup(Design& d) {
    for (const Component& c : d.components) {
        if (!holdsAccelerators(c) || c.group.empty()) continue;
        Group* best = nullptr;
        for (std::string g = c.group; !g.empty();) {
            auto it = std::find_if(d.groups.begin(), d.groups.end(), [&](const Group& x) { return x.id == g; });
            if (it == d.groups.end()) break;
            if (!best || it->replicas > best->replicas) best = &*it;
            g = it->parent;
        }
        if (best) return best;
    }
    return nullptr;
}

void scaleModel(ModelRef& ref, double s) {
    const ModelShape* m = resolve_model(ref);
    if (!m) return;
    ModelShape shape = *m;
    // Width grows with √s so that 12·L·h² scales by s at a fixed depth; heads keep their size.
    const double w = std::sqrt(s);
    auto round128 = [](double v) { return std::max(128, static_cast<int>(std::lround(v / 128.0)) * 128); };
    shape.params *= s;
    if (shape.active_params) *shape.active_params *= s;
    if (shape.hidden) {
        const int head_dim = shape.heads && *shape.heads > 0 ? *shape.hidden / *shape.heads : 128;
        shape.hidden = round128(*shape.hidden * w);
        if (shape.heads) shape.heads = std::max(1, *shape.hidden / std::max(1, head_dim));
        if (shape.kv_heads && shape.heads) shape.kv_heads = std::min(*shape.kv_heads, *shape.heads);
    }
    if (shape.ffn) shape.ffn = round128(*shape.ffn * w);
    if (shape.gflops_per_sample) *shape.gflops_per_sample *= s;
    shape.name += " ×" + std::to_string(s).substr(0, 4);
    ref.library_id.clear();
    ref.custom = shape;
}

} // namespace

void applyWhatIf(Design& d, const WhatIf& w) {
    if (w.gpu_scale != 1.0)
        if (Group* g = scaledGroup(d)) g->replicas = std::max(1, static_cast<int>(std::lround(g->replicas * w.gpu_scale)));
    if (auto* t = std::get_if<TrainingWorkload>(&d.workload.spec)) {
        if (t->dataset_tokens) *t->dataset_tokens *= w.data_scale;
        if (t->dataset_samples) *t->dataset_samples *= w.data_scale;
        if (w.model_scale != 1.0) scaleModel(t->model, w.model_scale);
    } else if (auto* s = std::get_if<ServingWorkload>(&d.workload.spec)) {
        if (s->request_rate_per_s) *s->request_rate_per_s *= w.load_scale;
        if (s->concurrency) s->concurrency = std::max(1, static_cast<int>(std::lround(*s->concurrency * w.load_scale)));
        if (w.model_scale != 1.0) scaleModel(s->model, w.model_scale);
    } else if (std::holds_alternative<EdgeWorkload>(d.workload.spec) && w.load_scale != 1.0) {
        for (Component& c : d.components)
            if (c.kind == ComponentKind::Camera) c.count = std::max(1, static_cast<int>(std::lround(c.count * w.load_scale)));
    }
}

ScoreResult scoreDesign(Design snapshot, const Catalog& cat, const WhatIf& what_if, quint64 revision) {
    QElapsedTimer timer;
    timer.start();
    ScoreResult out;
    out.revision = revision;
    applyWhatIf(snapshot, what_if);
    try {
        if (std::holds_alternative<TrainingWorkload>(snapshot.workload.spec)) scoreTraining(snapshot, cat, out);
        else if (std::holds_alternative<ServingWorkload>(snapshot.workload.spec)) scoreServing(snapshot, cat, out);
        else if (std::holds_alternative<EdgeWorkload>(snapshot.workload.spec)) scoreEdge(snapshot, cat, out);
        else out.message = QObject::tr("No workload: choose a training, serving or edge workload in the inspector (click the empty canvas).");
    } catch (const std::exception& e) {
        // An engine must never take the studio down; show why instead.
        out.cards.clear();
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
