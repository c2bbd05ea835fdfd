// The workload editors of the inspector (shown when nothing is selected).
#include "catalog/model_library.h"
#include "document/document.h"
#include "evaluate/design_stack.h"
#include "panels/form_fields.h"
#include "panels/inspector_form.h"

#include <QCheckBox>
#include <QSignalBlocker>

namespace cc::studio {

namespace {

QString q(std::string_view s) { return QString::fromUtf8(s.data(), static_cast<int>(s.size())); }

QList<QPair<QString, QString>> modelItems(bool vision_only) {
    QList<QPair<QString, QString>> items;
    for (const ModelSpec& m : ModelLibrary::builtin().models()) {
        const bool vision = m.shape.arch == "cnn" || m.shape.arch == "detector";
        if (vision_only && !vision) continue;
        items << qMakePair(q(m.shape.name), q(m.id));
    }
    return items;
}

QList<QPair<QString, QString>> names(const std::vector<std::string_view>& v) {
    QList<QPair<QString, QString>> items;
    for (auto n : v) items << qMakePair(q(n).toUpper(), q(n));
    return items;
}

/// Reads, edits and writes back the workload as one undo step named `field`.
template <class Spec>
void editSpec(Document* doc, const QString& field, const std::function<void(Spec&)>& fn) {
    Workload w = doc->design().workload;
    if (auto* s = std::get_if<Spec>(&w.spec)) {
        fn(*s);
        doc->setWorkload(w, field);
    }
}

template <class Spec>
const Spec* spec(Document* doc) {
    return std::get_if<Spec>(&doc->design().workload.spec);
}

ModelRef libraryModel(const std::string& id) {
    ModelRef r;
    r.library_id = id;
    return r;
}

QString modelId(const ModelRef& r) { return r.custom ? QStringLiteral("custom") : q(r.library_id); }

void modelRow(InspectorForm& f, Document* doc, bool vision_only, const std::function<const ModelRef*()>& get,
              const std::function<void(Workload&, const std::string&)>& set) {
    auto* combo = form::choiceField(modelItems(vision_only), [doc, set](const QString& id) {
        if (id == "custom") return; // the custom shape is edited in the file, not replaced by its label
        Workload w = doc->design().workload;
        set(w, id.toStdString());
        doc->setWorkload(w, QObject::tr("model"));
    });
    f.row(QObject::tr("Model"), combo, [combo, get] {
        const ModelRef* r = get();
        if (!r) return;
        if (r->custom) {
            const QSignalBlocker b(combo);
            if (combo->findData("custom") < 0) combo->addItem(QObject::tr("Custom: %1").arg(q(r->custom->name)), "custom");
        }
        form::setValue(combo, modelId(*r));
    });
}

void precisionRow(InspectorForm& f, Document* doc, const std::function<Precision()>& get,
                  const std::function<void(Workload&, Precision)>& set) {
    auto* combo = form::choiceField(names(precision_names()), [doc, set](const QString& v) {
        Workload w = doc->design().workload;
        if (auto p = precision_from(v.toStdString())) {
            set(w, *p);
            doc->setWorkload(w, QObject::tr("precision"));
        }
    });
    f.row(QObject::tr("Precision"), combo, [combo, get] { form::setValue(combo, q(to_string(get()))); });
}

// The stacks the workload's kind allows, after "Default (…)": the stack the
// engine assumes for the drawn accelerator, which follows the design.
void stackRow(InspectorForm& f, Document* doc, const Catalog& cat) {
    QList<QPair<QString, QString>> items{{QString(), QString()}}; // the default; labelled on refresh
    for (Stack s : stacks_for(doc->design().workload.kind())) items << qMakePair(q(display_name(s)), q(to_string(s)));
    auto* combo = form::choiceField(items, [doc](const QString& v) {
        Workload w = doc->design().workload;
        w.set_stack(stack_from(v.toStdString())); // "" (the default) unsets it
        doc->setWorkload(w, QObject::tr("software stack"));
    });
    f.row(
        QObject::tr("Software stack"), combo,
        [combo, doc, &cat] {
            const Design& d = doc->design();
            const ResolvedStack def = resolve_stack(std::nullopt, d.workload.kind(), evaluate::stack_accelerator(d, cat));
            combo->setItemText(0, QObject::tr("Default (%1)").arg(q(display_name(def.stack))));
            const auto chosen = d.workload.stack();
            form::setValue(combo, chosen ? q(to_string(*chosen)) : QString());
        },
        QObject::tr("The software the workload runs on. Default: the stack the accelerator's vendor publishes its results with."));
}

void trainingForm(InspectorForm& f, Document* doc, const Catalog& cat) {
    using T = TrainingWorkload;
    modelRow(
        f, doc, false, [doc] { return spec<T>(doc) ? &spec<T>(doc)->model : nullptr; },
        [](Workload& w, const std::string& id) { std::get<T>(w.spec).model = libraryModel(id); });
    precisionRow(
        f, doc, [doc] { return spec<T>(doc)->precision; }, [](Workload& w, Precision p) { std::get<T>(w.spec).precision = p; });
    stackRow(f, doc, cat);
    auto* tokens = form::realField(
        0, 1e6, 1, QObject::tr(" B tokens"),
        [doc](double v) { editSpec<T>(doc, QObject::tr("dataset tokens"), [v](T& t) { t.dataset_tokens = form::unsetIf(v * 1e9, 0); }); },
        QObject::tr("not set"));
    f.row(
        QObject::tr("Dataset"), tokens, [tokens, doc] { form::setValue(tokens, spec<T>(doc)->dataset_tokens.value_or(0) / 1e9); },
        QObject::tr("Tokens in the whole training run (billions); sets time, cost and energy to train."));
    auto* samples = form::realField(
        0, 1e12, 0, QObject::tr(" samples"),
        [doc](double v) { editSpec<T>(doc, QObject::tr("dataset samples"), [v](T& t) { t.dataset_samples = form::unsetIf(v, 0); }); },
        QObject::tr("not set"));
    f.row(
        QObject::tr("or samples"), samples, [samples, doc] { form::setValue(samples, spec<T>(doc)->dataset_samples.value_or(0)); },
        QObject::tr("Images or sequences in the whole run, for non-token models (e.g. epochs × dataset)."));
    auto* batch = form::intField(1, 1 << 24, QObject::tr(" samples"),
                                 [doc](int v) { editSpec<T>(doc, QObject::tr("global batch"), [v](T& t) { t.global_batch = v; }); });
    f.row(QObject::tr("Global batch"), batch, [batch, doc] { form::setValue(batch, spec<T>(doc)->global_batch); });
    auto* seq = form::intField(0, 1 << 20, QObject::tr(" tokens"), [doc](int v) {
        editSpec<T>(doc, QObject::tr("sequence length"), [v](T& t) { t.seq_len = v > 0 ? std::optional<int>(v) : std::nullopt; });
    });
    seq->setSpecialValueText(QObject::tr("model default"));
    f.row(QObject::tr("Sequence length"), seq, [seq, doc] { form::setValue(seq, spec<T>(doc)->seq_len.value_or(0)); });

    f.heading(QObject::tr("Parallelism"));
    auto* automatic = new QCheckBox(QObject::tr("Automatic (search the best plan)"));
    QObject::connect(automatic, &QCheckBox::toggled, automatic,
                     [doc](bool on) { editSpec<T>(doc, QObject::tr("parallelism"), [on](T& t) { t.parallelism.automatic = on; }); });
    f.row(QString(), automatic, [automatic, doc] {
        const QSignalBlocker b(automatic);
        automatic->setChecked(spec<T>(doc)->parallelism.automatic);
    });
    struct Knob {
        const char* label;
        int ParallelismSpec::*field;
        int hi;
    };
    for (const Knob k : {Knob{QT_TRANSLATE_NOOP("QObject", "Tensor parallel"), &ParallelismSpec::tp, 64},
                         Knob{QT_TRANSLATE_NOOP("QObject", "Context parallel"), &ParallelismSpec::cp, 256},
                         Knob{QT_TRANSLATE_NOOP("QObject", "Pipeline parallel"), &ParallelismSpec::pp, 512},
                         Knob{QT_TRANSLATE_NOOP("QObject", "Data parallel"), &ParallelismSpec::dp, 1 << 20},
                         Knob{QT_TRANSLATE_NOOP("QObject", "Virtual stages"), &ParallelismSpec::virtual_stages, 64},
                         Knob{QT_TRANSLATE_NOOP("QObject", "Expert parallel"), &ParallelismSpec::ep, 256},
                         Knob{QT_TRANSLATE_NOOP("QObject", "ZeRO stage"), &ParallelismSpec::zero, 3}}) {
        auto* spin = form::intField(k.field == &ParallelismSpec::zero ? 0 : 1, k.hi, {}, [doc, k](int v) {
            editSpec<T>(doc, QObject::tr(k.label).toLower(), [k, v](T& t) { t.parallelism.*(k.field) = v; });
        });
        f.row(QObject::tr(k.label), spin, [spin, doc, k] {
            spin->setEnabled(!spec<T>(doc)->parallelism.automatic);
            form::setValue(spin, spec<T>(doc)->parallelism.*(k.field));
        });
    }
    auto* recompute = form::choiceField(names(recompute_names()), [doc](const QString& v) {
        editSpec<T>(doc, QObject::tr("recompute"), [v](T& t) {
            if (auto r = recompute_from(v.toStdString())) t.parallelism.recompute = *r;
        });
    });
    f.row(QObject::tr("Recompute"), recompute, [recompute, doc] {
        recompute->setEnabled(!spec<T>(doc)->parallelism.automatic);
        form::setValue(recompute, q(to_string(spec<T>(doc)->parallelism.recompute)));
    });
}

void servingForm(InspectorForm& f, Document* doc, const Catalog& cat) {
    using S = ServingWorkload;
    modelRow(
        f, doc, false, [doc] { return spec<S>(doc) ? &spec<S>(doc)->model : nullptr; },
        [](Workload& w, const std::string& id) { std::get<S>(w.spec).model = libraryModel(id); });
    precisionRow(
        f, doc, [doc] { return spec<S>(doc)->precision; }, [](Workload& w, Precision p) { std::get<S>(w.spec).precision = p; });
    stackRow(f, doc, cat);
    auto real = [&](const QString& label, double hi, int dec, const QString& suffix, const QString& special,
                    std::function<double(const S&)> get, std::function<void(S&, double)> set, const QString& tip = {}) {
        auto* w = form::realField(
            0, hi, dec, suffix, [doc, set, label](double v) { editSpec<S>(doc, label.toLower(), [&](S& s) { set(s, v); }); }, special);
        f.row(
            label, w, [w, doc, get] { form::setValue(w, get(*spec<S>(doc))); }, tip);
    };
    real(
        QObject::tr("Input tokens"), 1e6, 0, QObject::tr(" tokens"), {}, [](const S& s) { return s.input_tokens; },
        [](S& s, double v) { s.input_tokens = std::max(1.0, v); });
    real(
        QObject::tr("Output tokens"), 1e6, 0, QObject::tr(" tokens"), {}, [](const S& s) { return s.output_tokens; },
        [](S& s, double v) { s.output_tokens = std::max(1.0, v); });
    real(
        QObject::tr("Request rate"), 1e7, 2, QObject::tr(" req/s"), QObject::tr("not set (closed loop)"),
        [](const S& s) { return s.request_rate_per_s.value_or(0); }, [](S& s, double v) { s.request_rate_per_s = form::unsetIf(v, 0); },
        QObject::tr("Poisson arrivals (open loop). Leave unset to use a fixed concurrency."));
    real(
        QObject::tr("Concurrency"), 1e6, 0, QObject::tr(" clients"), QObject::tr("not set"),
        [](const S& s) { return s.concurrency.value_or(0); },
        [](S& s, double v) { s.concurrency = v >= 1 ? std::optional<int>(static_cast<int>(v)) : std::nullopt; });
    real(
        QObject::tr("Tensor parallel"), 64, 0, {}, QObject::tr("auto"), [](const S& s) { return s.tp.value_or(0); },
        [](S& s, double v) { s.tp = v >= 1 ? std::optional<int>(static_cast<int>(v)) : std::nullopt; });
    f.heading(QObject::tr("Targets"));
    real(
        QObject::tr("TTFT p99 ≤"), 1e6, 0, QObject::tr(" ms"), QObject::tr("none"),
        [](const S& s) { return s.ttft_p99_target_ms.value_or(0); }, [](S& s, double v) { s.ttft_p99_target_ms = form::unsetIf(v, 0); });
    real(
        QObject::tr("TPOT ≤"), 1e5, 1, QObject::tr(" ms"), QObject::tr("none"), [](const S& s) { return s.tpot_target_ms.value_or(0); },
        [](S& s, double v) { s.tpot_target_ms = form::unsetIf(v, 0); });
    real(
        QObject::tr("Latency p99 ≤"), 1e7, 0, QObject::tr(" ms"), QObject::tr("none"),
        [](const S& s) { return s.latency_p99_target_ms.value_or(0); },
        [](S& s, double v) { s.latency_p99_target_ms = form::unsetIf(v, 0); });
    auto* pipe = form::choiceField(
        {{QObject::tr("End to end (pre/post-processing)"), "end_to_end"}, {QObject::tr("Kernel only (MLPerf-style)"), "kernel"}},
        [doc](const QString& v) { editSpec<S>(doc, QObject::tr("pipeline"), [v](S& s) { s.pipeline = v.toStdString(); }); });
    f.row(QObject::tr("Measure"), pipe, [pipe, doc] { form::setValue(pipe, q(spec<S>(doc)->pipeline)); });
}

void edgeForm(InspectorForm& f, Document* doc, const Catalog& cat) {
    using E = EdgeWorkload;
    modelRow(
        f, doc, true, [doc] { return spec<E>(doc) ? &spec<E>(doc)->model : nullptr; },
        [](Workload& w, const std::string& id) { std::get<E>(w.spec).model = libraryModel(id); });
    precisionRow(
        f, doc, [doc] { return spec<E>(doc)->precision; }, [](Workload& w, Precision p) { std::get<E>(w.spec).precision = p; });
    stackRow(f, doc, cat);
    auto* fps = form::realField(
        0, 1000, 1, QObject::tr(" fps"),
        [doc](double v) { editSpec<E>(doc, QObject::tr("fps per stream"), [v](E& e) { e.fps_per_stream = form::unsetIf(v, 0); }); },
        QObject::tr("camera's own"));
    f.row(
        QObject::tr("Analysed fps"), fps, [fps, doc] { form::setValue(fps, spec<E>(doc)->fps_per_stream.value_or(0)); },
        QObject::tr("Frames per second analysed per stream; unset uses each camera's frame rate."));
    auto* place = form::choiceField({{QObject::tr("Edge"), q(to_string(Placement::Edge))},
                                     {QObject::tr("Cloud"), q(to_string(Placement::Cloud))},
                                     {QObject::tr("Hybrid"), q(to_string(Placement::Hybrid))}},
                                    [doc](const QString& v) {
                                        if (auto p = placement_from(v.toStdString()))
                                            editSpec<E>(doc, QObject::tr("placement"), [p](E& e) { e.placement = *p; });
                                    });
    f.row(QObject::tr("Placement"), place, [place, doc] { form::setValue(place, q(to_string(spec<E>(doc)->placement))); });
    auto* budget = form::realField(
        0, 1e6, 0, QObject::tr(" ms"),
        [doc](double v) { editSpec<E>(doc, QObject::tr("latency budget"), [v](E& e) { e.latency_budget_ms = form::unsetIf(v, 0); }); },
        QObject::tr("none"));
    f.row(QObject::tr("Latency budget"), budget, [budget, doc] { form::setValue(budget, spec<E>(doc)->latency_budget_ms.value_or(0)); });
    auto* pipe = form::choiceField(
        {{QObject::tr("End to end (decode, resize, NMS)"), "end_to_end"}, {QObject::tr("Kernel only"), "kernel"}},
        [doc](const QString& v) { editSpec<E>(doc, QObject::tr("pipeline"), [v](E& e) { e.pipeline = v.toStdString(); }); });
    f.row(QObject::tr("Measure"), pipe, [pipe, doc] { form::setValue(pipe, q(spec<E>(doc)->pipeline)); });
}

void assumptionsForm(InspectorForm& f, Document* doc) {
    f.heading(QObject::tr("Assumptions"));
    auto edit = [doc](const QString& field, const std::function<void(Assumptions&)>& fn) {
        Workload w = doc->design().workload;
        fn(w.assumptions);
        doc->setWorkload(w, field);
    };
    auto* pue = form::realField(1.0, 3.0, 2, {}, [edit](double v) { edit(QObject::tr("PUE"), [v](Assumptions& a) { a.pue = v; }); });
    f.row(
        QObject::tr("PUE"), pue, [pue, doc] { form::setValue(pue, doc->design().workload.assumptions.pue); },
        QObject::tr("Facility power ÷ IT power."));
    auto* kwh = form::realField(0, 10, 3, QObject::tr(" $/kWh"),
                                [edit](double v) { edit(QObject::tr("energy price"), [v](Assumptions& a) { a.price_per_kWh_usd = v; }); });
    f.row(QObject::tr("Energy price"), kwh, [kwh, doc] { form::setValue(kwh, doc->design().workload.assumptions.price_per_kWh_usd); });
    auto* gpuh = form::realField(
        0, 1000, 2, QObject::tr(" $/GPU-hour"),
        [edit](double v) { edit(QObject::tr("GPU-hour price"), [v](Assumptions& a) { a.price_per_gpu_hour_usd = form::unsetIf(v, 0); }); },
        QObject::tr("not set"));
    f.row(QObject::tr("GPU-hour price"), gpuh,
          [gpuh, doc] { form::setValue(gpuh, doc->design().workload.assumptions.price_per_gpu_hour_usd.value_or(0)); });
}

} // namespace

void buildWorkloadForm(InspectorForm& f, Document* doc, const Catalog& cat) {
    f.heading(QObject::tr("Workload"));
    auto* kind = form::choiceField({{QObject::tr("None"), "none"},
                                    {QObject::tr("Training"), "training"},
                                    {QObject::tr("Serving (inference)"), "serving"},
                                    {QObject::tr("Edge video analytics"), "edge"}},
                                   [doc](const QString& k) {
                                       Workload w = doc->design().workload;
                                       if (k == "training") {
                                           TrainingWorkload t;
                                           t.model.library_id = "llama3-70b";
                                           w.spec = t;
                                       } else if (k == "serving") {
                                           ServingWorkload sv;
                                           sv.model.library_id = "llama3-70b";
                                           w.spec = sv;
                                       } else if (k == "edge") {
                                           EdgeWorkload e;
                                           e.model.library_id = "yolov8s";
                                           w.spec = e;
                                       } else {
                                           w.spec = std::monostate{};
                                       }
                                       doc->setWorkload(w, QObject::tr("workload kind"));
                                   });
    auto kindOf = [doc]() -> QString {
        const auto& s = doc->design().workload.spec;
        if (std::holds_alternative<TrainingWorkload>(s)) return "training";
        if (std::holds_alternative<ServingWorkload>(s)) return "serving";
        if (std::holds_alternative<EdgeWorkload>(s)) return "edge";
        return "none";
    };
    f.row(QObject::tr("Kind"), kind, [kind, kindOf] { form::setValue(kind, kindOf()); });
    const QString k = kindOf();
    if (k == "training") trainingForm(f, doc, cat);
    else if (k == "serving") servingForm(f, doc, cat);
    else if (k == "edge") edgeForm(f, doc, cat);
    if (k != "none") assumptionsForm(f, doc);
}

} // namespace cc::studio
