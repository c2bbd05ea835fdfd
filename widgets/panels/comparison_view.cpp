#include "panels/comparison_view.h"

#include "canvas/design_image.h"
#include "charts/chart_view.h"
#include "model/scenarios.h"
#include "util/human_units.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace cc::studio {
namespace {

QString q(const std::string& s) { return QString::fromStdString(s); }

const QColor kBetter(0x1e, 0x84, 0x49), kWorse(0xc0, 0x39, 0x2b);

QTableWidgetItem* cell(const QString& text, Qt::Alignment align = Qt::AlignRight | Qt::AlignVCenter) {
    auto* it = new QTableWidgetItem(text);
    it->setTextAlignment(align);
    it->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    return it;
}

// "value" plus, against the baseline, "+12.3 % better" in green or red.
QTableWidgetItem* metricCell(const compare::Metric* m, const compare::Metric* base) {
    if (!m) return cell(QStringLiteral("—"));
    const QString text = q(compare::value_text(*m));
    auto* it = cell(text);
    const auto ch = compare::change(*m, base);
    if (!ch) return it;
    const QString pct = q(compare::delta_text(ch->relative));
    it->setText(text + QStringLiteral("\n") +
                (ch->verdict > 0   ? QObject::tr("%1 better").arg(pct)
                 : ch->verdict < 0 ? QObject::tr("%1 worse").arg(pct)
                                   : pct));
    if (ch->verdict != 0) it->setForeground(ch->verdict > 0 ? kBetter : kWorse);
    it->setToolTip(QObject::tr("%1 against the baseline").arg(pct));
    return it;
}

} // namespace

ComparisonView::ComparisonView(const Catalog& cat, QWidget* parent)
    : QWidget(parent), cat_(cat), baseline_(new QComboBox(this)), status_(new QLabel(this)), table_(new QTableWidget(this)),
      breakdown_(new ChartView(this)), curve_(new ChartView(this)) {
    setAccessibleName(tr("Scenario comparison"));
    auto* lay = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    auto* label = new QLabel(tr("Compare against:"), this);
    label->setBuddy(baseline_);
    baseline_->setAccessibleName(tr("Baseline scenario"));
    baseline_->setSizeAdjustPolicy(QComboBox::AdjustToContents); // scenario names are short but must be whole
    top->addWidget(label);
    top->addWidget(baseline_);
    top->addSpacing(12);
    top->addWidget(status_, 1);
    lay->addLayout(top);

    table_->setAccessibleName(tr("Scenario metrics"));
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setWordWrap(true);
    table_->setIconSize(QSize(220, 124));
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    table_->horizontalHeader()->setMinimumSectionSize(200);
    table_->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto* charts = new QWidget(this);
    auto* chart_lay = new QHBoxLayout(charts);
    chart_lay->setContentsMargins(0, 0, 0, 0);
    chart_lay->addWidget(breakdown_, 1);
    chart_lay->addWidget(curve_, 1);
    breakdown_->setMinimumHeight(260);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(table_);
    split->addWidget(charts);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    lay->addWidget(split, 1);

    connect(baseline_, &QComboBox::currentIndexChanged, this, [this](int i) {
        if (i >= 0 && i < static_cast<int>(data_.table.scenarios.size())) {
            data_.table.baseline = static_cast<std::size_t>(i);
            fillTable();
        }
    });
    connect(table_->horizontalHeader(), &QHeaderView::sectionDoubleClicked, this, &ComparisonView::scenarioActivated);
    connect(&watcher_, &QFutureWatcher<ComparisonData>::finished, this, [this] {
        if (pending_) { // the design changed while scoring: score the newest, drop this result
            const Design next = std::move(*pending_);
            pending_.reset();
            startScoring(next);
            return;
        }
        setData(watcher_.result(), scoring_);
    });
}

ComparisonView::~ComparisonView() { stopScoring(); }

void ComparisonView::stopScoring() {
    pending_.reset();
    watcher_.waitForFinished();
}

