// Menus, toolbar and the edit commands of the main window.
#include "canvas/design_scene.h"
#include "canvas/design_view.h"
#include "document/document.h"
#include "format/design_format.h"
#include "main/main_window.h"
#include "main/replace_dialog.h"
#include "main/steady_widgets.h"
#include "main/template_gallery.h"
#include "main/theme_menu.h"
#include "panels/palette_widget.h"
#include "panels/results_panel.h"
#include "report/report_writer.h"
#include "scoring/score_service.h"
#include "style/language.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QGraphicsItem>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>

#include <algorithm>

namespace cc::studio {

namespace {
constexpr const char* kFragmentMime = "application/x-clustercanvas-fragment";
std::string s(const QString& v) { return v.toStdString(); }
} // namespace

void MainWindow::buildActions() {
    auto* file = menuBar()->addMenu(tr("&File"));
    auto* tb = addToolBar(tr("Main"));
    tb->setObjectName("MainToolBar");
    tb->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    tb->setIconSize(QSize(18, 18));
    const auto icon = [this](QStyle::StandardPixmap p) { return style()->standardIcon(p); };

    QAction* a = file->addAction(icon(QStyle::SP_FileIcon), tr("&New from template…"), this, [this] {
        if (!maybeSave()) return;
        TemplateGallery g(this);
        if (g.exec() == QDialog::Accepted) newFromTemplate(g.chosen());
    });
    a->setShortcut(QKeySequence::New);
    tb->addAction(a);
    a = file->addAction(icon(QStyle::SP_DialogOpenButton), tr("&Open…"), this, [this] {
        if (!maybeSave()) return;
        const QString p = QFileDialog::getOpenFileName(this, tr("Open design"), {}, tr("ClusterCanvas design (*.ccd);;All files (*)"));
        if (!p.isEmpty()) openFile(p);
    });
    a->setShortcut(QKeySequence::Open);
    tb->addAction(a);
    recent_menu_ = file->addMenu(tr("Open &recent"));
    rebuildRecentMenu();
    a = file->addAction(icon(QStyle::SP_DialogSaveButton), tr("&Save"), this, &MainWindow::save);
    a->setShortcut(QKeySequence::Save);
    tb->addAction(a);
    a = file->addAction(tr("Save &as…"), this, &MainWindow::saveAs);
    a->setShortcut(QKeySequence::SaveAs);
    file->addAction(tr("&Import model (Hugging Face config.json)…"), this, &MainWindow::importModelDialog)->setObjectName("importModel");
    file->addSeparator();
    buildExportMenu(file);
    auto* prices = file->addMenu(tr("&Prices"));
    prices->addAction(tr("Use a &price book…"), this, &MainWindow::priceBookDialog)->setObjectName("priceBook");
    prices->addAction(tr("&Export the price list…"), this, &MainWindow::exportPriceListDialog)->setObjectName("exportPriceList");
    prices->addAction(tr("Back to &public list prices"), this, &MainWindow::clearPriceBook)->setObjectName("clearPriceBook");
    a = file->addAction(tr("Export customer &report (PDF)…"), this, &MainWindow::exportReport);
    a->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    file->addSeparator();
    a = file->addAction(tr("&Quit"), this, &QWidget::close);
    a->setShortcut(QKeySequence::Quit);
    tb->addSeparator();

    auto* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = doc_->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setIcon(icon(QStyle::SP_ArrowBack));
    QAction* redo = doc_->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    redo->setIcon(icon(QStyle::SP_ArrowForward));
    edit->addAction(undo);
    edit->addAction(redo);
    // The toolbar says "Undo"/"Redo" and names the edit in the tooltip: buttons
    // whose text followed every edit resized the toolbar and relaid the window out.
    addSteadyButton(tb, undo, tr("Undo"));
    addSteadyButton(tb, redo, tr("Redo"));
    edit->addSeparator();
    edit->addAction(tr("Cu&t"), this, &MainWindow::cutSelection)->setShortcut(QKeySequence::Cut);
    edit->addAction(tr("&Copy"), this, &MainWindow::copySelection)->setShortcut(QKeySequence::Copy);
    edit->addAction(tr("&Paste"), this, &MainWindow::paste)->setShortcut(QKeySequence::Paste);
    edit->addAction(tr("&Duplicate"), this, &MainWindow::duplicateSelection)->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    a = edit->addAction(tr("De&lete"), this, &MainWindow::deleteSelection);
    a->setShortcuts({QKeySequence::Delete, QKeySequence(Qt::Key_Backspace)});
    a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    view_->addAction(a); // Delete acts on the canvas only, not on text fields
    QAction* remove = a;
    edit->addAction(tr("Select &all"), this,
                    [this] {
                        for (QGraphicsItem* it : scene_->items()) it->setSelected(it->flags() & QGraphicsItem::ItemIsSelectable);
                    })
        ->setShortcut(QKeySequence::SelectAll);
    edit->addSeparator();
    edit->addAction(tr("&Group selection…"), this, &MainWindow::groupSelection)->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_G));
    QAction* replace = edit->addAction(tr("&Replace part everywhere…"), this, &MainWindow::replaceEverywhere);
    replace->setObjectName(QStringLiteral("replaceEverywhere"));
    replace->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    replace->setToolTip(tr("Replace the selected part's type, or the selected link's fabric, everywhere in the design"));
    a = edit->addAction(tr("Edits apply to all &scenarios"));
    a->setObjectName(QStringLiteral("editsAllScenarios"));
    a->setCheckable(true);
    a->setToolTip(tr("Every edit changes the same parts, links and groups in every scenario, as one undo step"));
    connect(a, &QAction::toggled, doc_, &Document::setEditsAllScenarios);
    connect(doc_, &Document::editsAllScenariosChanged, a, &QAction::setChecked);
    // The canvas's context menu: what acts on the clicked (or selected) items.
    view_->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(view_, &QWidget::customContextMenuRequested, this, [this, replace, remove](const QPoint& at) {
        QGraphicsItem* it = view_->itemAt(at);
        while (it && !(it->flags() & QGraphicsItem::ItemIsSelectable)) it = it->parentItem();
        if (it && !it->isSelected()) {
            scene_->clearSelection();
            it->setSelected(true);
        }
        QMenu menu(this);
        menu.addAction(replace);
        menu.addAction(remove);
        menu.exec(view_->viewport()->mapToGlobal(at));
    });
    auto* arrange = edit->addMenu(tr("A&rrange"));
    arrange->addAction(tr("Align left"), this, [this] { alignSelection(Qt::AlignLeft); });
    arrange->addAction(tr("Align top"), this, [this] { alignSelection(Qt::AlignTop); });
    arrange->addAction(tr("Align horizontal centres"), this, [this] { alignSelection(Qt::AlignHCenter); });
    arrange->addAction(tr("Align vertical centres"), this, [this] { alignSelection(Qt::AlignVCenter); });
    arrange->addAction(tr("Distribute horizontally"), this, [this] { distributeSelection(Qt::Horizontal); });
    arrange->addAction(tr("Distribute vertically"), this, [this] { distributeSelection(Qt::Vertical); });
    edit->addSeparator();
    a = edit->addAction(tr("Find part…"), this, [this] {
        palette_->parentWidget()->show();
        palette_->searchField()->setFocus();
        palette_->searchField()->selectAll();
    });
    a->setShortcut(QKeySequence::Find);

    auto* view = menuBar()->addMenu(tr("&View"));
    a = view->addAction(icon(QStyle::SP_TitleBarMaxButton), tr("Zoom to &fit"), view_, &DesignView::zoomToFit);
    a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    tb->addSeparator();
    tb->addAction(a);
    view->addAction(tr("Zoom &in"), view_, &DesignView::zoomIn)->setShortcut(QKeySequence::ZoomIn);
    view->addAction(tr("Zoom &out"), view_, &DesignView::zoomOut)->setShortcut(QKeySequence::ZoomOut);
    view->addAction(tr("Actual size (100 %)"), view_, &DesignView::zoomReset)->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    view->addAction(minimapAction());
    a = view->addAction(tr("&Utilisation heat overlay"));
    a->setCheckable(true);
    a->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    a->setToolTip(tr("Colour parts and links by how busy they are (grey idle under 5 %, green < 60 %, amber < 85 %, red above)"));
    connect(a, &QAction::toggled, scene_, &DesignScene::setHeatOverlay);
    connect(scene_, &DesignScene::heatOverlayChanged, a, &QAction::setChecked);
    view->addSeparator();
    a = view->addAction(tr("&Presentation mode"));
    presentation_action_ = a;
    a->setCheckable(true);
    a->setShortcut(QKeySequence::FullScreen);
    connect(a, &QAction::toggled, this, &MainWindow::setPresentationMode);
    auto* esc = new QAction(this);
    esc->setShortcut(Qt::Key_Escape);
    connect(esc, &QAction::triggered, a, [a] { a->setChecked(false); });
    addAction(esc);
    tb->addAction(a);
    view->addSeparator();
    view->addMenu(createThemeMenu(view));
    auto* panels = view->addMenu(tr("Panels"));
    for (QDockWidget* d : findChildren<QDockWidget*>()) panels->addAction(d->toggleViewAction());
    language::addMenu(view, this);
    a = view->addAction(tr("Explain the scores…"), this, [this] { showExplanation({}); });
    a->setShortcut(QKeySequence(Qt::Key_F1 | Qt::SHIFT));

    buildScenarioActions(tb);
    auto* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About ClusterCanvas"), this, [this] {
        QMessageBox::about(this, tr("About ClusterCanvas"),
                           tr("<b>ClusterCanvas %1</b><p>Design AI infrastructure and see how it scores: training, inference "
                              "and edge. Every hardware number carries its source.</p>")
                               .arg(QString::fromLatin1(format::app_version())));
    });
}

