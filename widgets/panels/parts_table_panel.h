#pragma once
// The parts table: every component and link of the design in two keyboard-
// operable tables, for people who do not use a mouse or a screen reader's
// canvas. Arrows move, Enter or F2 edits (through the Document, so undoable),
// Delete removes the selected parts, and the selection follows the canvas
// both ways.
#include <QWidget>

class QTabWidget;
class QTableView;

namespace cc::studio {

class ComponentsTableModel;
class DesignScene;
class Document;
class LinksTableModel;
class PartsModelBase;

class PartsTablePanel : public QWidget {
    Q_OBJECT
public:
    PartsTablePanel(Document* doc, DesignScene* scene, QWidget* parent = nullptr);

    QTabWidget* tabs() const { return tabs_; }
    QTableView* componentsView() const { return components_view_; }
    QTableView* linksView() const { return links_view_; }
    ComponentsTableModel* componentsModel() const { return components_; }
    LinksTableModel* linksModel() const { return links_; }
    /// Removes the selected rows of `view` (or its current row) through the Document.
    bool deleteSelected(QTableView* view);
    /// Puts the keyboard in the visible table (the "go to parts table" shortcut).
    void focusTable();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QTableView* makeView(PartsModelBase* model, const QString& accessible_name);
    QStringList selectedIds(QTableView* view) const;
    void pushSelectionToCanvas(QTableView* from);
    void pullSelectionFromCanvas();
    /// Scrolls the canvas views so the first selected item is in sight.
    void showSelectionOnCanvas();

    Document* doc_;
    DesignScene* scene_;
    ComponentsTableModel* components_;
    LinksTableModel* links_;
    QTabWidget* tabs_;
    QTableView* components_view_;
    QTableView* links_view_;
    bool syncing_ = false;               // a selection change we are making ourselves
    QTableView* deleted_from_ = nullptr; // the table a Delete came from, while it runs
    int row_after_reset_ = -1;           // the row to select after that Delete
};

} // namespace cc::studio
