#include "panels/parts_table_models.h"

#include "canvas/canvas_style.h"
#include "document/document.h"
#include "model/kinds.h"

#include <QLocale>

#include <algorithm>
#include <optional>

namespace cc::studio {

namespace {
QString q(const std::string& v) { return QString::fromStdString(v); }
QString q(std::string_view v) { return QString::fromUtf8(v.data(), static_cast<qsizetype>(v.size())); }

/// "gpu-node-1 · nic0": the end of a link as the canvas names it.
QString endText(const Design& d, const LinkEnd& e) {
    const Component* c = d.component(e.component);
    return QStringLiteral("%1 · %2").arg(c ? q(c->name) : q(e.component), q(e.port));
}
} // namespace

// ---- PartsModelBase ----

PartsModelBase::PartsModelBase(Document* doc, QObject* parent) : QAbstractTableModel(parent), doc_(doc) {
    connect(doc_, &Document::changed, this, &PartsModelBase::onChanged);
}

int PartsModelBase::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : static_cast<int>(ids_.size()); }

void PartsModelBase::onChanged(const ChangeEvent& e) {
    // Rows are ids, which come or go only with an edit that names them (or a
    // reset): a ×N edit need not list 5,000 ids to find they are the same.
    const QStringList now = e.reset || rowsTouched(e) ? currentIds() : ids_;
    if (e.reset || now != ids_) {
        // Rows came or went: a reset is simplest and the panel restores selection by id.
        beginResetModel();
        ids_ = now;
        endResetModel();
    } else if (touches(e) && !ids_.isEmpty()) {
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    }
}

// ---- ComponentsTableModel ----

ComponentsTableModel::ComponentsTableModel(Document* doc, QObject* parent) : PartsModelBase(doc, parent) { load(); }

QStringList ComponentsTableModel::currentIds() const {
    QStringList ids;
    for (const Component& c : doc_->design().components) ids << q(c.id);
    return ids;
}

bool ComponentsTableModel::touches(const ChangeEvent& e) const { return !e.components.isEmpty() || !e.groups.isEmpty(); }

bool ComponentsTableModel::rowsTouched(const ChangeEvent& e) const { return !e.components.isEmpty(); }

int ComponentsTableModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant ComponentsTableModel::headerData(int section, Qt::Orientation o, int role) const {
    if (o != Qt::Horizontal || role != Qt::DisplayRole) return QAbstractTableModel::headerData(section, o, role);
    switch (section) {
    case Id: return tr("ID");
    case Label: return tr("Label");
    case Kind: return tr("Kind");
    case CatalogEntry: return tr("Catalog entry");
    case Count: return tr("Count");
    case Group: return tr("Group (replicas)");
    default: return {};
    }
}

QVariant ComponentsTableModel::data(const QModelIndex& index, int role) const {
    const Component* c = doc_->design().component(idAt(index.row()).toStdString());
    if (!c) return {};
    if (role == Qt::EditRole) {
        if (index.column() == Label) return q(c->name);
        if (index.column() == Count) return c->count;
        return {};
    }
    if (role == Qt::DecorationRole && index.column() == Label) return style::kindIcon(c->kind);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) return {};
    switch (index.column()) {
    case Id: return q(c->id);
    case Label: return q(c->name);
    case Kind: return q(display_name(c->kind));
    case CatalogEntry: return q(c->catalog_id);
    case Count: return c->count;
    case Group: {
        const cc::Group* g = c->group.empty() ? nullptr : doc_->design().group(c->group);
        if (!g) return role == Qt::ToolTipRole ? tr("Top level") : QString();
        return g->replicas > 1 ? tr("%1 (×%2)").arg(q(g->name)).arg(g->replicas) : q(g->name);
    }
    default: return {};
    }
}

Qt::ItemFlags ComponentsTableModel::flags(const QModelIndex& index) const {
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.column() == Label || index.column() == Count) f |= Qt::ItemIsEditable;
    return f;
}

