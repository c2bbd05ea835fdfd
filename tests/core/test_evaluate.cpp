// core/evaluate: one evaluation per design, one metric table, one rule per what-if axis.
#include "compare/compare.h"
#include "evaluate/evaluation.h"
#include "format/design_format.h"
#include "model/scenarios.h"
#include "test_support.h"
#include "topology/cluster_growth.h"

#include <catch2/catch.hpp>

#include <set>

using namespace cc;
using evaluate::MetricId;

namespace {
Design load(const std::string& name) { return format::load_design_file(testing::source_path("templates/" + name + ".ccd")); }

evaluate::Evaluation with(const Design& d, evaluate::WhatIf w) {
    evaluate::Options opt;
    opt.what_if = w;
    opt.explain = false;
    opt.curves = false;
    return evaluate::evaluate(d, Catalog::builtin(), opt);
}
} // namespace

TEST_CASE("the metric table lists every metric once, in enum order, with its unit in the key", "[evaluate]") {
    std::set<std::string_view> keys;
    const auto& t = evaluate::metric_table();
    for (std::size_t i = 0; i < t.size(); ++i) {
        INFO(t[i].key);
        CHECK(static_cast<std::size_t>(t[i].id) == i);
        CHECK(keys.insert(t[i].key).second);
        CHECK_FALSE(t[i].label.empty());
        CHECK_FALSE(t[i].unit.empty());
        CHECK(evaluate::metric_from_key(t[i].key) == t[i].id);
    }
    CHECK(t.size() == static_cast<std::size_t>(MetricId::Fits) + 1);
    CHECK_FALSE(evaluate::metric_from_key("mfu")); // the explanation key is not a metric key
}

TEST_CASE("one evaluation holds the BOM, the workload's numbers and its curves", "[evaluate]") {
    const Design d = load("dgx-h100-training-pod");
    const evaluate::Evaluation e = evaluate::evaluate(d, Catalog::builtin());
    REQUIRE(e.ok);
    CHECK(e.kind == evaluate::WorkloadKind::Training);
    REQUIRE(e.training);
    CHECK(e.value(MetricId::StepTime_s) == Approx(e.training->result.best.step_s));
    CHECK(*e.value(MetricId::Mfu_pct) == Approx(e.training->result.best.mfu * 100));
    CHECK(*e.value(MetricId::Accelerators) == e.bom.totals.accelerators);
    CHECK_FALSE(e.training->growth.points.empty());
    CHECK_FALSE(e.training->result.explanation.children.empty());
    CHECK_FALSE(e.serving);
    // compare reads the same evaluation: no second set of numbers.
    const auto s = compare::scores_of(e, "x");
    CHECK(*s.metric("step_time_s")->value == *e.value(MetricId::StepTime_s));

    const evaluate::Evaluation none = evaluate::evaluate(Design{}, Catalog::builtin());
    CHECK_FALSE(none.ok);
    CHECK(none.kind == evaluate::WorkloadKind::None);
    CHECK_FALSE(none.error.empty());
}

TEST_CASE("what-if GPUs equals the growth sweep at the same GPU count", "[evaluate][what-if]") {
    for (const char* name : {"dgx-h100-training-pod", "a100-superpod", "classroom-4gpu"}) {
        INFO(name);
        const Design d = load(name);
        const evaluate::Evaluation base = with(d, {});
        REQUIRE(base.ok);
        const ClusterView view = base.training->result.view;
        const auto* w = std::get_if<TrainingWorkload>(&d.workload.spec);
        for (double k : {0.5, 2.0, 4.0}) {
            INFO("×" << k);
            evaluate::WhatIf wi;
            wi.gpu_scale = k;
            const evaluate::Evaluation slider = with(d, wi);
            const double gpus = grown_gpus(view, k);
            engine::training::SweepSpec spec;
            spec.axis = engine::training::SweepAxis::Gpus;
            spec.from = spec.to = gpus;
            const auto sw = engine::training::sweep_training(view, *w, *resolve_model(w->model), d.workload.assumptions, spec);
            REQUIRE(sw.points.size() == 1);
            REQUIRE(slider.ok == sw.points[0].ok);
            if (!slider.ok) continue;
            CHECK(slider.training->result.view.accelerators == gpus);
            CHECK(slider.training->result.best.samples_per_s == Approx(sw.points[0].samples_per_s).epsilon(1e-12));
            CHECK(slider.training->result.best.step_s == Approx(sw.points[0].step_s).epsilon(1e-12));
        }
    }
}

