#include "panels/inspector_widget.h"

#include "canvas/canvas_style.h"
#include "catalog/catalog.h"
#include "document/document.h"
#include "panels/catalog_text.h"
#include "panels/form_fields.h"
#include "style/theme.h"

#include "model/scenarios.h"

#include <QApplication>
#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace cc::studio {

namespace {
QString q(std::string_view s) { return QString::fromUtf8(s.data(), static_cast<int>(s.size())); }
std::string s(const QString& v) { return v.toStdString(); }
} // namespace

// ---- InspectorForm ----

void InspectorForm::heading(const QString& text) {
    auto* l = new QLabel(text);
    QFont f = l->font();
    f.setBold(true);
    l->setFont(f);
    l->setContentsMargins(0, 10, 0, 2);
    form->addRow(l);
}

void InspectorForm::note(const QString& text) {
    auto* l = new QLabel(text);
    l->setWordWrap(true);
    l->setTextFormat(Qt::RichText);
    l->setForegroundRole(QPalette::PlaceholderText); // muted, and follows the theme
    form->addRow(l);
}

void InspectorForm::row(const QString& label, QWidget* editor, std::function<void()> refresh, const QString& tip) {
    if (!tip.isEmpty()) editor->setToolTip(tip);
    editor->setAccessibleName(label);
    editor->setObjectName(label);
    if (label.isEmpty()) form->addRow(editor);
    else form->addRow(label, editor);
    if (refresh) {
        refresh();
        refreshers.push_back(std::move(refresh));
    }
}

void InspectorForm::refresh() {
    for (auto& r : refreshers) r();
}

// ---- InspectorWidget ----

InspectorWidget::InspectorWidget(Document* doc, const Catalog* catalog, QWidget* parent)
    : QWidget(parent), doc_(doc), catalog_(catalog), scroll_(new QScrollArea(this)), message_(new QLabel(this)),
      all_scenarios_(new QCheckBox(tr("Edits apply to all scenarios"), this)) {
    setAccessibleName(tr("Inspector"));
    auto* lay = new QVBoxLayout(this);
    lay->setContentsMargins(0, 0, 0, 0);
    // Scenarios are full copies: without this, ×13 on a group must be repeated in each.
    all_scenarios_->setObjectName(QStringLiteral("Edits apply to all scenarios"));
    all_scenarios_->setToolTip(tr("Every edit (fields, ×N, fabrics, Replace everywhere) changes the same parts, links and groups "
                                  "in every scenario of this design, as one undo step. Off: only the scenario on the canvas."));
    all_scenarios_->setContentsMargins(8, 4, 8, 0);
    all_scenarios_->setChecked(doc_->editsAllScenarios());
    connect(all_scenarios_, &QCheckBox::toggled, doc_, &Document::setEditsAllScenarios);
    connect(doc_, &Document::editsAllScenariosChanged, all_scenarios_, &QCheckBox::setChecked);
    lay->addWidget(all_scenarios_);
    scroll_->setWidgetResizable(true);
    scroll_->setFrameShape(QFrame::NoFrame);
    scroll_->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // rows wrap instead (see rebuild)
    lay->addWidget(scroll_, 1);
    message_->setWordWrap(true);
    message_->setStyleSheet(QStringLiteral("color: #b03a2e; padding: 4px;"));
    message_->hide();
    lay->addWidget(message_);
    form_.report = [this](const QString& m) {
        message_->setText(m);
        message_->setVisible(!m.isEmpty());
        if (!m.isEmpty()) emit message(m);
    };
    connect(doc_, &Document::changed, this, &InspectorWidget::onChanged);
    connect(doc_, &Document::notice, this, [this](const QString& m) { form_.report(m); }); // where the user looks
    rebuild();
}

void InspectorWidget::setSelection(const QStringList& components, const QStringList& links, const QStringList& groups) {
    if (components == comps_ && links == links_ && groups == groups_) return;
    comps_ = components;
    links_ = links;
    groups_ = groups;
    rebuild();
}