bool ComponentsTableModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (role != Qt::EditRole) return false;
    const QString id = idAt(index.row());
    if (id.isEmpty()) return false;
    if (index.column() == Label) {
        const QString name = value.toString().trimmed();
        if (name.isEmpty()) return false; // a part needs a name: it labels the canvas and the report
        return doc_->editComponents(
            {id}, [n = name.toStdString()](Component& c) { c.name = n; }, tr("name"));
    }
    if (index.column() == Count) {
        bool ok = false;
        const int n = value.toInt(&ok);
        if (!ok || n < 1) return false;
        return doc_->editComponents(
            {id}, [n](Component& c) { c.count = n; }, tr("count"));
    }
    return false;
}

// ---- LinksTableModel ----

LinksTableModel::LinksTableModel(Document* doc, QObject* parent) : PartsModelBase(doc, parent) { load(); }

QStringList LinksTableModel::currentIds() const {
    QStringList ids;
    for (const Link& l : doc_->design().links) ids << q(l.id);
    return ids;
}

// Link rows show component names and port speeds, so component edits touch them too.
bool LinksTableModel::touches(const ChangeEvent& e) const { return !e.links.isEmpty() || !e.components.isEmpty(); }

bool LinksTableModel::rowsTouched(const ChangeEvent& e) const { return !e.links.isEmpty(); }

int LinksTableModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant LinksTableModel::headerData(int section, Qt::Orientation o, int role) const {
    if (o != Qt::Horizontal || role != Qt::DisplayRole) return QAbstractTableModel::headerData(section, o, role);
    switch (section) {
    case Id: return tr("ID");
    case From: return tr("From");
    case To: return tr("To");
    case Fabric: return tr("Fabric");
    case Bandwidth: return tr("Bandwidth per cable, per direction");
    case Cables: return tr("Cables");
    case Length: return tr("Length (m)");
    default: return {};
    }
}

QVariant LinksTableModel::data(const QModelIndex& index, int role) const {
    const Design& d = doc_->design();
    const Link* l = d.link(idAt(index.row()).toStdString());
    if (!l) return {};
    if (role == Qt::EditRole) {
        if (index.column() == Cables) return l->count;
        if (index.column() == Length) return l->length_m.value_or(0.0);
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) return {};
    const Component* ca = d.component(l->a.component);
    const Component* cb = d.component(l->b.component);
    const Port* pa = ca ? ca->port(l->a.port) : nullptr;
    const Port* pb = cb ? cb->port(l->b.port) : nullptr;
    switch (index.column()) {
    case Id: return q(l->id);
    case From: return endText(d, l->a);
    case To: return endText(d, l->b);
    case Fabric: return pa ? style::fabricLabel(pa->fabric) : QString();
    case Bandwidth: return pa && pb ? style::bandwidthText(std::min(pa->speed_Gbps, pb->speed_Gbps)) : QString();
    case Cables: return l->count;
    case Length:
        if (l->length_m) return QLocale().toString(*l->length_m, 'g', 6);
        return role == Qt::ToolTipRole ? tr("Not set") : QString();
    default: return {};
    }
}

Qt::ItemFlags LinksTableModel::flags(const QModelIndex& index) const {
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.column() == Cables || index.column() == Length) f |= Qt::ItemIsEditable;
    return f;
}

bool LinksTableModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (role != Qt::EditRole) return false;
    const QString id = idAt(index.row());
    if (id.isEmpty()) return false;
    bool ok = false;
    if (index.column() == Cables) {
        const int n = value.toInt(&ok);
        if (!ok || n < 1) return false;
        return doc_->editLink(
            id, [n](Link& x) { x.count = n; }, tr("cables"));
    }
    if (index.column() == Length) {
        const double m = value.toDouble(&ok);
        if (!ok || m < 0) return false;
        // 0 clears the length, as in the inspector ("not set").
        return doc_->editLink(
            id, [m](Link& x) { x.length_m = m > 0 ? std::optional<double>(m) : std::nullopt; }, tr("length"));
    }
    return false;
}

} // namespace cc::studio
