// Scenarios in the main window: the Scenarios menu and toolbar switcher, the
// comparison window, and presentation mode (which steps through scenarios
// with the arrow keys and restores the exact layout on Esc).
#include "canvas/design_view.h"
#include "document/document.h"
#include "main/main_window.h"
#include "panels/comparison_view.h"
#include "panels/results_panel.h"

#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QDockWidget>
#include <QInputDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

#include "model/scenarios.h"

#include <algorithm>

namespace cc::studio {

void MainWindow::buildScenarioActions(QToolBar* tb) {
    auto* menu = menuBar()->addMenu(tr("&Scenarios"));
    QAction* a = menu->addAction(tr("&Duplicate as new scenario…"), this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("New scenario"), tr("Name of the copy:"), QLineEdit::Normal,
                                                   QString::fromStdString(next_scenario_name(doc_->design())), &ok);
        if (!ok) return;
        QString error;
        if (!doc_->duplicateScenario(name, &error)) QMessageBox::warning(this, tr("New scenario"), error);
    });
    a->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    menu->addAction(tr("&Rename scenario…"), this, [this] {
        const int i = doc_->activeScenario();
        bool ok = false;
        const QString name =
            QInputDialog::getText(this, tr("Rename scenario"), tr("Name:"), QLineEdit::Normal, doc_->scenarioNames().value(i), &ok);
        if (!ok) return;
        QString error;
        if (!doc_->renameScenario(i, name, &error)) QMessageBox::warning(this, tr("Rename scenario"), error);
    });
    delete_scenario_ = menu->addAction(tr("De&lete scenario"), this, [this] {
        const int i = doc_->activeScenario();
        const auto answer = QMessageBox::question(this, tr("Delete scenario"),
                                                  tr("Delete scenario %1? You can undo this.").arg(doc_->scenarioNames().value(i)));
        if (answer != QMessageBox::Yes) return;
        QString error;
        if (!doc_->removeScenario(i, &error)) QMessageBox::warning(this, tr("Delete scenario"), error);
    });
    menu->addSeparator();
    prev_scenario_ = menu->addAction(tr("&Previous scenario"), this, [this] { stepScenario(-1); });
    prev_scenario_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp));
    next_scenario_ = menu->addAction(tr("&Next scenario"), this, [this] { stepScenario(+1); });
    next_scenario_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown));
    menu->addSeparator();
    a = menu->addAction(tr("&Compare scenarios…"), this, &MainWindow::showComparison);
    a->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    tb->addSeparator();
    tb->addAction(a);

    // In presentation mode the bare arrow keys step through scenarios.
    for (int step : {-1, +1}) {
        auto* arrow = new QAction(this);
        arrow->setShortcuts(step < 0 ? QList<QKeySequence>{Qt::Key_Left, Qt::Key_PageUp}
                                     : QList<QKeySequence>{Qt::Key_Right, Qt::Key_PageDown});
        arrow->setEnabled(false);
        connect(arrow, &QAction::triggered, this, [this, step] { stepScenario(step); });
        addAction(arrow);
        presentation_arrows_ << arrow;
    }

    auto* label = new QLabel(tr(" Scenario "), tb);
    scenario_box_ = new QComboBox(tb);
    scenario_box_->setAccessibleName(tr("Scenario on the canvas"));
    scenario_box_->setToolTip(tr("Which scenario of this design the canvas shows"));
    scenario_box_->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    label->setBuddy(scenario_box_);
    tb->addWidget(label);
    tb->addWidget(scenario_box_);
    connect(scenario_box_, &QComboBox::activated, this, [this](int i) { doc_->switchScenario(i); });
    connect(doc_, &Document::changed, this, [this](const ChangeEvent& e) {
        if (e.reset || e.scenarios) refreshScenarios();
    });
    refreshScenarios();
}

void MainWindow::refreshScenarios() {
    const QStringList names = doc_->scenarioNames();
    const int active = doc_->activeScenario();
    {
        const QSignalBlocker block(scenario_box_);
        scenario_box_->clear();
        scenario_box_->addItems(names);
        scenario_box_->setCurrentIndex(active);
    }
    scenario_box_->setEnabled(names.size() > 1);
    delete_scenario_->setEnabled(names.size() > 1);
    prev_scenario_->setEnabled(active > 0);
    next_scenario_->setEnabled(active + 1 < names.size());
    results_->setCaption(names.size() > 1 ? tr("Scenario %1 · %2 of %3   ← →").arg(names.value(active)).arg(active + 1).arg(names.size())
                                          : QString());
    if (compare_view_ && compare_view_->isVisible()) compare_view_->setDesign(doc_->design());
}

void MainWindow::stepScenario(int step) {
    const int target = doc_->activeScenario() + step;
    if (target < 0 || target >= doc_->scenarioNames().size()) return;
    doc_->switchScenario(target);
    statusBar()->showMessage(tr("Scenario %1").arg(doc_->scenarioNames().value(target)), 3000);
    if (presentation_) QTimer::singleShot(0, view_, &DesignView::zoomToFit);
}

void MainWindow::showComparison() {
    if (!compare_dialog_) {
        compare_dialog_ = new QDialog(this);
        compare_dialog_->setWindowTitle(tr("Compare scenarios"));
        compare_dialog_->resize(1280, 860);
        auto* lay = new QVBoxLayout(compare_dialog_);
        compare_view_ = new ComparisonView(catalog_, compare_dialog_);
        lay->addWidget(compare_view_);
        connect(compare_view_, &ComparisonView::scenarioActivated, this, [this](int i) { doc_->switchScenario(i); });
    }
    compare_view_->setDesign(doc_->design());
    compare_dialog_->show();
    compare_dialog_->raise();
    compare_dialog_->activateWindow();
}

void MainWindow::fitPresentationDock() {
    if (auto* results_dock = findChild<QDockWidget*>(QStringLiteral("ResultsDock")))
        resizeDocks({results_dock}, {static_cast<int>(width() * 0.42)}, Qt::Horizontal);
    // Cards as big as the screen allows while the picked chart still fits below them.
    results_->setPresentation(true, std::clamp(height() / 1080.0 * 1.6, 1.1, 1.6));
}

void MainWindow::setPresentationMode(bool on) {
    if (on == presentation_) return;
    presentation_ = on;
    auto* results_dock = findChild<QDockWidget*>(QStringLiteral("ResultsDock"));
    if (on) {
        layout_before_presentation_ = saveState();
        geometry_before_presentation_ = saveGeometry();
        for (QDockWidget* d : findChildren<QDockWidget*>()) d->setVisible(d == results_dock);
        for (QToolBar* t : findChildren<QToolBar*>()) t->hide();
        menuBar()->hide();
        // Big cards and one chart beside the canvas.
        if (results_dock) {
            addDockWidget(Qt::RightDockWidgetArea, results_dock);
            results_dock->show();
        }
        // The minimap dock is hidden with the others: the audience needs the design.
        showFullScreen();
        fitPresentationDock();
        QTimer::singleShot(0, view_, &DesignView::zoomToFit);
    } else {
        results_->setPresentation(false);
        showNormal();
        menuBar()->show();
        // Geometry first (some window systems do not restore it on showNormal), then the docks.
        restoreGeometry(geometry_before_presentation_);
        restoreState(layout_before_presentation_);
    }
    for (QAction* a : presentation_arrows_) a->setEnabled(on);
    if (presentation_action_ && presentation_action_->isChecked() != on) presentation_action_->setChecked(on);
}

} // namespace cc::studio