QString InspectorWidget::signature() const {
    // The page must be rebuilt when what it edits changes shape (not value).
    QString sig = comps_.join(',') + '|' + links_.join(',') + '|' + groups_.join(',') + '|';
    for (const auto& id : comps_)
        if (const Component* c = doc_->design().component(s(id))) sig += q(to_string(c->kind)) + q(c->catalog_id);
    sig += QString::number(static_cast<int>(doc_->design().workload.spec.index()));
    if (const ModelRef* m = doc_->design().workload.model()) sig += m->custom ? "custom" : "";
    if (comps_.size() == 1) // one row per port group
        if (const Component* c = doc_->design().component(s(comps_.front())))
            for (const Port& p : c->ports) sig += '|' + q(p.id);
    return sig;
}

void InspectorWidget::onChanged(const ChangeEvent&) {
    // Drop ids that no longer exist (deleted, undone).
    auto prune = [](QStringList& ids, auto exists) {
        ids.erase(std::remove_if(ids.begin(), ids.end(), [&](const QString& id) { return !exists(id); }), ids.end());
    };
    prune(comps_, [this](const QString& id) { return doc_->design().component(s(id)) != nullptr; });
    prune(links_, [this](const QString& id) { return doc_->design().link(s(id)) != nullptr; });
    prune(groups_, [this](const QString& id) { return doc_->design().group(s(id)) != nullptr; });
    all_scenarios_->setVisible(scenario_count(doc_->design()) > 1);
    if (signature() != signature_) rebuild();
    else form_.refresh();
}

QWidget* InspectorWidget::editor(const QString& label) const {
    return scroll_->widget() ? scroll_->widget()->findChild<QWidget*>(label) : nullptr;
}

void InspectorWidget::rebuild() {
    auto* page = new QWidget;
    form_.form = new QFormLayout(page);
    form_.form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form_.form->setRowWrapPolicy(QFormLayout::WrapLongRows); // a narrow dock puts the label above its field
    form_.form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    form_.form->setContentsMargins(8, 6, 8, 8);
    form_.refreshers.clear();
    form_.report({});
    all_scenarios_->setVisible(scenario_count(doc_->design()) > 1);
    if (!comps_.isEmpty()) buildComponents();
    else if (!links_.isEmpty()) buildLink();
    else if (!groups_.isEmpty()) buildGroup();
    else buildDesign();
    // An edit made from an editor on this page (the Part drop-down, say) rebuilds
    // the page while that editor is still inside its own signal: it must outlive
    // the call, so the old page goes later, never now. Keyboard focus moves to the
    // same field on the new page (noted before takeWidget() moves it away).
    QString focused;
    if (QWidget* f = QApplication::focusWidget(); f && scroll_->widget() && scroll_->widget()->isAncestorOf(f)) focused = f->objectName();
    if (QWidget* old = scroll_->takeWidget()) {
        old->hide();
        old->deleteLater();
    }
    scroll_->setWidget(page);
    signature_ = signature();
    if (!focused.isEmpty())
        if (QWidget* again = page->findChild<QWidget*>(focused)) again->setFocus(Qt::OtherFocusReason);
}

