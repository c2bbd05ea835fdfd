#include "panels/palette_widget.h"

#include "canvas/canvas_style.h"
#include "canvas/design_view.h"
#include "catalog/catalog.h"
#include "panels/catalog_text.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QLineEdit>
#include <QMimeData>
#include <QResizeEvent>
#include <QStyledItemDelegate>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace cc::studio {

namespace {

constexpr int kIdRole = Qt::UserRole + 1;
constexpr int kSearchRole = Qt::UserRole + 2;

/// Long part names wrap onto a second line instead of being cut
/// ("NVIDIA H200 NVL 141G…" in a 250 px dock). QTreeView does not measure
/// wrapped rows itself: the height is computed for the width the row really has.
class WrapDelegate : public QStyledItemDelegate {
public:
    explicit WrapDelegate(QTreeView* view) : QStyledItemDelegate(view), view_(view) {}
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override {
        QStyleOptionViewItem opt(option);
        initStyleOption(&opt, index);
        int depth = view_->rootIsDecorated() ? 1 : 0;
        for (QModelIndex p = index.parent(); p.isValid(); p = p.parent()) ++depth;
        opt.rect = QRect(0, 0, std::max(60, view_->viewport()->width() - view_->indentation() * depth), 1000);
        opt.features |= QStyleOptionViewItem::WrapText;
        const QWidget* w = opt.widget ? opt.widget : view_;
        return w->style()->sizeFromContents(QStyle::CT_ItemViewItem, &opt, QSize(), w);
    }

private:
    QTreeView* view_;
};

/// A tree whose leaves drag as catalog ids.
class PartTree : public QTreeWidget {
public:
    explicit PartTree(QWidget* parent) : QTreeWidget(parent) {
        setItemDelegate(new WrapDelegate(this));
        setWordWrap(true);
        setTextElideMode(Qt::ElideNone);
    }

protected:
    void resizeEvent(QResizeEvent* e) override {
        QTreeWidget::resizeEvent(e);
        if (e->size().width() != e->oldSize().width()) scheduleDelayedItemsLayout(); // rows re-wrap
    }
    QStringList mimeTypes() const override { return {QString::fromLatin1(kPartMimeType)}; }
    QMimeData* mimeData(const QList<QTreeWidgetItem*>& items) const override {
        if (items.isEmpty() || items.front()->data(0, kIdRole).toString().isEmpty()) return nullptr;
        auto* m = new QMimeData;
        const QString id = items.front()->data(0, kIdRole).toString();
        m->setData(QString::fromLatin1(kPartMimeType), id.toUtf8());
        m->setText(id);
        return m;
    }
};

struct Category {
    const char* title;
    std::vector<CatalogKind> kinds;
};

const std::vector<Category>& categories() {
    static const std::vector<Category> c = {
        {QT_TRANSLATE_NOOP("Palette", "Accelerators"), {CatalogKind::Accelerator}},
        {QT_TRANSLATE_NOOP("Palette", "Nodes and hosts"), {CatalogKind::Node, CatalogKind::CpuHost}},
        {QT_TRANSLATE_NOOP("Palette", "Network"), {CatalogKind::Switch, CatalogKind::Nic}},
        {QT_TRANSLATE_NOOP("Palette", "Storage"), {CatalogKind::Storage}},
        {QT_TRANSLATE_NOOP("Palette", "Edge devices"), {CatalogKind::EdgeDevice}},
        {QT_TRANSLATE_NOOP("Palette", "Streams, WAN and cloud"), {CatalogKind::Camera, CatalogKind::WanLink, CatalogKind::CloudRegion}},
    };
    return c;
}

} // namespace

PaletteWidget::PaletteWidget(const Catalog* catalog, QWidget* parent)
    : QWidget(parent), catalog_(catalog), search_(new QLineEdit(this)), tree_(new PartTree(this)) {
    auto* lay = new QVBoxLayout(this);
    lay->setContentsMargins(4, 4, 4, 4);
    lay->setSpacing(4);
    search_->setPlaceholderText(tr("Search parts (name, vendor, spec)…"));
    search_->setClearButtonEnabled(true);
    search_->setAccessibleName(tr("Search parts"));
    lay->addWidget(search_);
    lay->addWidget(tree_);
    tree_->setHeaderHidden(true);
    tree_->setColumnCount(1);
    tree_->setIconSize(QSize(24, 24));
    tree_->setDragEnabled(true);
    tree_->setDragDropMode(QAbstractItemView::DragOnly);
    tree_->setSelectionMode(QAbstractItemView::SingleSelection);
    tree_->setUniformRowHeights(false); // wrapped names take two lines
    tree_->setAccessibleName(tr("Parts palette"));
    connect(search_, &QLineEdit::textChanged, this, &PaletteWidget::setFilter);
    connect(tree_, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* it) {
        const QString id = it->data(0, kIdRole).toString();
        if (!id.isEmpty()) emit partActivated(id);
    });
    rebuild();
}

void PaletteWidget::rebuild() {
    tree_->clear();
    QFont bold = tree_->font();
    bold.setBold(true);
    for (const Category& cat : categories()) {
        auto* head = new QTreeWidgetItem(tree_, {QCoreApplication::translate("Palette", cat.title)});
        head->setFont(0, bold);
        head->setFlags(Qt::ItemIsEnabled);
        for (CatalogKind k : cat.kinds) {
            const auto ck = component_kind_of(k);
            for (const EntryInfo* e : catalog_->entries(k)) {
                const QString id = QString::fromStdString(e->id);
                auto* it = new QTreeWidgetItem(head, {QString::fromStdString(e->name)});
                if (ck) it->setIcon(0, style::kindIcon(*ck));
                it->setData(0, kIdRole, id);
                const QString specs = keySpecs(*catalog_, id);
                it->setData(0, kSearchRole, (QString::fromStdString(e->name + " " + e->id + " " + e->vendor) + " " + specs).toLower());
                it->setToolTip(0, entryTooltip(*catalog_, id));
                it->setStatusTip(0, specs);
                it->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled);
            }
        }
        head->setExpanded(true);
    }
    setFilter(search_->text());
}

void PaletteWidget::setFilter(const QString& text) {
    const QStringList words = text.toLower().split(' ', Qt::SkipEmptyParts);
    for (int i = 0; i < tree_->topLevelItemCount(); ++i) {
        QTreeWidgetItem* head = tree_->topLevelItem(i);
        int shown = 0;
        for (int j = 0; j < head->childCount(); ++j) {
            QTreeWidgetItem* it = head->child(j);
            const QString hay = it->data(0, kSearchRole).toString();
            bool match = true;
            for (const QString& w : words) match = match && hay.contains(w);
            it->setHidden(!match);
            shown += match ? 1 : 0;
        }
        head->setHidden(shown == 0);
        if (!words.isEmpty()) head->setExpanded(true);
    }
}

int PaletteWidget::visibleEntryCount() const {
    int n = 0;
    for (int i = 0; i < tree_->topLevelItemCount(); ++i)
        for (int j = 0; j < tree_->topLevelItem(i)->childCount(); ++j) n += tree_->topLevelItem(i)->child(j)->isHidden() ? 0 : 1;
    return n;
}

} // namespace cc::studio