TEST_CASE("what-if model and data equal the params and tokens sweeps", "[evaluate][what-if]") {
    const Design d = load("dgx-h100-training-pod");
    const auto* w = std::get_if<TrainingWorkload>(&d.workload.spec);
    const ModelShape* model = resolve_model(w->model);
    REQUIRE(model);
    const evaluate::Evaluation base = with(d, {});
    REQUIRE(base.ok);
    for (double k : {0.5, 2.0}) {
        INFO("×" << k);
        evaluate::WhatIf wi;
        wi.model_scale = k;
        wi.data_scale = k;
        const evaluate::Evaluation slider = with(d, wi);
        engine::training::SweepSpec spec;
        spec.axis = engine::training::SweepAxis::Params;
        spec.from = spec.to = model->params * k;
        const auto sw = engine::training::sweep_training(base.training->result.view, *w, *model, d.workload.assumptions, spec);
        REQUIRE(sw.points.size() == 1);
        REQUIRE(slider.ok == sw.points[0].ok);
        if (!slider.ok) continue;
        CHECK(slider.training->result.best.step_s == Approx(sw.points[0].step_s).epsilon(1e-12));
        // Data: the same per-step numbers as the scaled model alone, k× the run length.
        evaluate::WhatIf model_only;
        model_only.model_scale = k;
        const evaluate::Evaluation m = with(d, model_only);
        CHECK(*slider.value(MetricId::TimeToTrain_s) == Approx(*m.value(MetricId::TimeToTrain_s) * k));
    }
}

TEST_CASE("what-if GPUs and load equal the serving sweeps", "[evaluate][what-if]") {
    const Design d = load("h200-llm-serving-node");
    const evaluate::Evaluation base = with(d, {});
    REQUIRE(base.ok);
    REQUIRE(base.serving->setup);
    const auto& setup = *base.serving->setup;
    REQUIRE(setup.req.rate_per_s);
    evaluate::WhatIf more;
    more.load_scale = 2;
    const evaluate::Evaluation loaded = with(d, more);
    const auto rate = engine::inference::sweep_serving(setup, engine::inference::ServingSweepAxis::Rate, *setup.req.rate_per_s * 2,
                                                       *setup.req.rate_per_s * 2, 1);
    REQUIRE(rate.points.size() == 1);
    CHECK(loaded.serving->result.ttft_ms.p99 == Approx(rate.points[0].ttft_p99_ms).epsilon(1e-12));
}

TEST_CASE("what-if edge devices equal the streams-vs-devices curve", "[evaluate][what-if]") {
    const Design d = load("edge-video-analytics-site");
    evaluate::Options opt;
    opt.explain = false;
    const evaluate::Evaluation base = evaluate::evaluate(d, Catalog::builtin(), opt);
    REQUIRE(base.ok);
    const auto& r = base.edge->result;
    evaluate::WhatIf two;
    two.gpu_scale = 2;
    const evaluate::Evaluation more = with(d, two);
    REQUIRE(more.ok);
    const double devices = more.edge->result.devices_per_site;
    CHECK(devices == 2 * r.devices_per_site);
    const auto& curve = base.edge->growth;
    const auto it = std::find_if(curve.begin(), curve.end(), [&](const auto& p) { return p.devices == devices; });
    REQUIRE(it != curve.end());
    CHECK(more.edge->result.streams_per_device * devices == Approx(it->streams_capacity));
}

TEST_CASE("compare scores every scenario with the evaluation the studio uses", "[evaluate][compare]") {
    const Design d = load("dgx-h100-training-pod");
    evaluate::Options opt;
    opt.curves = false;
    const auto evals = compare::evaluate_scenarios(d, Catalog::builtin(), opt);
    const auto c = compare::compare(d, Catalog::builtin());
    REQUIRE(evals.size() == c.scenarios.size());
    for (std::size_t i = 0; i < evals.size(); ++i)
        for (const auto& m : c.scenarios[i].metrics) {
            INFO(c.scenarios[i].name << " " << m.key);
            CHECK(m.value == evals[i]->value(m.id));
        }
}
