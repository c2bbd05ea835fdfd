#pragma once
// Shows how a number is computed: the explanation tree (formula in words,
// inputs with units and sources, the numbers it is built from).
#include "engine/explain.h"

#include <QDialog>

class QTreeWidget;
class QTreeWidgetItem;

namespace cc::studio {

class ExplanationDialog : public QDialog {
    Q_OBJECT
public:
    explicit ExplanationDialog(QWidget* parent = nullptr);
    /// Shows the subtree of `metric` (the whole tree when absent or empty).
    void showExplanation(const engine::Explanation& root, const QString& metric);
    QTreeWidget* tree() const { return tree_; }

private:
    void fitColumns();
    QTreeWidget* tree_;
};

/// Pixels column `column` of the explanation tree needs so no row's text is cut (for tests).
int explanationColumnNeed(const QTreeWidget* tree, int column);

/// "12.4 s", "80.0 GB" from a value and its unit key.
QString explainValueText(double v, const std::string& unit);

} // namespace cc::studio
