// File menu entries for canvas exports and printing (the work is in
// canvas_export and canvas_print; this is the dialog side).
#include "canvas/design_scene.h"
#include "document/document.h"
#include "main/canvas_export.h"
#include "main/canvas_print.h"
#include "main/main_window.h"
#include "scoring/score_service.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QStatusBar>

namespace cc::studio {

void MainWindow::buildExportMenu(QMenu* file) {
    QMenu* m = file->addMenu(tr("&Export canvas"));
    m->addAction(tr("PNG image, 1× (screen size)…"), this, [this] { exportCanvasAs(CanvasFormat::Png, 1); });
    m->addAction(tr("PNG image, 2× (sharp on HiDPI)…"), this, [this] { exportCanvasAs(CanvasFormat::Png, 2); });
    m->addAction(tr("PNG image, 4× (posters, slides)…"), this, [this] { exportCanvasAs(CanvasFormat::Png, 4); });
    m->addSeparator();
    m->addAction(tr("SVG drawing (vector)…"), this, [this] { exportCanvasAs(CanvasFormat::Svg, 1); });
    m->addAction(tr("PDF document (vector)…"), this, [this] { exportCanvasAs(CanvasFormat::Pdf, 1); });
    file->addAction(tr("Print pre&view…"), this, &MainWindow::printPreview);
    file->addAction(tr("&Print…"), this, &MainWindow::printWithDialog)->setShortcut(QKeySequence::Print);
}

void MainWindow::exportCanvasAs(CanvasFormat format, double scale) {
    QString base = QFileInfo(doc_->filePath()).completeBaseName();
    if (base.isEmpty()) base = QStringLiteral("canvas");
    QString suggestion, filter;
    switch (format) {
    case CanvasFormat::Png:
        suggestion = scale == 1 ? base + ".png" : QStringLiteral("%1@%2x.png").arg(base).arg(scale);
        filter = tr("PNG image (*.png)");
        break;
    case CanvasFormat::Svg:
        suggestion = base + ".svg";
        filter = tr("SVG drawing (*.svg)");
        break;
    case CanvasFormat::Pdf:
        suggestion = base + ".pdf";
        filter = tr("PDF document (*.pdf)");
        break;
    }
    QString path = QFileDialog::getSaveFileName(this, tr("Export canvas"), suggestion, filter);
    if (path.isEmpty()) return;
    // The dialog may return a name without the suffix the chosen format needs.
    const QString suffix = QFileInfo(suggestion).suffix();
    if (QFileInfo(path).suffix().compare(suffix, Qt::CaseInsensitive) != 0) path += "." + suffix;
    QString error;
    if (!exportCanvas(*scene_, path, scale, &error)) QMessageBox::warning(this, tr("Export failed"), error);
    else statusBar()->showMessage(tr("Canvas exported to %1").arg(QDir::toNativeSeparators(path)), 6000);
}

void MainWindow::printPage(QPrinter* printer) {
    scoring_->waitForIdle(); // the cards of the design as it is now, not of a stale snapshot
    const QString file = QFileInfo(doc_->filePath()).fileName();
    QString title = QString::fromStdString(doc_->design().title);
    if (!file.isEmpty()) title += QStringLiteral(" — ") + file;
    if (!printDesign(*printer, *scene_, title, scoring_->latest().cards))
        statusBar()->showMessage(tr("Printing failed: the printer could not be opened."), 6000);
}

void MainWindow::printPreview() {
    QPrinter printer(QPrinter::ScreenResolution);       // see printDesign: labels keep their proportions
    printer.setPageOrientation(QPageLayout::Landscape); // canvases are wider than tall
    printer.setDocName(doc_->displayName());
    QPrintPreviewDialog dlg(&printer, this);
    dlg.setWindowTitle(tr("Print preview"));
    connect(&dlg, &QPrintPreviewDialog::paintRequested, this, &MainWindow::printPage);
    dlg.exec();
}

void MainWindow::printWithDialog() {
    QPrinter printer(QPrinter::ScreenResolution); // see printDesign: labels keep their proportions
    printer.setPageOrientation(QPageLayout::Landscape);
    printer.setDocName(doc_->displayName());
    QPrintDialog dlg(&printer, this);
    dlg.setWindowTitle(tr("Print design"));
    if (dlg.exec() == QDialog::Accepted) printPage(&printer);
}

} // namespace cc::studio
