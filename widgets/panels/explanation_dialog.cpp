#include "panels/explanation_dialog.h"

#include "style/theme.h"
#include "util/human_units.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>

#include <QVBoxLayout>
#include <algorithm>

namespace cc::studio {

namespace {
QString q(const std::string& s) { return QString::fromStdString(s); }

void addNode(QTreeWidgetItem* parent, QTreeWidget* tree, const engine::Explanation& e) {
    QTreeWidgetItem* it = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(tree);
    it->setText(0, q(e.label));
    it->setText(1, explainValueText(e.value, e.unit));
    it->setText(2, q(e.formula));
    it->setToolTip(2, q(e.formula));
    QFont f = it->font(0);
    f.setBold(true);
    it->setFont(0, f);
    it->setFont(1, f);
    for (const auto& in : e.inputs) {
        auto* i = new QTreeWidgetItem(it);
        i->setText(0, q(in.name));
        i->setText(1, explainValueText(in.value, in.unit));
        i->setText(2, q(in.source));
        i->setToolTip(2, q(in.source));
        i->setForeground(2, mutedTextColour(tree->palette()));
    }
    for (const auto& c : e.children) addNode(it, tree, c);
}

/// Width a column needs for every row, folded ones included (ResizeToContents
/// measures only the rows on screen, so deeper names were cut when unfolded).
int neededWidth(const QTreeWidget* tree, int column) {
    int need = tree->header()->sectionSizeHint(column);
    for (QTreeWidgetItemIterator it(const_cast<QTreeWidget*>(tree)); *it; ++it) {
        int depth = 0;
        for (const QTreeWidgetItem* p = (*it)->parent(); p; p = p->parent()) ++depth;
        const int indent = column == 0 ? tree->indentation() * (depth + 1) : 0;
        need = std::max(need, indent + QFontMetrics((*it)->font(column)).horizontalAdvance((*it)->text(column)) + 16);
    }
    return need;
}
} // namespace

int explanationColumnNeed(const QTreeWidget* tree, int column) { return neededWidth(tree, column); }

QString explainValueText(double v, const std::string& unit) {
    if (unit == "B") return q(human::bytes(v));
    if (unit == "s") return q(human::duration(v));
    if (unit == "fraction" || unit == "ratio") return q(human::percent(v));
    return q(human::number(v)) + (unit.empty() ? QString() : " " + q(unit));
}

ExplanationDialog::ExplanationDialog(QWidget* parent) : QDialog(parent), tree_(new QTreeWidget(this)) {
    setWindowTitle(tr("How this number is computed"));
    resize(860, 520);
    auto* lay = new QVBoxLayout(this);
    tree_->setColumnCount(3);
    tree_->setHeaderLabels({tr("Quantity"), tr("Value"), tr("Formula / source")});
    tree_->setAlternatingRowColors(true);
    tree_->setWordWrap(true);
    lay->addWidget(tree_);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    lay->addWidget(buttons);
}

void ExplanationDialog::showExplanation(const engine::Explanation& root, const QString& metric) {
    tree_->clear();
    const engine::Explanation* e = metric.isEmpty() ? &root : root.find(metric.toStdString());
    addNode(nullptr, tree_, e ? *e : root);
    tree_->expandToDepth(1);
    fitColumns();
}

void ExplanationDialog::fitColumns() {
    // Quantity and value whole; the formula/source column gets the rest and wraps.
    // The quantity may take up to half of the dialog, then its names wrap too.
    auto* h = tree_->header();
    h->setSectionResizeMode(0, QHeaderView::Interactive);
    h->setSectionResizeMode(1, QHeaderView::Interactive);
    h->setStretchLastSection(true);
    const int avail = std::max(width(), 860) - 40;
    const int value = std::min(neededWidth(tree_, 1), avail / 4);
    h->resizeSection(1, value);
    h->resizeSection(0, std::min(neededWidth(tree_, 0), avail / 2));
}

} // namespace cc::studio