void MainWindow::copySelection() {
    const QStringList ids = scene_->selectedComponentIds();
    if (ids.isEmpty()) return;
    const std::string json = format::write_design(doc_->fragment(ids));
    auto* m = new QMimeData;
    m->setData(kFragmentMime, QByteArray::fromStdString(json));
    m->setText(QString::fromStdString(json)); // readable anywhere, pasteable into another window
    QApplication::clipboard()->setMimeData(m);
    statusBar()->showMessage(tr("Copied %n part(s)", nullptr, static_cast<int>(ids.size())), 3000);
}

void MainWindow::cutSelection() {
    copySelection();
    deleteSelection();
}

void MainWindow::paste() {
    const QMimeData* m = QApplication::clipboard()->mimeData();
    if (!m) return;
    QByteArray bytes = m->hasFormat(kFragmentMime) ? m->data(kFragmentMime) : m->text().toUtf8();
    if (bytes.trimmed().isEmpty()) return;
    try {
        const Design fragment = format::read_design(bytes.toStdString());
        const QStringList added = doc_->paste(fragment, QPointF(30, 30));
        scene_->selectIds(added);
    } catch (const std::exception& e) {
        statusBar()->showMessage(tr("Nothing to paste: the clipboard holds no ClusterCanvas parts (%1)").arg(QString::fromUtf8(e.what())),
                                 6000);
    }
}

