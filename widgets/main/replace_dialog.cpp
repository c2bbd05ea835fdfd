#include "main/replace_dialog.h"

#include "catalog/fabric_choices.h"
#include "document/document.h"
#include "model/scenarios.h"
#include "panels/fabric_text.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace cc::studio {

namespace {
QString q(const std::string& v) { return QString::fromStdString(v); }
std::string s(const QString& v) { return v.toStdString(); }
} // namespace

ReplaceDialog::ReplaceDialog(Document* doc, const Catalog* catalog, const QStringList& components, const QStringList& links,
                             QWidget* parent)
    : QDialog(parent), doc_(doc), catalog_(catalog), target_(new QComboBox(this)), refusal_(new QLabel(this)) {
    setWindowTitle(tr("Replace everywhere"));
    auto* lay = new QVBoxLayout(this);
    auto* what = new QLabel(this);
    what->setWordWrap(true);
    lay->addWidget(what);
    const Design& d = doc_->design();
    if (const Component* c = components.isEmpty() ? nullptr : d.component(s(components.front()))) {
        from_ = q(c->catalog_id);
        const EntryInfo* from = catalog_->info(c->catalog_id);
        const auto uses =
            std::count_if(d.components.begin(), d.components.end(), [&](const Component& x) { return x.catalog_id == c->catalog_id; });
        what->setText(tr("Replace every “%1” (%n part(s) in this scenario) with:", nullptr, static_cast<int>(uses))
                          .arg(from ? q(from->name) : from_));
        for (const EntryInfo* e : catalog_->entries())
            if (component_kind_of(e->kind) == c->kind && e->id != c->catalog_id) target_->addItem(q(e->name), q(e->id));
    } else if (const Link* l = links.isEmpty() ? nullptr : d.link(s(links.front()))) {
        const Component* a = d.component(l->a.component);
        if (const Port* p = a ? a->port(l->a.port) : nullptr) {
            const PortSpeed from{p->fabric, p->speed_Gbps};
            fabric_ = true;
            from_ = q(choice_key(from));
            what->setText(tr("Replace %1 on every port and link that carries it with:").arg(fabricChoiceText(from)));
            for (const PortSpeed& choice : fabric_choices(*catalog_, p->fabric))
                if (!(choice == from)) target_->addItem(fabricChoiceText(choice), q(choice_key(choice)));
        }
    }
    target_->setAccessibleName(tr("Replace with"));
    lay->addWidget(target_);
    auto* note = new QLabel(tr("Links keep their ends. When the fabric family changes, the ports linked to the changed ones follow, "
                               "and NICs and switches become the catalog part that sells the new fabric."),
                            this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    lay->addWidget(note);
    if (scenario_count(d) > 1) {
        auto* all = new QCheckBox(tr("In all scenarios"), this);
        all->setChecked(doc_->editsAllScenarios());
        all->setToolTip(tr("The same switch as the inspector's “Edits apply to all scenarios”."));
        connect(all, &QCheckBox::toggled, doc_, &Document::setEditsAllScenarios);
        lay->addWidget(all);
    }
    refusal_->setWordWrap(true);
    refusal_->setStyleSheet(QStringLiteral("color: #b03a2e;"));
    refusal_->hide();
    lay->addWidget(refusal_);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Replace"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(target_->count() > 0);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (apply()) accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    lay->addWidget(buttons);
}

bool ReplaceDialog::apply() {
    const QString to = target_->currentData().toString();
    if (!hasOffer() || to.isEmpty()) return false;
    const Design before = doc_->design();
    int scenarios = 0;
    QString why;
    if (fabric_) {
        const auto f = choice_from_key(s(from_)), t = choice_from_key(s(to));
        if (!f || !t) return false;
        why = doc_->editDesign([&](Design& d) { return replace_fabric(d, *catalog_, *f, *t); },
                               tr("Replace %1 with %2").arg(fabricChoiceText(*f), fabricChoiceText(*t)), &scenarios);
    } else {
        why = doc_->editDesign([&](Design& d) { return replace_part(d, *catalog_, s(from_), s(to)); },
                               tr("Replace %1 with %2").arg(from_, to), &scenarios);
    }
    if (!why.isEmpty()) {
        refusal_->setText(tr("Not replaced: %1").arg(why));
        refusal_->show();
        return false;
    }
    refusal_->hide();
    summary_ = tr("Replaced: %1").arg(changeSummary(compare_fabrics(before, doc_->design()), scenarios));
    return true;
}

} // namespace cc::studio
