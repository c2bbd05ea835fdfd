#include "panels/parts_table_panel.h"

#include "canvas/design_scene.h"
#include "document/document.h"
#include "panels/parts_table_models.h"

#include <QEvent>
#include <QGraphicsItem>
#include <QGraphicsView>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QScopedValueRollback>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace cc::studio {

namespace {
constexpr int kAutoSizeRowLimit = 2000; // sizing columns to contents reads every row
constexpr const char* kRowProperty = "cc_row_before_reset";
constexpr const char* kColumnProperty = "cc_column_before_reset";

PartsModelBase* modelOf(QTableView* v) { return static_cast<PartsModelBase*>(v->model()); }
} // namespace

PartsTablePanel::PartsTablePanel(Document* doc, DesignScene* scene, QWidget* parent)
    : QWidget(parent), doc_(doc), scene_(scene), components_(new ComponentsTableModel(doc, this)), links_(new LinksTableModel(doc, this)),
      tabs_(new QTabWidget(this)) {
    setAccessibleName(tr("Parts table"));
    auto* lay = new QVBoxLayout(this);
    lay->setContentsMargins(0, 0, 0, 0);
    lay->addWidget(tabs_);
    components_view_ = makeView(components_, tr("Components table"));
    links_view_ = makeView(links_, tr("Links table"));
    tabs_->addTab(components_view_, tr("&Components"));
    tabs_->addTab(links_view_, tr("&Links"));
    tabs_->setAccessibleName(tr("Parts table: components and links"));
    tabs_->setDocumentMode(true);
    connect(scene_, &QGraphicsScene::selectionChanged, this, [this] {
        if (!syncing_) pullSelectionFromCanvas(); // else it is our own push coming back
    });
    pullSelectionFromCanvas();
}

QTableView* PartsTablePanel::makeView(PartsModelBase* model, const QString& accessible_name) {
    auto* v = new QTableView(this);
    v->setModel(model);
    v->setAccessibleName(accessible_name);
    v->setSelectionBehavior(QAbstractItemView::SelectRows);
    v->setSelectionMode(QAbstractItemView::ExtendedSelection);
    v->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    v->setTabKeyNavigation(false); // Tab leaves the table, as in every other panel; arrows move inside
    v->setAlternatingRowColors(true);
    v->setWordWrap(false);
    v->verticalHeader()->hide();
    v->horizontalHeader()->setStretchLastSection(true);
    v->horizontalHeader()->setHighlightSections(false);
    v->installEventFilter(this);
    if (model->rowCount() < kAutoSizeRowLimit) v->resizeColumnsToContents();

    connect(v->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this, v] {
        if (!syncing_) pushSelectionToCanvas(v);
    });
    // A row-changing edit resets the model; keep the keyboard where it was.
    connect(model, &QAbstractItemModel::modelAboutToBeReset, v, [v] {
        v->setProperty(kRowProperty, v->currentIndex().row());
        v->setProperty(kColumnProperty, std::max(0, v->currentIndex().column()));
    });
    connect(model, &QAbstractItemModel::modelReset, this, [this, v, model] {
        if (model->rowCount() < kAutoSizeRowLimit) v->resizeColumnsToContents();
        const int rows = model->rowCount();
        const int row = std::min(v->property(kRowProperty).toInt(), rows - 1);
        const int column = v->property(kColumnProperty).toInt();
        if (v == deleted_from_) {
            // After Delete in the table the next row is selected, as in any list.
            deleted_from_ = nullptr;
            if (row_after_reset_ >= 0 && rows > 0) {
                const QModelIndex next = model->index(std::min(row_after_reset_, rows - 1), column);
                v->selectionModel()->setCurrentIndex(next, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
                return;
            }
        }
        QScopedValueRollback guard(syncing_, true);
        pullSelectionFromCanvas();
        if (row >= 0 && !v->currentIndex().isValid())
            v->selectionModel()->setCurrentIndex(model->index(row, column), QItemSelectionModel::NoUpdate);
    });
    return v;
}

