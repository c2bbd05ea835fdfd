#pragma once
// The parts palette: every catalog entry by category with icon, name and key
// specs; a search field filters as you type; drag onto the canvas to create
// a component, double-click to add it at the view centre.
#include <QWidget>

class QLineEdit;
class QTreeWidget;
class QTreeWidgetItem;

namespace cc {
class Catalog;
}

namespace cc::studio {

class PaletteWidget : public QWidget {
    Q_OBJECT
public:
    explicit PaletteWidget(const Catalog* catalog, QWidget* parent = nullptr);
    void rebuild();
    /// Shows only entries whose name, id, vendor or specs contain every word.
    void setFilter(const QString& text);
    QLineEdit* searchField() const { return search_; }
    QTreeWidget* tree() const { return tree_; }
    int visibleEntryCount() const;

signals:
    void partActivated(const QString& catalog_id);

private:
    const Catalog* catalog_;
    QLineEdit* search_;
    QTreeWidget* tree_;
};

} // namespace cc::studio
