// Scenarios in the studio: switching is one undo step, the toolbar switcher
// follows the document, the comparison view shows every scenario with coloured
// deltas and overlaid charts, and presentation mode steps through scenarios
// with the arrow keys and restores the exact layout on Esc.
#include "canvas/design_view.h"
#include "charts/chart_view.h"
#include "model/scenarios.h"
#include "panels/comparison_view.h"
#include "panels/results_panel.h"
#include "panels/score_cards.h"
#include "scoring/comparison_data.h"
#include "scoring/score_service.h"
#include "studio_fixture.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QDockWidget>
#include <QKeyEvent>
#include <QMenuBar>
#include <QTableWidget>
#include <QTest>
#include <QToolBar>

using namespace cc;
using namespace cc::studio;
using testing::Studio;

namespace {
void key(QWidget* target, int k) {
    QKeyEvent down(QEvent::KeyPress, k, Qt::NoModifier);
    QKeyEvent up(QEvent::KeyRelease, k, Qt::NoModifier);
    // Shortcuts are matched on the ShortcutOverride → KeyPress path of the focus widget.
    QKeyEvent over(QEvent::ShortcutOverride, k, Qt::NoModifier);
    QApplication::sendEvent(target, &over);
    if (!over.isAccepted()) QApplication::sendEvent(target, &down);
    QApplication::sendEvent(target, &up);
}
} // namespace

TEST_CASE("switching, duplicating, renaming and deleting scenarios are undoable document edits", "[studio][scenarios]") {
    Studio s(testing::kPod);
    Document* doc = s.doc();
    REQUIRE(doc->scenarioNames() == QStringList{"H100", "H200", "B200"});
    REQUIRE(doc->activeScenario() == 0);
    const Design h100 = doc->design();

    CHECK(doc->switchScenario(2));
    CHECK(doc->design().components.front().catalog_id == "dgx-b200");
    CHECK(s.w->scenarioSwitcher()->currentText() == "B200");
    CHECK(doc->isModified());
    doc->undoStack()->undo();
    CHECK(doc->design() == h100);
    CHECK(s.w->scenarioSwitcher()->currentIndex() == 0);
    CHECK_FALSE(doc->switchScenario(0)); // already active: nothing pushed

    QString error;
    CHECK_FALSE(doc->duplicateScenario("H200", &error));
    CHECK(error.contains("already a scenario named"));
    REQUIRE(doc->duplicateScenario("H100 ×2", &error));
    CHECK(doc->scenarioNames() == QStringList{"H100", "H100 ×2", "H200", "B200"});
    CHECK(doc->activeScenario() == 1);
    REQUIRE(doc->renameScenario(1, "H100 big", &error));
    CHECK(doc->scenarioNames().value(1) == "H100 big");
    REQUIRE(doc->removeScenario(1, &error));
    CHECK(doc->scenarioNames() == QStringList{"H100", "H200", "B200"});
    // Three undos return to the file as opened.
    for (int i = 0; i < 3; ++i) doc->undoStack()->undo();
    CHECK(doc->design() == h100);

    // A plain design: duplicating names the original "A".
    Studio plain;
    REQUIRE(plain.doc()->scenarioNames().size() == 1);
    CHECK_FALSE(plain.w->scenarioSwitcher()->isEnabled());
    REQUIRE(plain.doc()->duplicateScenario("B", &error));
    CHECK(plain.doc()->scenarioNames() == QStringList{"A", "B"});
    CHECK(plain.w->scenarioSwitcher()->isEnabled());
}

TEST_CASE("the canvas and scores follow the scenario switch", "[studio][scenarios]") {
    Studio s(testing::kPod);
    s.w->scoring()->waitForIdle();
    const QString h100_step = s.w->results()->cards()->cards().value(0)->card().value;
    s.doc()->switchScenario(2);
    s.w->scoring()->waitForIdle();
    QApplication::processEvents();
    const QString b200_step = s.w->results()->cards()->cards().value(0)->card().value;
    CHECK_FALSE(b200_step.isEmpty());
    CHECK(b200_step != h100_step);
}