void InspectorWidget::buildComponents() {
    const Design& d = doc_->design();
    std::vector<const Component*> sel;
    for (const auto& id : comps_)
        if (const Component* c = d.component(s(id))) sel.push_back(c);
    if (sel.empty()) return;
    const Component& first = *sel.front();
    bool same_kind = true, same_entry = true;
    for (const Component* c : sel) {
        same_kind = same_kind && c->kind == first.kind;
        same_entry = same_entry && c->catalog_id == first.catalog_id;
    }
    auto edit = [this](const QString& field, std::function<void(Component&)> fn) { doc_->editComponents(comps_, fn, field); };
    // A pick from a list is an undo step of its own (spin-box runs merge).
    auto pick = [this](const QString& field, std::function<void(Component&)> fn) {
        doc_->editComponents(comps_, fn, field, Document::Steps::EachOwn);
    };
    auto get = [this]() -> const Component* { return comps_.isEmpty() ? nullptr : doc_->design().component(s(comps_.front())); };

    // Header: what it is, its key specs and where they come from.
    auto* head = new QLabel;
    head->setWordWrap(true);
    head->setTextFormat(Qt::RichText);
    // The header is rebuilt on every selection, so the theme's muted colour is current.
    const QString muted = mutedTextColour(palette()).name();
    if (sel.size() == 1) {
        head->setText(QStringLiteral("<b>%1</b><br><span style='color:%3'>%2</span>")
                          .arg(q(display_name(first.kind)), entryTooltip(*catalog_, q(first.catalog_id)), muted));
    } else {
        head->setText(
            tr("<b>%n parts selected</b><br><span style='color:#5d6d7e'>Edits apply to all; fields they do not share are hidden.</span>",
               nullptr, static_cast<int>(sel.size()))
                .replace(QLatin1String("#5d6d7e"), muted)); // keeps the translated source text unchanged
    }
    form_.form->addRow(head);

    if (sel.size() == 1) {
        auto* name = form::textField([this, edit](const QString& v) {
            if (v.isEmpty()) {
                form_.report(tr("Name: a part needs a name (it labels the canvas and the report)."));
                return false;
            }
            form_.report({});
            edit(tr("name"), [v](Component& c) { c.name = s(v); });
            return true;
        });
        form_.row(tr("Name"), name, [name, get] {
            if (const Component* c = get()) form::setValue(name, q(c->name));
        });
    }
    if (same_kind) {
        const auto ck = first.kind;
        QList<QPair<QString, QString>> entries;
        for (const EntryInfo* e : catalog_->entries())
            if (component_kind_of(e->kind) == ck) entries << qMakePair(q(e->name), q(e->id));
        auto* part = form::choiceField(entries, [this, pick](const QString& id) {
            const auto ports = catalog_->default_ports(s(id));
            pick(tr("part"), [id, ports](Component& c) {
                c.catalog_id = s(id);
                c.ports = ports;
            });
        });
        form_.row(tr("Part"), part, [part, get, same_entry] {
            if (const Component* c = get()) form::setValue(part, same_entry ? q(c->catalog_id) : QString());
        });
    }
    auto* count = form::intField(1, 1000000, {}, [edit](int v) { edit(tr("count"), [v](Component& c) { c.count = v; }); });
    form_.row(
        tr("Count"), count,
        [count, get] {
            if (const Component* c = get()) form::setValue(count, c->count);
        },
        tr("Identical parts drawn once (e.g. 16 cameras)."));

    if (!same_kind) return;
    if (first.kind == ComponentKind::Node || first.kind == ComponentKind::EdgeDevice) {
        form_.heading(tr("Accelerators"));
        QList<QPair<QString, QString>> accs{{tr("As catalogued"), QString()}};
        for (const EntryInfo* e : catalog_->entries(CatalogKind::Accelerator)) accs << qMakePair(q(e->name), q(e->id));
        auto* acc = form::choiceField(accs, [pick](const QString& id) {
            pick(tr("accelerator"),
                 [id](Component& c) { c.accelerator = id.isEmpty() ? std::nullopt : std::optional<std::string>(s(id)); });
        });
        form_.row(tr("Accelerator"), acc, [acc, get] {
            if (const Component* c = get()) form::setValue(acc, q(c->accelerator.value_or("")));
        });
        auto* n = form::intField(-1, 1024, {}, [edit](int v) {
            edit(tr("accelerator count"), [v](Component& c) { c.accelerator_count = v < 0 ? std::nullopt : std::optional<int>(v); });
        });
        n->setSpecialValueText(tr("as catalogued"));
        form_.row(
            tr("Accelerators"), n,
            [n, get] {
                if (const Component* c = get()) form::setValue(n, c->accelerator_count.value_or(-1));
            },
            tr("Accelerators per node; the catalog's count unless set."));
    }
    if (first.kind == ComponentKind::Node) {
        QList<QPair<QString, QString>> fabs{{tr("As catalogued"), QString()}};
        for (const EntryInfo* e : catalog_->entries(CatalogKind::Fabric)) fabs << qMakePair(q(e->name), q(e->id));
        auto* fab = form::choiceField(fabs, [pick](const QString& id) {
            pick(tr("scale-up fabric"),
                 [id](Component& c) { c.scale_up_fabric = id.isEmpty() ? std::nullopt : std::optional<std::string>(s(id)); });
        });
        form_.row(tr("Scale-up fabric"), fab, [fab, get] {
            if (const Component* c = get()) form::setValue(fab, q(c->scale_up_fabric.value_or("")));
        });
    }
    const bool has_modes = [&] {
        if (const auto* a = catalog_->accelerator(first.catalog_id)) return !a->power_modes.empty();
        if (const auto* e = catalog_->edge_device(first.catalog_id)) return !e->power_modes.empty();
        return false;
    }();
    if (has_modes && same_entry) {
        QList<QPair<QString, QString>> modes{{tr("Maximum"), QString()}};
        const auto* a = catalog_->accelerator(first.catalog_id);
        const auto* e = catalog_->edge_device(first.catalog_id);
        for (const PowerMode& m : a ? a->power_modes : e->power_modes)
            modes << qMakePair(QStringLiteral("%1 (%2 W)").arg(q(m.name)).arg(m.power_W), q(m.name));
        auto* mode = form::choiceField(modes, [pick](const QString& m) {
            pick(tr("power mode"), [m](Component& c) { c.power_mode = m.isEmpty() ? std::nullopt : std::optional<std::string>(s(m)); });
        });
        form_.row(tr("Power mode"), mode, [mode, get] {
            if (const Component* c = get()) form::setValue(mode, q(c->power_mode.value_or("")));
        });
    }
    if (first.kind == ComponentKind::Storage) {
        auto* cap = form::realField(
            0, 1e6, 1, tr(" TB"), [edit](double v) { edit(tr("capacity"), [v](Component& c) { c.capacity_TB = form::unsetIf(v, 0); }); },
            tr("as catalogued"));
        form_.row(tr("Capacity"), cap, [cap, get] {
            if (const Component* c = get()) form::setValue(cap, c->capacity_TB.value_or(0));
        });
    }
    if (first.kind == ComponentKind::CloudRegion) {
        auto* nodes = form::intField(0, 100000, tr(" nodes"), [edit](int v) {
            edit(tr("nodes rented"), [v](Component& c) { c.nodes = v > 0 ? std::optional<int>(v) : std::nullopt; });
        });
        nodes->setSpecialValueText(tr("on demand"));
        form_.row(tr("Nodes rented"), nodes, [nodes, get] {
            if (const Component* c = get()) form::setValue(nodes, c->nodes.value_or(0));
        });
    }
    if (sel.size() == 1 && (!first.ports.empty() || first.kind == ComponentKind::Node || first.kind == ComponentKind::CpuHost))
        buildPorts(comps_.front());
}

