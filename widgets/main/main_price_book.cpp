// File → Price book…: the user's own price list replaces catalog prices in the
// studio (cards, BOM, compare, report); File → Export price list… writes the
// prices in force in the same CSV form, ready to edit and import again.
#include "catalog/price_book.h"
#include "main/main_window.h"
#include "panels/findings_panel.h"
#include "scoring/score_service.h"

#include <QDate>
#include <QFile>
#include <QFileDialog>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>

namespace cc::studio {

namespace {
const char* kPriceBookKey = "pricing/priceBook";
} // namespace

std::optional<PriceBook> MainWindow::readPriceBookFile(const QString& path, QStringList* problems) const {
    std::vector<PriceBookProblem> found;
    auto book = read_price_book(path.toStdString(), catalog_, found);
    if (!book && problems)
        for (const auto& p : found) problems->push_back(QString::fromStdString(p.where + ": " + p.what));
    return book;
}

std::size_t MainWindow::usePriceBook(const PriceBook& book) {
    catalog_.reset_prices(Catalog::builtin());
    return catalog_.apply_price_book(book, QDate::currentDate().toString(Qt::ISODate).toStdString());
}

bool MainWindow::importPriceBook(const QString& path, QStringList* problems) {
    const auto book = readPriceBookFile(path, problems);
    if (!book) return false; // refused: nothing changes
    // Background jobs read the catalog: let them finish before its prices change.
    scoring_->waitForIdle();
    findings_->waitForIdle();
    const std::size_t n = usePriceBook(*book);
    if (opt_.restore_settings) QSettings().setValue(kPriceBookKey, path);
    scoring_->schedule();
    statusBar()->showMessage(
        tr("Prices: %1 (%n part(s) priced from it)", nullptr, static_cast<int>(n)).arg(QString::fromStdString(catalog_.price_basis())),
        10000);
    return true;
}

void MainWindow::clearPriceBook() {
    scoring_->waitForIdle();
    findings_->waitForIdle();
    catalog_.reset_prices(Catalog::builtin());
    if (opt_.restore_settings) QSettings().remove(kPriceBookKey);
    scoring_->schedule();
    statusBar()->showMessage(tr("Prices: public list prices of the catalog"), 8000);
}

bool MainWindow::exportPriceList(const QString& path, QString* error) {
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        if (error) *error = f.errorString();
        return false;
    }
    const std::string csv = write_effective_prices(catalog_);
    if (f.write(csv.data(), static_cast<qint64>(csv.size())) != static_cast<qint64>(csv.size())) {
        if (error) *error = f.errorString();
        return false;
    }
    return true;
}

QString MainWindow::restorePriceBook() {
    if (!opt_.restore_settings) return {};
    const QString path = QSettings().value(kPriceBookKey).toString();
    if (path.isEmpty()) return {};
    QStringList problems;
    const auto book = readPriceBookFile(path, &problems);
    if (!book) return tr("Your price book %1 was not applied: %2").arg(path, problems.value(0));
    usePriceBook(*book);
    return {};
}

void MainWindow::priceBookDialog() {
    const QString path = QFileDialog::getOpenFileName(this, tr("Price book (CSV: part, unit_price, currency, valid_from, note)"), {},
                                                      tr("Price book (*.csv);;All files (*)"));
    if (path.isEmpty()) return;
    QStringList problems;
    if (!importPriceBook(path, &problems)) {
        constexpr int kShown = 25;
        QStringList shown = problems.mid(0, kShown);
        if (problems.size() > kShown) shown << tr("… and %n more", nullptr, static_cast<int>(problems.size() - kShown));
        QMessageBox::warning(this, tr("Price book"),
                             tr("The price book was not applied: no price from it is used until every row is valid.\n\n%1")
                                 .arg(shown.join(QStringLiteral("\n"))));
    }
}

void MainWindow::exportPriceListDialog() {
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export price list"), QStringLiteral("price-list.csv"), tr("Price book (*.csv)"));
    if (path.isEmpty()) return;
    QString error;
    if (!exportPriceList(path, &error)) QMessageBox::warning(this, tr("Export price list"), tr("Cannot write %1: %2").arg(path, error));
    else statusBar()->showMessage(tr("Price list written to %1").arg(path), 8000);
}

} // namespace cc::studio