TEST_CASE("the comparison view shows every scenario with deltas and overlaid charts", "[studio][scenarios]") {
    Studio s(testing::kPod);
    const Design d = s.doc()->design();
    const ComparisonData data = computeComparison(d, s.w->catalog());
    REQUIRE(data.names == QStringList{"H100", "H200", "B200"});
    REQUIRE(data.scores.size() == 3);
    // Overlays: one bar per scenario with the same segments, one line per scenario.
    CHECK(data.breakdown.categories == data.names);
    REQUIRE_FALSE(data.breakdown.segments.isEmpty());
    for (const auto& seg : data.breakdown.segments) CHECK(seg.values.size() == 3);
    REQUIRE(data.curve.series.size() == 3);
    CHECK(data.curve.series[2].name == "B200");
    CHECK(data.curve.series[0].colour != data.curve.series[1].colour);

    ComparisonView view(s.w->catalog());
    view.resize(1200, 800);
    view.setData(data, d);
    QTableWidget* t = view.table();
    REQUIRE(t->columnCount() == 3);
    CHECK(t->horizontalHeaderItem(0)->text().contains("baseline"));
    CHECK_FALSE(t->item(0, 0)->icon().isNull()); // canvas thumbnail
    // Find the step-time row: B200 is faster → green "better".
    int step_row = -1;
    for (int r = 0; r < t->rowCount(); ++r)
        if (t->verticalHeaderItem(r)->text() == "Step time") step_row = r;
    REQUIRE(step_row >= 0);
    const QTableWidgetItem* b200 = t->item(step_row, 2);
    CHECK(b200->text().contains("better"));
    CHECK(b200->foreground().color() == QColor(0x1e, 0x84, 0x49));
    // Against B200 as baseline, H100 is slower → red "worse".
    view.setBaseline(2);
    CHECK(t->item(step_row, 0)->text().contains("worse"));
    CHECK(t->item(step_row, 0)->foreground().color() == QColor(0xc0, 0x39, 0x2b));
    CHECK(t->horizontalHeaderItem(2)->text().contains("baseline"));
    CHECK(view.curveChart()->spec().series.size() == 3);

    // The window's comparison scores in the background and fills the same table.
    s.w->showComparison();
    ComparisonView* live = s.w->comparisonView();
    REQUIRE(live);
    for (int i = 0; i < 200 && live->busy(); ++i) QTest::qWait(20);
    QApplication::processEvents();
    CHECK(live->table()->columnCount() == 3);
}

TEST_CASE("presentation mode: big cards, one chart, arrows step scenarios, Esc restores the layout", "[studio][scenarios]") {
    Studio s(testing::kPod);
    MainWindow* w = s.w.get();
    w->scoring()->waitForIdle();
    QTest::qWait(50); // let the dock layout settle around the score cards
    const QByteArray before = w->saveState();
    QList<bool> visible_before;
    const auto docks = w->findChildren<QDockWidget*>();
    for (auto* d : docks) visible_before << d->isVisible();
    auto* results_dock = w->findChild<QDockWidget*>("ResultsDock");
    REQUIRE(results_dock);
    const auto area_before = w->dockWidgetArea(results_dock);
    const QSize size_before = w->size();

    w->setPresentationMode(true);
    QApplication::processEvents();
    CHECK(w->presentationMode());
    CHECK_FALSE(w->menuBar()->isVisible());
    CHECK(w->dockWidgetArea(results_dock) == Qt::RightDockWidgetArea);
    for (auto* d : docks) CHECK(d->isVisible() == (d == results_dock));
    CHECK(w->results()->cards()->presentation());
    CHECK_FALSE(w->minimapDock()->isVisible());
    int charts_shown = 0;
    for (auto* c : w->results()->charts()) charts_shown += c->isVisible();
    CHECK(charts_shown == 1);

    key(w->view(), Qt::Key_Right);
    CHECK(w->document()->activeScenario() == 1);
    key(w->view(), Qt::Key_Right);
    CHECK(w->document()->activeScenario() == 2);
    key(w->view(), Qt::Key_Right); // at the end: stays
    CHECK(w->document()->activeScenario() == 2);
    key(w->view(), Qt::Key_Left);
    CHECK(w->document()->activeScenario() == 1);

    key(w->view(), Qt::Key_Escape);
    QTest::qWait(50);
    CHECK_FALSE(w->presentationMode());
    CHECK(w->menuBar()->isVisible());
    CHECK(w->dockWidgetArea(results_dock) == area_before);
    for (int i = 0; i < docks.size(); ++i) CHECK(docks[i]->isVisible() == visible_before[i]);
    CHECK(w->size() == size_before);
    CHECK(w->saveState() == before);
    CHECK_FALSE(w->results()->cards()->presentation());
    CHECK(w->minimapDock()->isVisible());
    // Outside presentation, bare arrows do not switch scenarios.
    key(w->view(), Qt::Key_Left);
    CHECK(w->document()->activeScenario() == 1);
}

TEST_CASE("comparison metric names come from the metric table, with throughput units", "[studio][scenarios]") {
    CHECK(metricLabel(compare::metric_of(compare::MetricId::StepTime_s, 1.0)) == "Step time");
    CHECK(metricLabel(compare::metric_of(compare::MetricId::TrainingTokens_per_s, 1.0)) == "Throughput (tokens/s)");
    CHECK(metricLabel(compare::metric_of(compare::MetricId::Fits, 1.0)) == "Fits the budget");
}

TEST_CASE("closing the window while scenarios are being scored waits for the scoring jobs", "[studio][scenarios]") {
    // The jobs read the window's catalog: destroying it under a running job crashed
    // now and then (seen when stepping scenarios quickly, then closing).
    for (int round = 0; round < 8; ++round) {
        Studio s(testing::kPod);
        s.doc()->switchScenario(1 + round % 2); // a new score starts on a worker thread
        s.w->showComparison();                  // and the comparison scores every scenario
        s.w->scoring()->stop();
        CHECK_FALSE(s.w->scoring()->busy());
        s.doc()->switchScenario(0); // after stop(), edits start no new job
        CHECK_FALSE(s.w->scoring()->busy());
    } // each window is destroyed here with the comparison job possibly still running
}