void InspectorWidget::buildLink() {
    const QString id = links_.front();
    auto get = [this, id]() { return doc_->design().link(s(id)); };
    const Link* l = get();
    if (!l) return;
    const Component* a = doc_->design().component(l->a.component);
    const Component* b = doc_->design().component(l->b.component);
    auto* head =
        new QLabel(QStringLiteral("<b>%1</b><br>%2 · %3 ↔ %4 · %5")
                       .arg(tr("Link"), q(a ? a->name : l->a.component), q(l->a.port), q(b ? b->name : l->b.component), q(l->b.port)));
    head->setWordWrap(true);
    form_.form->addRow(head);
    buildLinkFabric(id);
    auto* count = form::intField(1, 100000, tr(" cables"), [this, id](int v) {
        doc_->editLink(
            id, [v](Link& x) { x.count = v; }, tr("cables"));
    });
    form_.row(
        tr("Cables"), count,
        [count, get] {
            if (const Link* x = get()) form::setValue(count, x->count);
        },
        tr("Parallel cables drawn as one link."));
    auto* len = form::realField(
        0, 1e7, 1, tr(" m"),
        [this, id](double v) {
            doc_->editLink(
                id, [v](Link& x) { x.length_m = form::unsetIf(v, 0); }, tr("length"));
        },
        tr("not set"));
    form_.row(tr("Length"), len, [len, get] {
        if (const Link* x = get()) form::setValue(len, x->length_m.value_or(0));
    });
    auto* lat = form::realField(
        0, 1e7, 2, tr(" µs"),
        [this, id](double v) {
            doc_->editLink(
                id, [v](Link& x) { x.latency_us = form::unsetIf(v, 0); }, tr("latency"));
        },
        tr("fabric's own"));
    form_.row(
        tr("Extra latency"), lat,
        [lat, get] {
            if (const Link* x = get()) form::setValue(lat, x->latency_us.value_or(0));
        },
        tr("One-way latency added to the fabric's own (long cables, WAN hops)."));
}