QStringList PartsTablePanel::selectedIds(QTableView* view) const {
    QList<int> rows;
    for (const QModelIndex& i : view->selectionModel()->selectedRows()) rows << i.row();
    std::sort(rows.begin(), rows.end());
    QStringList ids;
    for (int r : rows) ids << modelOf(view)->idAt(r);
    return ids;
}

void PartsTablePanel::pushSelectionToCanvas(QTableView* from) {
    QScopedValueRollback guard(syncing_, true);
    const QStringList ids = selectedIds(from);
    scene_->selectIds(ids); // replaces the canvas selection, so the other table follows suit
    QTableView* other = from == components_view_ ? links_view_ : components_view_;
    other->selectionModel()->clearSelection();
    if (ids.size() == 1) showSelectionOnCanvas();
}

void PartsTablePanel::pullSelectionFromCanvas() {
    QScopedValueRollback guard(syncing_, true);
    const auto apply = [](QTableView* v, const QStringList& ids) {
        PartsModelBase* m = modelOf(v);
        QItemSelection sel;
        int first = -1;
        for (const QString& id : ids) {
            const int r = m->rowOf(id);
            if (r < 0) continue;
            sel.select(m->index(r, 0), m->index(r, m->columnCount() - 1));
            if (first < 0 || r < first) first = r;
        }
        v->selectionModel()->select(sel, QItemSelectionModel::ClearAndSelect);
        if (first >= 0) {
            const QModelIndex at = m->index(first, std::max(0, v->currentIndex().column()));
            v->selectionModel()->setCurrentIndex(at, QItemSelectionModel::NoUpdate);
            v->scrollTo(at);
        }
    };
    apply(components_view_, scene_->selectedComponentIds());
    apply(links_view_, scene_->selectedLinkIds());
}

void PartsTablePanel::showSelectionOnCanvas() {
    const QList<QGraphicsItem*> sel = scene_->selectedItems();
    if (sel.isEmpty()) return;
    for (QGraphicsView* v : scene_->views()) v->ensureVisible(sel.front(), 40, 40);
}

bool PartsTablePanel::deleteSelected(QTableView* view) {
    QStringList ids = selectedIds(view);
    int first_row = view->selectionModel()->selectedRows().isEmpty() ? view->currentIndex().row() : -1;
    if (ids.isEmpty() && first_row >= 0) ids << modelOf(view)->idAt(first_row);
    for (const QModelIndex& i : view->selectionModel()->selectedRows()) first_row = first_row < 0 ? i.row() : std::min(first_row, i.row());
    if (ids.isEmpty()) return false;
    deleted_from_ = view;
    row_after_reset_ = first_row;
    const bool removed = view == components_view_ ? doc_->removeItems(ids, {}, {}) : doc_->removeItems({}, ids, {});
    deleted_from_ = nullptr;
    row_after_reset_ = -1;
    return removed;
}

void PartsTablePanel::focusTable() {
    auto* v = qobject_cast<QTableView*>(tabs_->currentWidget());
    if (!v) return;
    v->setFocus(Qt::ShortcutFocusReason);
    if (!v->currentIndex().isValid() && v->model()->rowCount() > 0)
        v->selectionModel()->setCurrentIndex(v->model()->index(0, 0), QItemSelectionModel::NoUpdate);
}

bool PartsTablePanel::eventFilter(QObject* watched, QEvent* event) {
    auto* v = qobject_cast<QTableView*>(watched);
    // While a cell is edited its editor has the keys, so they never reach this filter.
    if (!v || event->type() != QEvent::KeyPress) return QWidget::eventFilter(watched, event);
    const auto* k = static_cast<QKeyEvent*>(event);
    if (k->key() == Qt::Key_Delete || k->key() == Qt::Key_Backspace) {
        deleteSelected(v);
        return true;
    }
    if (k->key() == Qt::Key_Return || k->key() == Qt::Key_Enter) {
        // Enter edits an editable cell (like F2); elsewhere it shows the part on the canvas.
        const QModelIndex at = v->currentIndex();
        if (at.isValid() && (at.flags() & Qt::ItemIsEditable)) v->edit(at);
        else if (at.isValid()) showSelectionOnCanvas();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace cc::studio