void MainWindow::duplicateSelection() {
    const QStringList ids = scene_->selectedComponentIds();
    if (ids.isEmpty()) return;
    scene_->selectIds(doc_->paste(doc_->fragment(ids), QPointF(30, 30)));
}

void MainWindow::deleteSelection() {
    doc_->removeItems(scene_->selectedComponentIds(), scene_->selectedLinkIds(), scene_->selectedGroupIds());
}

void MainWindow::alignSelection(Qt::Alignment how) {
    QList<QPair<QString, QPointF>> pos;
    for (const QString& id : scene_->selectedComponentIds())
        if (const Component* c = doc_->design().component(s(id))) pos << qMakePair(id, QPointF(c->pos.x, c->pos.y));
    if (pos.size() < 2) return;
    double target = how & (Qt::AlignLeft | Qt::AlignHCenter) ? pos.front().second.x() : pos.front().second.y();
    for (auto& [id, p] : pos) {
        if (how & Qt::AlignLeft) target = std::min(target, p.x());
        if (how & Qt::AlignTop) target = std::min(target, p.y());
    }
    if (how & (Qt::AlignHCenter | Qt::AlignVCenter)) {
        double sum = 0;
        for (auto& [id, p] : pos) sum += how & Qt::AlignHCenter ? p.x() : p.y();
        target = sum / static_cast<double>(pos.size());
    }
    for (auto& [id, p] : pos) (how & (Qt::AlignLeft | Qt::AlignHCenter) ? p.rx() : p.ry()) = target;
    doc_->setPositions(pos, tr("Align"));
}