void InspectorWidget::buildGroup() {
    const QString id = groups_.front();
    auto get = [this, id]() { return doc_->design().group(s(id)); };
    if (!get()) return;
    auto* head = new QLabel(QStringLiteral("<b>%1</b>").arg(tr("Group")));
    form_.form->addRow(head);
    auto* name = form::textField([this, id](const QString& v) {
        if (v.isEmpty()) {
            form_.report(tr("Name: a group needs a name."));
            return false;
        }
        form_.report({});
        doc_->editGroup(
            id, [v](Group& g) { g.name = s(v); }, tr("group name"));
        return true;
    });
    form_.row(tr("Name"), name, [name, get] {
        if (const Group* g = get()) form::setValue(name, q(g->name));
    });
    QList<QPair<QString, QString>> kinds;
    for (auto k : group_kind_names()) kinds << qMakePair(q(k).left(1).toUpper() + q(k).mid(1), q(k));
    auto* kind = form::choiceField(kinds, [this, id](const QString& k) {
        if (auto gk = group_kind_from(s(k)))
            doc_->editGroup(
                id, [gk](Group& g) { g.kind = *gk; }, tr("group kind"), Document::Steps::EachOwn);
    });
    form_.row(tr("Kind"), kind, [kind, get] {
        if (const Group* g = get()) form::setValue(kind, q(to_string(g->kind)));
    });
    auto* reps = form::intField(1, 1000000, {}, [this, id](int v) { doc_->setGroupReplicas(id, v); });
    reps->setPrefix(QStringLiteral("× "));
    form_.row(
        tr("Replicas"), reps,
        [reps, get] {
            if (const Group* g = get()) form::setValue(reps, g->replicas);
        },
        tr("This group stands for ×N identical copies everywhere: BOM, engine and report."));
    auto* budget = form::realField(
        0, 1e7, 1, tr(" kW"),
        [this, id](double v) {
            doc_->editGroup(
                id, [v](Group& g) { g.power_budget_W = form::unsetIf(v * 1000, 0); }, tr("power budget"));
        },
        tr("none"));
    form_.row(tr("Power budget"), budget, [budget, get] {
        if (const Group* g = get()) form::setValue(budget, g->power_budget_W.value_or(0) / 1000);
    });
    auto* units = form::intField(0, 60, tr(" U"), [this, id](int v) {
        doc_->editGroup(
            id, [v](Group& g) { g.rack_units = v > 0 ? std::optional<int>(v) : std::nullopt; }, tr("rack units"));
    });
    units->setSpecialValueText(tr("not set"));
    form_.row(tr("Rack height"), units, [units, get] {
        if (const Group* g = get()) form::setValue(units, g->rack_units.value_or(0));
    });
    auto* domain = new QCheckBox(tr("Trays share one NVLink domain"));
    domain->setAccessibleName(tr("NVLink domain"));
    connect(domain, &QCheckBox::clicked, this, [this, id](bool on) {
        doc_->editGroup(
            id, [on](Group& g) { g.scale_up_domain = on; }, tr("NVLink domain"));
    });
    form_.row(
        tr("Scale-up"), domain,
        [domain, get] {
            if (const Group* g = get()) {
                const QSignalBlocker block(domain);
                domain->setChecked(g->scale_up_domain);
            }
        },
        tr("Rack-scale systems (GB200/GB300 NVL72): every GPU in one copy of this group is one NVLink island for "
           "tensor, expert and context parallelism, up to the fabric's largest domain (72 for NVLink 5)."));
}

void InspectorWidget::buildDesign() {
    form_.heading(tr("Design"));
    auto* title = form::textField([this](const QString& v) {
        if (v.isEmpty()) {
            form_.report(tr("Title: the design needs a title (it heads the report)."));
            return false;
        }
        form_.report({});
        doc_->setTitle(v);
        return true;
    });
    form_.row(tr("Title"), title, [this, title] { form::setValue(title, q(doc_->design().title)); });
    if (!doc_->design().description.empty()) form_.note(q(doc_->design().description).toHtmlEscaped());
    buildWorkloadForm(form_, doc_, *catalog_);
}

} // namespace cc::studio
