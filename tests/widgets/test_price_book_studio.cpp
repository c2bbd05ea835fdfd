// File → Prices in the studio: a price book changes the prices the scores and
// the report use; a bad one changes nothing and lists file:line; the price list
// exports; going back restores the catalog's public prices.
#include "catalog/price_book.h"
#include "main/main_window.h"
#include "report/report_writer.h"
#include "scoring/score_service.h"

#include "studio_fixture.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>

using namespace cc;
using namespace cc::studio;
using testing::Studio;

namespace {
QString write(const QTemporaryDir& dir, const QString& name, const QByteArray& text) {
    const QString path = dir.filePath(name);
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(text);
    return path;
}
} // namespace

TEST_CASE("studio: a price book prices parts, a bad one changes nothing, and the public prices come back", "[widgets][price-book]") {
    Studio s(testing::kPod);
    QTemporaryDir dir;
    const auto before = s.w->catalog().info("dgx-h100")->price_usd;
    QStringList problems;
    CHECK_FALSE(
        s.w->importPriceBook(write(dir, "bad.csv", "part,unit_price,currency,valid_from,note\nqm9700,1,EUR,2026-01-01,\n"), &problems));
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].contains("bad.csv:2"));
    CHECK(s.w->catalog().info("dgx-h100")->price_usd == before);

    REQUIRE(s.w->importPriceBook(write(
        dir, "acme.csv", "part,unit_price,currency,valid_from,note\ndgx-h100,250000,USD,2026-02-01,deal\nqm9700,30000,USD,2026-02-01,\n")));
    CHECK(s.w->catalog().info("dgx-h100")->price_usd == 250000.0);
    CHECK(s.w->catalog().info("qm9700")->price_usd == 30000.0);
    CHECK(s.w->catalog().price_basis() == "acme price book, 2026-02-01");
    s.w->scoring()->waitForIdle();
    const QString exported = dir.filePath("list.csv");
    REQUIRE(s.w->exportPriceList(exported));
    QFile f(exported);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.readAll().contains("dgx-h100,250000,USD,2026-02-01,deal"));

    s.w->clearPriceBook();
    CHECK(s.w->catalog().info("dgx-h100")->price_usd == Catalog::builtin().info("dgx-h100")->price_usd);
    CHECK_FALSE(s.w->catalog().info("qm9700")->price_usd);
    CHECK(s.w->catalog().price_basis().empty());
}

TEST_CASE("studio: the price book in use is applied again at the next start, before anything is scored", "[widgets][price-book]") {
    QTemporaryDir dir;
    // Settings go to a scratch folder, never the user's.
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.path());
    MainWindowOptions o;
    o.offer_recovery = false;
    o.autosave_folder = dir.filePath("autosave");
    const QString book = write(dir, "acme.csv", "part,unit_price,currency,valid_from,note\ndgx-h100,250000,USD,2026-02-01,deal\n");
    {
        MainWindow first(o);
        REQUIRE(first.importPriceBook(book));
    }
    MainWindow second(o);
    CHECK(second.catalog().info("dgx-h100")->price_usd == 250000.0);
    CHECK(second.catalog().price_basis() == "acme price book, 2026-02-01");
    second.clearPriceBook();
    MainWindow third(o);
    CHECK(third.catalog().price_basis().empty());
    QSettings::setDefaultFormat(QSettings::NativeFormat);
}
