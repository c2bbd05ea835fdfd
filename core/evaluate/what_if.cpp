#include "evaluate/what_if.h"

#include "catalog/model_library.h"
#include "catalog/model_scaling.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace cc::evaluate {
namespace {

int scaled_count(int n, double s) { return std::max(1, static_cast<int>(std::lround(n * s))); }

void scale_model(ModelRef& ref, double s) {
    const ModelShape* m = resolve_model(ref);
    if (!m) return;
    ModelShape shape = scaled_model(*m, m->params * s);
    char factor[32];
    std::snprintf(factor, sizeof factor, " ×%g", s);
    shape.name += factor;
    ref.library_id.clear();
    ref.custom = shape;
}

} // namespace

void apply_to_design(Design& d, const WhatIf& w) {
    if (auto* t = std::get_if<TrainingWorkload>(&d.workload.spec)) {
        if (t->dataset_tokens) *t->dataset_tokens *= w.data_scale;
        if (t->dataset_samples) *t->dataset_samples *= w.data_scale;
        if (w.model_scale != 1.0) scale_model(t->model, w.model_scale);
    } else if (auto* s = std::get_if<ServingWorkload>(&d.workload.spec)) {
        if (s->request_rate_per_s) *s->request_rate_per_s *= w.load_scale;
        if (s->concurrency) s->concurrency = scaled_count(*s->concurrency, w.load_scale);
        if (w.model_scale != 1.0) scale_model(s->model, w.model_scale);
    } else if (std::holds_alternative<EdgeWorkload>(d.workload.spec)) {
        for (Component& c : d.components) {
            if (c.kind == ComponentKind::Camera && w.load_scale != 1.0) c.count = scaled_count(c.count, w.load_scale);
            if (c.kind == ComponentKind::EdgeDevice && w.gpu_scale != 1.0) c.count = scaled_count(c.count, w.gpu_scale);
        }
    }
}

} // namespace cc::evaluate
