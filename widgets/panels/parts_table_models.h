#pragma once
// Table models of the design's components and links, for the keyboard-only
// parts table. They read the Document, follow its change events, and write
// edits back through it (so every edit is one undo step).
#include <QAbstractTableModel>
#include <QStringList>

namespace cc::studio {

class Document;
struct ChangeEvent;

/// Shared plumbing: one row per id, in design order; a structural change resets.
class PartsModelBase : public QAbstractTableModel {
    Q_OBJECT
public:
    explicit PartsModelBase(Document* doc, QObject* parent = nullptr);
    int rowCount(const QModelIndex& parent = {}) const override;
    QString idAt(int row) const { return row >= 0 && row < ids_.size() ? ids_[row] : QString(); }
    int rowOf(const QString& id) const { return static_cast<int>(ids_.indexOf(id)); }

protected:
    /// The ids the design holds now, in order.
    virtual QStringList currentIds() const = 0;
    /// Whether a change can alter rows that stayed (their text depends on it).
    virtual bool touches(const ChangeEvent& e) const = 0;
    /// Whether the change may add or remove rows (it names ids of this table).
    virtual bool rowsTouched(const ChangeEvent& e) const = 0;
    /// Reads the rows; derived constructors call it (virtuals are not ready in ours).
    void load() { ids_ = currentIds(); }
    Document* doc_;

private:
    void onChanged(const ChangeEvent& e);
    QStringList ids_;
};

class ComponentsTableModel : public PartsModelBase {
    Q_OBJECT
public:
    enum Column { Id, Label, Kind, CatalogEntry, Count, Group, ColumnCount };
    explicit ComponentsTableModel(Document* doc, QObject* parent = nullptr);
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

protected:
    QStringList currentIds() const override;
    bool touches(const ChangeEvent& e) const override;
    bool rowsTouched(const ChangeEvent& e) const override;
};

class LinksTableModel : public PartsModelBase {
    Q_OBJECT
public:
    enum Column { Id, From, To, Fabric, Bandwidth, Cables, Length, ColumnCount };
    explicit LinksTableModel(Document* doc, QObject* parent = nullptr);
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

protected:
    QStringList currentIds() const override;
    bool touches(const ChangeEvent& e) const override;
    bool rowsTouched(const ChangeEvent& e) const override;
};

} // namespace cc::studio
