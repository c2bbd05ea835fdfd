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

#include <optional>

class QComboBox;
class QLabel;
class QTableWidget;

namespace cc::studio {

class ChartView;

class ComparisonView : public QWidget {
    Q_OBJECT
public:
    explicit ComparisonView(const Catalog& cat, QWidget* parent = nullptr);
    ~ComparisonView() override;
    /// Drops a queued design and waits for the running job (it reads the
    /// catalog: the owner calls this before the catalog dies).
    void stopScoring();

    /// Scores every scenario of `d` in the background and shows the result.
    void setDesign(const Design& d);
    /// Shows already computed data (tests, synchronous callers).
    void setData(const ComparisonData& computed, const Design& d);
    void setBaseline(int index);
    bool busy() const { return watcher_.isRunning() || pending_.has_value(); }

    QTableWidget* table() const { return table_; }
    ChartView* breakdownChart() const { return breakdown_; }
    ChartView* curveChart() const { return curve_; }

signals:
    /// The user asked to open scenario `index` on the canvas (double-click on its column).
    void scenarioActivated(int index);

private:
    void fillTable();
    void startScoring(const Design& d);

    const Catalog& cat_;
    Design design_;
    ComparisonData data_;
    QList<QIcon> thumbnails_; // one per scenario of design_
    QFutureWatcher<ComparisonData> watcher_;
    Design scoring_;                // the design the running job scores
    std::optional<Design> pending_; // the newest design, scored when the job ends
    QComboBox* baseline_;
    QLabel* status_;
    QTableWidget* table_;
    ChartView *breakdown_, *curve_;
};

} // namespace cc::studio
