#pragma once
// Scenarios side by side: each scenario's canvas thumbnail, headline metrics
// with green/red deltas against a chosen baseline, and their breakdowns and
// growth (or latency) curves overlaid on the same axes.
#include "catalog/catalog.h"
#include "model/design.h"
#include "scoring/comparison_data.h"

#include <QFutureWatcher>
#include <QIcon>
#include <QList>
#include <QWidget>

class QComboBox;
class QLabel;
class QTableWidget;

namespace cc::studio {

class ChartView;

class ComparisonView : public QWidget {
    Q_OBJECT
public:
    explicit ComparisonView(const Catalog& cat, QWidget* parent = nullptr);

    /// Scores every scenario of `d` in the background and shows the result.
    void setDesign(const Design& d);
    /// Shows already computed data (tests, synchronous callers).
    void setData(const ComparisonData& computed, const Design& d);
    void setBaseline(int index);
    bool busy() const { return watcher_.isRunning(); }

    QTableWidget* table() const { return table_; }
    ChartView* breakdownChart() const { return breakdown_; }
    ChartView* curveChart() const { return curve_; }

signals:
    /// The user asked to open scenario `index` on the canvas (double-click on its column).
    void scenarioActivated(int index);

private:
    void fillTable();

    const Catalog& cat_;
    Design design_;
    ComparisonData data_;
    QList<QIcon> thumbnails_; // one per scenario of design_
    QFutureWatcher<ComparisonData> watcher_;
    QComboBox* baseline_;
    QLabel* status_;
    QTableWidget* table_;
    ChartView *breakdown_, *curve_;
};

} // namespace cc::studio
