#include "main/main_window.h"
#include "main/steady_widgets.h"

#include "canvas/canvas_style.h"
#include "canvas/design_scene.h"
#include "canvas/design_view.h"
#include "canvas/minimap.h"
#include "document/document.h"
#include "format/design_format.h"
#include "main/autosave.h"
#include "main/template_gallery.h"
#include "panels/comparison_view.h"
#include "panels/explanation_dialog.h"
#include "panels/findings_panel.h"
#include "panels/inspector_widget.h"
#include "panels/palette_widget.h"
#include "panels/parts_table_panel.h"
#include "panels/results_panel.h"
#include "scoring/score_service.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGraphicsItem>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QShowEvent>
#include <QStandardPaths>
#include <QStatusBar>
#include <QUndoView>

#include <algorithm>

namespace cc::studio {

namespace {
Catalog studioCatalog() {
    // Built-in entries plus the user's catalog, exactly as the CLI sees them.
    Catalog c = Catalog::builtin();
    std::vector<CatalogNotice> notices;
    const QString user = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + "/clustercanvas/catalog.json";
    if (QFileInfo::exists(user)) c.add_user_file(user.toStdString(), notices);
    return c;
}
} // namespace

MainWindow::MainWindow(const MainWindowOptions& opt, QWidget* parent)
    : QMainWindow(parent), opt_(opt), catalog_(studioCatalog()), doc_(new Document(this)) {
    setObjectName("MainWindow");
    setWindowIcon(QIcon(":/icons/app.svg"));
    setAcceptDrops(true);
    // The remembered price book, before any job reads the catalog.
    const QString price_book_problem = restorePriceBook();
    // Scoring first: it hears of each edit before the canvas and starts its worker
    // job at once, so the job runs while the canvas and panels take in the edit.
    scoring_ = new ScoreService(doc_, &catalog_, this);
    scene_ = new DesignScene(doc_, this);
    view_ = new DesignView(scene_, this);
    setCentralWidget(view_);
    autosave_ = new Autosave(doc_, opt_.autosave_folder, this);

    buildDocks();
    buildActions();

    // Sized once for their widest text, so scoring, zooming and checking do not relayout the window.
    zoom_label_ = steadyLabel(this, {tr("Zoom %1 %").arg(8888)});
    score_label_ = steadyLabel(this, {tr("Scoring…"), tr("Scored in %1 ms").arg(8888.8, 0, 'f', 1)});
    rules_label_ = steadyLabel(this, {tr("%n error(s)", nullptr, 888) + ", " + tr("%n warning(s)", nullptr, 888)});
    statusBar()->addPermanentWidget(rules_label_);
    statusBar()->addPermanentWidget(score_label_);
    statusBar()->addPermanentWidget(zoom_label_);
    connect(view_, &DesignView::zoomChanged, this, [this](double z) { zoom_label_->setText(tr("Zoom %1 %").arg(qRound(z * 100))); });
    connect(scene_, &DesignScene::statusMessage, this, [this](const QString& m) { statusBar()->showMessage(m, 6000); });
    connect(view_, &DesignView::designFileDropped, this, [this](const QString& p) {
        if (maybeSave()) openFile(p);
    });
    connect(scoring_, &ScoreService::scored, this, [this](const ScoreResult& r) {
        scene_->setHighlights(QSet<QString>(r.highlight.begin(), r.highlight.end()));
        scene_->setUtilisation(r.utilisation);
        score_label_->setText(r.cards.isEmpty() ? QString() : tr("Scored in %1 ms").arg(r.elapsed_ms, 0, 'f', 1));
    });
    connect(scoring_, &ScoreService::started, this, [this] { score_label_->setText(tr("Scoring…")); });
    connect(doc_, &Document::modifiedChanged, this, &MainWindow::updateTitle);
    connect(doc_, &Document::filePathChanged, this, &MainWindow::updateTitle);
    connect(doc_, &Document::changed, this, [this](const ChangeEvent& e) {
        if (e.title || e.reset) updateTitle();
    });

    resize(1600, 1000);
    if (opt_.restore_settings) {
        QSettings s;
        restoreGeometry(s.value("window/geometry").toByteArray());
        layout_restored_ = restoreState(s.value("window/state").toByteArray());
        minimap_dock_->setVisible(s.value(kMinimapKey, true).toBool());
    }
    updateTitle();
    zoom_label_->setText(tr("Zoom 100 %"));
    if (!price_book_problem.isEmpty()) statusBar()->showMessage(price_book_problem, 15000);
}

MainWindow::~MainWindow() {
    // Background jobs read catalog_ and the document snapshot: finish them before
    // members die (child QObjects such as the service are deleted only afterwards).
    scoring_->stop();
    findings_->stop();
    if (compare_view_) compare_view_->stopScoring();
    // Items and panels die in an unspecified order: no more cross-talk.
    scene_->blockSignals(true);
    doc_->blockSignals(true);
    scoring_->blockSignals(true);
}

void MainWindow::buildDocks() {
    auto dock = [this](const QString& title, const QString& name, QWidget* w, Qt::DockWidgetArea area) {
        auto* d = new QDockWidget(title, this);
        d->setObjectName(name); // saveState needs stable names
        d->setWidget(w);
        addDockWidget(area, d);
        return d;
    };
    palette_ = new PaletteWidget(&catalog_, this);
    connect(palette_, &PaletteWidget::partActivated, this, [this](const QString& id) {
        const QPointF centre = view_->mapToScene(view_->viewport()->rect().center()) - QPointF(66, 46);
        const QString added = doc_->addPart(id, centre, scene_->groupAt(centre));
        if (!added.isEmpty()) scene_->selectIds({added});
    });
    auto* pd = dock(tr("Parts"), "PaletteDock", palette_, Qt::LeftDockWidgetArea);
    pd->setMinimumWidth(250);
    // The overview sits under the parts, in a dock of its own: never over the design.
    minimap_dock_ = dock(tr("Overview"), "OverviewDock", new MiniMap(scene_, view_, this), Qt::LeftDockWidgetArea);
    splitDockWidget(pd, minimap_dock_, Qt::Vertical);
    minimapAction()->setText(tr("&Minimap"));
    connect(minimapAction(), &QAction::triggered, this, [this](bool on) {
        if (opt_.restore_settings) QSettings().setValue(kMinimapKey, on);
    });

    inspector_ = new InspectorWidget(doc_, &catalog_, this);
    connect(inspector_, &InspectorWidget::message, this, [this](const QString& m) { statusBar()->showMessage(m, 8000); });
    auto* id = dock(tr("Inspector"), "InspectorDock", inspector_, Qt::RightDockWidgetArea);
    id->setMinimumWidth(300);
    connect(scene_, &QGraphicsScene::selectionChanged, this,
            [this] { inspector_->setSelection(scene_->selectedComponentIds(), scene_->selectedLinkIds(), scene_->selectedGroupIds()); });

    undo_view_ = new QUndoView(doc_->undoStack(), this);
    undo_view_->setEmptyLabel(tr("Opened design"));
    undo_view_->setAccessibleName(tr("Edit history"));
    // Every push resets QUndoView's model; without uniform rows the view asks every
    // command's text for its size, so long sessions slowed down with each edit.
    undo_view_->setUniformItemSizes(true);
    auto* ud = dock(tr("History"), "HistoryDock", undo_view_, Qt::RightDockWidgetArea);
    tabifyDockWidget(id, ud);
    id->raise();

    results_ = new ResultsPanel(scoring_, this);
    connect(results_, &ResultsPanel::explainRequested, this, &MainWindow::showExplanation);
    auto* rd = dock(tr("Results"), "ResultsDock", results_, Qt::BottomDockWidgetArea);

    findings_ = new FindingsPanel(doc_, &catalog_, this);
    connect(findings_, &FindingsPanel::subjectActivated, this, [this](const QString& subject) {
        scene_->selectIds({subject});
        for (QGraphicsItem* it : scene_->selectedItems()) {
            view_->centerOn(it);
            break;
        }
    });
    auto* fd = dock(tr("Design rules"), "FindingsDock", findings_, Qt::BottomDockWidgetArea);
    tabifyDockWidget(rd, fd);
    // The keyboard route to every part; tabbed with the rules so the layout stays as it was.
    auto* parts = new PartsTablePanel(doc_, scene_, this);
    auto* td = dock(tr("Parts table"), "PartsTableDock", parts, Qt::BottomDockWidgetArea);
    tabifyDockWidget(fd, td);
    auto* go_table = new QAction(tr("Go to parts table"), this);
    go_table->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    connect(go_table, &QAction::triggered, this, [td, parts] {
        td->show();
        td->raise();
        parts->focusTable();
    });
    addAction(go_table);
    rd->raise();
    connect(findings_, &FindingsPanel::countsChanged, this, [this, fd](int errors, int warnings) {
        rules_label_->setText(tr("%n error(s)", nullptr, errors) + ", " + tr("%n warning(s)", nullptr, warnings));
        fd->setWindowTitle(errors + warnings ? tr("Design rules (%1)").arg(errors + warnings) : tr("Design rules"));
    });
}

QAction* MainWindow::minimapAction() const { return minimap_dock_->toggleViewAction(); }

void MainWindow::fitDocksToWindow() {
    auto* results = findChild<QDockWidget*>(QStringLiteral("ResultsDock"));
    auto* inspector = findChild<QDockWidget*>(QStringLiteral("InspectorDock"));
    auto* parts = findChild<QDockWidget*>(QStringLiteral("PaletteDock"));
    const auto share = [](int total, double f, int lo, int hi) { return std::clamp(static_cast<int>(total * f), lo, hi); };
    resizeDocks({results}, {share(height(), 0.42, 250, 470)}, Qt::Vertical);
    resizeDocks({parts, inspector}, {share(width(), 0.19, 250, 320), share(width(), 0.24, 300, 400)}, Qt::Horizontal);
    if (minimap_dock_->isVisible()) resizeDocks({minimap_dock_}, {share(height(), 0.16, 100, 170)}, Qt::Vertical);
}

void MainWindow::showEvent(QShowEvent* e) {
    QMainWindow::showEvent(e);
    if (docks_fitted_) return;
    docks_fitted_ = true;
    if (!layout_restored_) fitDocksToWindow();
}

void MainWindow::resizeEvent(QResizeEvent* e) {
    QMainWindow::resizeEvent(e);
    if (presentation_) fitPresentationDock();
}

void MainWindow::updateTitle() {
    QString name = doc_->displayName();
    if (!recovered_from_.isEmpty() && doc_->filePath().isEmpty()) name = tr("%1 (recovered)").arg(QFileInfo(recovered_from_).fileName());
    setWindowTitle(QStringLiteral("%1[*] — %2 — ClusterCanvas").arg(name, QString::fromStdString(doc_->design().title)));
    setWindowModified(doc_->isModified());
}

bool MainWindow::openFile(const QString& path, bool quiet, QString* error) {
    QString err;
    if (!doc_->load(path, &err)) {
        if (error) *error = err;
        if (!quiet)
            QMessageBox::warning(
                this, tr("Cannot open design"),
                tr("%1 could not be opened:\n\n%2\n\nThe current design is unchanged.").arg(QDir::toNativeSeparators(path), err));
        return false;
    }
    recovered_from_.clear();
    addRecent(QFileInfo(path).absoluteFilePath());
    view_->zoomToFit();
    updateTitle();
    return true;
}

bool MainWindow::newFromTemplate(const QString& resource_path) {
    if (resource_path.isEmpty()) {
        Design d;
        d.title = tr("Untitled design").toStdString();
        doc_->reset(d);
    } else {
        QFile f(resource_path);
        if (!f.open(QIODevice::ReadOnly)) return false;
        try {
            doc_->reset(format::read_design(f.readAll().toStdString()));
        } catch (const std::exception& e) {
            QMessageBox::warning(this, tr("Cannot open template"), QString::fromUtf8(e.what()));
            return false;
        }
    }
    recovered_from_.clear();
    view_->zoomToFit();
    updateTitle();
    return true;
}

bool MainWindow::save() {
    if (doc_->filePath().isEmpty()) return saveAs();
    QString err;
    if (!doc_->save(doc_->filePath(), &err)) {
        QMessageBox::critical(this, tr("Cannot save"), tr("The design was not saved:\n\n%1\n\nThe previous file is untouched.").arg(err));
        return false;
    }
    statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(doc_->filePath())), 4000);
    return true;
}

