#include "panels/explanation_dialog.h"

#include "main/theme.h"
#include "util/human_units.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QTreeWidget>
#include <QVBoxLayout>

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
} // namespace

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
    tree_->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    tree_->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
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
    tree_->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    tree_->header()->setSectionResizeMode(1, QHeaderView::Interactive);
}

} // namespace cc::studio