void ComparisonView::setDesign(const Design& d) {
    // One job at a time, so waiting on the watcher really waits for every job
    // (a replaced future keeps running unwatched); the newest design goes next.
    if (watcher_.isRunning()) {
        pending_ = d;
        return;
    }
    startScoring(d);
}

void ComparisonView::startScoring(const Design& d) {
    scoring_ = d;
    status_->setText(tr("Scoring %n scenario(s)…", nullptr, static_cast<int>(scenario_count(d))));
    const Catalog* cat = &cat_;
    watcher_.setFuture(QtConcurrent::run([d, cat] { return computeComparison(d, *cat); }));
}

void ComparisonView::setData(const ComparisonData& computed, const Design& d) {
    design_ = d;
    const std::size_t keep = data_.table.scenarios.size() == computed.table.scenarios.size() ? data_.table.baseline : 0;
    data_ = computed;
    // Thumbnails once per scoring, not on every baseline change.
    thumbnails_.clear();
    for (std::size_t i = 0; i < scenario_count(d); ++i)
        thumbnails_ << QIcon(QPixmap::fromImage(renderDesignImage(scenario_design(d, i), QSize(220, 124))));
    data_.table.baseline = std::min(keep, data_.table.scenarios.empty() ? 0 : data_.table.scenarios.size() - 1);
    {
        const QSignalBlocker block(baseline_);
        baseline_->clear();
        baseline_->addItems(data_.names);
        baseline_->setCurrentIndex(static_cast<int>(data_.table.baseline));
    }
    status_->setText(data_.names.size() < 2 ? tr("This design has one scenario. Use Scenarios → Duplicate as new scenario to add variants.")
                                            : tr("%n scenario(s); double-click a column title to open that scenario.", nullptr,
                                                 static_cast<int>(data_.names.size())));
    fillTable();
    breakdown_->setSpec(data_.breakdown);
    curve_->setSpec(data_.curve);
}

void ComparisonView::setBaseline(int index) { baseline_->setCurrentIndex(index); }

void ComparisonView::fillTable() {
    const auto& t = data_.table;
    if (t.scenarios.empty()) {
        table_->clear();
        return;
    }
    const auto& base = t.scenarios[t.baseline];
    const auto rows = compare::rows(t);
    table_->clear();
    table_->setColumnCount(static_cast<int>(t.scenarios.size()));
    table_->setRowCount(1 + static_cast<int>(rows.size()) + 1); // canvas, metrics, bottleneck
    QStringList vlabels{tr("Canvas")};
    for (const auto* r : rows) vlabels << metricLabel(*r);
    vlabels << tr("Bottleneck / verdict");
    table_->setVerticalHeaderLabels(vlabels);
    const auto active = active_scenario(design_);
    for (int c = 0; c < static_cast<int>(t.scenarios.size()); ++c) {
        const auto& s = t.scenarios[static_cast<std::size_t>(c)];
        QString head = q(s.name);
        if (static_cast<std::size_t>(c) == t.baseline) head += tr(" (baseline)");
        auto* h = new QTableWidgetItem(head);
        if (static_cast<std::size_t>(c) == active) {
            QFont f = h->font();
            f.setBold(true);
            h->setFont(f);
            h->setToolTip(tr("On the canvas now"));
        }
        table_->setHorizontalHeaderItem(c, h);
        auto* thumb = cell({}, Qt::AlignCenter);
        thumb->setIcon(thumbnails_.value(c));
        table_->setItem(0, c, thumb);
        const bool is_base = &s == &base;
        for (int r = 0; r < static_cast<int>(rows.size()); ++r) {
            const std::string& key = rows[static_cast<std::size_t>(r)]->key;
            table_->setItem(1 + r, c, metricCell(s.metric(key), is_base ? nullptr : base.metric(key)));
        }
        auto* why = cell(s.ok ? q(s.bottleneck) : tr("Not scored: %1").arg(q(s.error)), Qt::AlignLeft | Qt::AlignTop);
        why->setToolTip(why->text());
        table_->setItem(table_->rowCount() - 1, c, why);
    }
    table_->setRowHeight(0, 132);
    table_->resizeRowsToContents();
    table_->setRowHeight(0, 132);
}

} // namespace cc::studio
