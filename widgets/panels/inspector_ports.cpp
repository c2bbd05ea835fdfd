// The inspector's fabric editors: what a link carries, and a server's port
// groups (fabric, count, add a catalog NIC, remove). Every change is one undo
// step through Document::editDesign; refusals show under the form.
#include "catalog/fabric_choices.h"
#include "document/document.h"
#include "panels/fabric_text.h"
#include "panels/form_fields.h"
#include "panels/inspector_widget.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QToolButton>

namespace cc::studio {

namespace {
QString q(const std::string& v) { return QString::fromStdString(v); }
std::string s(const QString& v) { return v.toStdString(); }

// Shows `cur` in a fabric drop-down, listing it first if the catalog does not sell it.
void showFabric(QComboBox* w, const PortSpeed& cur) {
    const QString key = q(choice_key(cur));
    if (w->findData(key) < 0) w->addItem(fabricChoiceText(cur), key);
    form::setValue(w, key);
}
} // namespace

QComboBox* InspectorWidget::fabricField(const PortFabric& like, std::function<void(const PortSpeed&)> commit) {
    QList<QPair<QString, QString>> items;
    for (const PortSpeed& c : fabric_choices(*catalog_, like)) items << qMakePair(fabricChoiceText(c), q(choice_key(c)));
    // A pick from a list is an undo step of its own (editDesign never merges).
    return form::choiceField(items, [commit](const QString& key) {
        if (auto to = choice_from_key(s(key))) commit(*to);
    });
}

void InspectorWidget::runFabricEdit(const QString& text, const std::function<std::string(Design&)>& edit) {
    const Design before = doc_->design();
    int scenarios = 0;
    const QString why = doc_->editDesign(edit, text, &scenarios);
    if (!why.isEmpty()) {
        form_.report(tr("Not changed: %1").arg(why));
        form_.refresh(); // the drop-down shows the fabric the design still has
        return;
    }
    form_.report({});
    if (scenarios > 0) emit message(tr("%1: %2").arg(text, changeSummary(compare_fabrics(before, doc_->design()), scenarios)));
}

void InspectorWidget::buildLinkFabric(const QString& link_id) {
    const Link* l = doc_->design().link(s(link_id));
    const Component* a = l ? doc_->design().component(l->a.component) : nullptr;
    const Port* pa = a ? a->port(l->a.port) : nullptr;
    if (!pa) return;
    // The fabric shown is end a's; end b may be slower (the link runs at the slower end).
    auto current = [this, link_id]() -> std::optional<PortSpeed> {
        const Link* x = doc_->design().link(s(link_id));
        const Component* c = x ? doc_->design().component(x->a.component) : nullptr;
        const Port* p = c ? c->port(x->a.port) : nullptr;
        if (!p) return std::nullopt;
        return PortSpeed{p->fabric, p->speed_Gbps};
    };
    auto* fab = fabricField(pa->fabric, [this, link_id](const PortSpeed& to) {
        runFabricEdit(tr("Change fabric of link %1").arg(link_id),
                      [this, link_id, to](Design& d) { return set_link_fabric(d, *catalog_, s(link_id), to); });
    });
    form_.row(
        tr("Fabric"), fab,
        [fab, current] {
            if (auto cur = current()) showFabric(fab, *cur);
        },
        tr("What the link carries, per cable per direction. Both ends change; when the family changes (Ethernet ↔ InfiniBand) "
           "the ports linked to them follow, and NICs and switches become the catalog part that sells the new fabric."));
}

void InspectorWidget::buildPorts(const QString& component_id) {
    const Component* c = doc_->design().component(s(component_id));
    if (!c) return;
    form_.heading(tr("Ports"));
    form_.note(tr("Cabled network ports are the server's scale-out bandwidth; NIC parts placed in its node group add theirs."));
    auto port = [this, component_id](const QString& pid) -> const Port* {
        const Component* x = doc_->design().component(s(component_id));
        return x ? x->port(s(pid)) : nullptr;
    };
    for (const Port& p : c->ports) {
        const QString pid = q(p.id);
        auto* fab = fabricField(p.fabric, [this, component_id, pid](const PortSpeed& to) {
            runFabricEdit(tr("Change fabric of port %1").arg(pid), [this, component_id, pid, to](Design& d) {
                return retype_port_group(d, *catalog_, {s(component_id), s(pid)}, to);
            });
        });
        if (fab->count() == 0) fab->setEnabled(false); // a WAN or Infinity Fabric port: nothing to choose from
        auto* count = form::intField(1, 100000, {}, [this, component_id, pid](int v) {
            doc_->editComponents(
                {component_id},
                [pid, v](Component& x) {
                    for (Port& y : x.ports)
                        if (y.id == s(pid)) y.count = v;
                },
                tr("port count"));
        });
        count->setPrefix(QStringLiteral("× "));
        count->setSuffix(tr(" ports"));
        count->setObjectName(QStringLiteral("count:") + pid);
        count->setAccessibleName(tr("Ports in group %1").arg(pid));
        count->setToolTip(tr("Identical ports in this group."));
        auto* remove = new QToolButton;
        remove->setText(QStringLiteral("✕"));
        remove->setObjectName(QStringLiteral("remove:") + pid);
        remove->setAccessibleName(tr("Remove port group %1").arg(pid));
        remove->setToolTip(tr("Remove this port group and the links on it."));
        connect(remove, &QToolButton::clicked, this, [this, component_id, pid] {
            runFabricEdit(tr("Remove port group %1").arg(pid), [component_id, pid](Design& d) -> std::string {
                return remove_port_group(d, s(component_id), s(pid)) < 0 ? "there is no port '" + s(pid) + "'" : std::string();
            });
        });
        // Two lines per group, so the narrow dock never scrolls sideways.
        form_.row(pid, fab, [fab, port, pid] {
            if (const Port* x = port(pid)) showFabric(fab, {x->fabric, x->speed_Gbps});
        });
        fab->setObjectName(QStringLiteral("fabric:") + pid); // row() named it after the label
        fab->setAccessibleName(tr("Fabric of port %1").arg(pid));
        auto* line = new QWidget;
        auto* lay = new QHBoxLayout(line);
        lay->setContentsMargins(0, 0, 0, 0);
        lay->addWidget(count);
        lay->addStretch(1);
        lay->addWidget(remove);
        form_.form->addRow(QString(), line);
        form_.refreshers.push_back([count, port, pid] {
            if (const Port* x = port(pid)) form::setValue(count, x->count);
        });
        form_.refreshers.back()();
    }
    if (c->kind != ComponentKind::Node && c->kind != ComponentKind::CpuHost) return;
    QList<QPair<QString, QString>> nics{{tr("Add a NIC…"), QString()}};
    for (const EntryInfo* e : catalog_->entries(CatalogKind::Nic)) nics << qMakePair(q(e->name), q(e->id));
    auto* add = form::choiceField(nics, [this, component_id](const QString& nic) {
        if (nic.isEmpty()) return;
        runFabricEdit(tr("Add NIC ports"),
                      [this, component_id, nic](Design& d) { return add_nic_ports(d, *catalog_, s(component_id), s(nic)); });
    });
    form_.row(
        tr("Add NIC"), add, [add] { form::setValue(add, QString()); },
        tr("Adds the NIC's ports to this server as a new port group (link it to a switch to use it)."));
}

} // namespace cc::studio