void MainWindow::distributeSelection(Qt::Orientation o) {
    QList<QPair<QString, QPointF>> pos;
    for (const QString& id : scene_->selectedComponentIds())
        if (const Component* c = doc_->design().component(s(id))) pos << qMakePair(id, QPointF(c->pos.x, c->pos.y));
    if (pos.size() < 3) return;
    auto key = [o](const QPointF& p) { return o == Qt::Horizontal ? p.x() : p.y(); };
    std::sort(pos.begin(), pos.end(), [&](const auto& a, const auto& b) { return key(a.second) < key(b.second); });
    const double first = key(pos.front().second), last = key(pos.back().second);
    for (int i = 0; i < pos.size(); ++i) {
        const double v = first + (last - first) * i / (pos.size() - 1);
        (o == Qt::Horizontal ? pos[i].second.rx() : pos[i].second.ry()) = v;
    }
    doc_->setPositions(pos, tr("Distribute"));
}

void MainWindow::groupSelection() {
    const QStringList ids = scene_->selectedComponentIds();
    if (ids.isEmpty()) {
        statusBar()->showMessage(tr("Select the parts to group first."), 4000);
        return;
    }
    QStringList kinds;
    for (auto k : group_kind_names()) kinds << QString::fromUtf8(k.data(), static_cast<int>(k.size()));
    bool ok = false;
    const QString kind = QInputDialog::getItem(this, tr("Group"), tr("Kind of group:"), kinds, 1, false, &ok);
    if (!ok) return;
    const QString name =
        QInputDialog::getText(this, tr("Group"), tr("Name:"), QLineEdit::Normal, kind.left(1).toUpper() + kind.mid(1), &ok);
    if (!ok) return;
    const QString g = doc_->groupComponents(ids, *group_kind_from(s(kind)), name.isEmpty() ? kind : name);
    if (!g.isEmpty()) scene_->selectIds({g});
}

void MainWindow::replaceEverywhere() {
    ReplaceDialog dialog(doc_, &catalog_, scene_->selectedComponentIds(), scene_->selectedLinkIds(), this);
    if (!dialog.hasOffer()) {
        statusBar()->showMessage(tr("Select a part or a link first: Replace everywhere changes what it is made of."), 5000);
        return;
    }
    if (dialog.exec() == QDialog::Accepted) statusBar()->showMessage(dialog.summary(), 8000);
}

void MainWindow::exportReport() {
    QString base = QFileInfo(doc_->filePath()).completeBaseName();
    if (base.isEmpty()) base = QStringLiteral("report");
    const QString path = QFileDialog::getSaveFileName(this, tr("Export report"), base + ".pdf", tr("PDF document (*.pdf)"));
    if (path.isEmpty()) return;
    scoring_->waitForIdle();
    QString error;
    ReportInput in{doc_->design(), QFileInfo(doc_->filePath()).fileName(), scoring_->latest()};
    if (!writeReport(in, catalog_, path, &error)) QMessageBox::warning(this, tr("Export failed"), error);
    else statusBar()->showMessage(tr("Report written to %1").arg(QDir::toNativeSeparators(path)), 6000);
}

} // namespace cc::studio