bool MainWindow::saveAs() {
    QString suggestion = !doc_->filePath().isEmpty() ? doc_->filePath() : recovered_from_;
    if (suggestion.isEmpty()) {
        QString base = QString::fromStdString(doc_->design().title).toLower().replace(QRegularExpression("[^a-z0-9]+"), "-");
        suggestion =
            QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + "/" + (base.isEmpty() ? "design" : base) + ".ccd";
    }
    QString path = QFileDialog::getSaveFileName(this, tr("Save design"), suggestion, tr("ClusterCanvas design (*.ccd)"));
    if (path.isEmpty()) return false;
    if (!path.endsWith(".ccd")) path += ".ccd";
    QString err;
    if (!doc_->save(path, &err)) {
        QMessageBox::critical(this, tr("Cannot save"), tr("The design was not saved:\n\n%1").arg(err));
        return false;
    }
    recovered_from_.clear();
    addRecent(path);
    updateTitle();
    return true;
}

bool MainWindow::maybeSave() {
    if (!doc_->isModified()) return true;
    const auto answer = QMessageBox::question(this, tr("Unsaved changes"), tr("Save the changes to %1 first?").arg(doc_->displayName()),
                                              QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save) return save();
    return answer == QMessageBox::Discard;
}

void MainWindow::offerRecovery() {
    const QList<RecoverableCopy> copies = autosave_->findRecoverable();
    for (const RecoverableCopy& c : copies) {
        const QString what = c.original_path.isEmpty() ? tr("an untitled design") : QDir::toNativeSeparators(c.original_path);
        QMessageBox box(QMessageBox::Question, tr("Recover unsaved work?"),
                        tr("ClusterCanvas did not close normally. An autosaved copy of %1 (“%2”) from %3 was found.")
                            .arg(what, c.title, QLocale().toString(c.saved_at, QLocale::ShortFormat)),
                        QMessageBox::NoButton, this);
        box.setInformativeText(tr("Recovering opens the copy as an unsaved design; your file on disk is not changed until you save."));
        auto* recover = box.addButton(tr("Recover"), QMessageBox::AcceptRole);
        auto* discard = box.addButton(tr("Discard copy"), QMessageBox::DestructiveRole);
        box.addButton(tr("Later"), QMessageBox::RejectRole);
        box.exec();
        if (box.clickedButton() == static_cast<QAbstractButton*>(recover)) {
            QString err;
            try {
                Design d = format::load_design_file(c.copy_path.toStdString());
                doc_->reset(std::move(d));
                recovered_from_ = c.original_path;
                // Mark it modified so closing asks before losing it again.
                doc_->undoStack()->resetClean();
                Autosave::forget(c);
                view_->zoomToFit();
                updateTitle();
            } catch (const std::exception& e) {
                QMessageBox::warning(this, tr("Cannot recover"), QString::fromUtf8(e.what()));
            }
            return; // one document per window
        }
        if (box.clickedButton() == static_cast<QAbstractButton*>(discard)) Autosave::forget(c);
    }
}

void MainWindow::addRecent(const QString& path) {
    QSettings s;
    QStringList files = s.value("recentFiles").toStringList();
    files.removeAll(path);
    files.prepend(path);
    while (files.size() > 10) files.removeLast();
    s.setValue("recentFiles", files);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu() {
    if (!recent_menu_) return;
    recent_menu_->clear();
    const QStringList files = QSettings().value("recentFiles").toStringList();
    for (const QString& f : files) {
        QAction* a = recent_menu_->addAction(QFileInfo(f).fileName(), this, [this, f] {
            if (maybeSave()) openFile(f);
        });
        a->setToolTip(QDir::toNativeSeparators(f));
        a->setEnabled(QFileInfo::exists(f));
    }
    recent_menu_->setEnabled(!files.isEmpty());
}

void MainWindow::showExplanation(const QString& metric) {
    const auto e = scoring_->latest().explanation;
    if (!e) {
        statusBar()->showMessage(tr("No explanation: the design has not been scored."), 4000);
        return;
    }
    if (!explain_) explain_ = new ExplanationDialog(this);
    explain_->showExplanation(*e, metric);
    explain_->show();
    explain_->raise();
}

void MainWindow::closeEvent(QCloseEvent* e) {
    if (!maybeSave()) {
        e->ignore();
        return;
    }
    if (opt_.restore_settings) {
        QSettings s;
        s.setValue("window/geometry", saveGeometry());
        s.setValue("window/state", saveState());
    }
    autosave_->discard();
    e->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* e) {
    if (e->mimeData()->hasUrls()) e->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* e) {
    for (const QUrl& u : e->mimeData()->urls())
        if (u.toLocalFile().endsWith(".ccd")) {
            if (maybeSave()) openFile(u.toLocalFile());
            e->acceptProposedAction();
            return;
        }
}

} // namespace cc::studio
