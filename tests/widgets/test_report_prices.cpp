// Unpriced parts read "not priced" in the customer report and the palette tooltip,
// never "$0"; a priced part shows its price and the date it was quoted.
#include "catalog/price_book.h"
#include "format/design_format.h"
#include "panels/catalog_text.h"
#include "report/report_writer.h"
#include "scoring/scorer.h"

#include "studio_fixture.h"

#include <catch2/catch.hpp>

using namespace cc;
using namespace cc::studio;

TEST_CASE("report: an unpriced design says not priced, never $0", "[widgets][report][catalog2026]") {
    const Design d = format::load_design_file(testing::kPod.toStdString()); // DGX H100s: no dated price
    const QString html = reportHtml({d, "pod.ccd", scoreDesign(d, Catalog::builtin(), {}, 1)}, Catalog::builtin());
    CHECK(html.contains("Capex:"));
    CHECK(html.contains("not priced"));
    CHECK_FALSE(html.contains("$0"));
}

TEST_CASE("palette tooltip: price with its date, or not priced", "[widgets][catalog2026]") {
    const QString priced = entryTooltip(Catalog::builtin(), "dgx-a100-640gb");
    CHECK(priced.contains("$199 k"));
    CHECK(priced.contains("(2020-05)"));
    const QString unpriced = entryTooltip(Catalog::builtin(), "gb300-nvl72-tray");
    CHECK(unpriced.contains("not priced"));
    CHECK_FALSE(unpriced.contains("$"));
}

TEST_CASE("report: the prices line names the user's price book and its date, else the public dated prices",
          "[widgets][report][price-book]") {
    const Design d = format::load_design_file(testing::kPod.toStdString());
    const QString plain = reportHtml({d, "pod.ccd", scoreDesign(d, Catalog::builtin(), {}, 1)}, Catalog::builtin());
    CHECK(plain.contains("public list prices, each with its date and source"));
    Catalog cat = Catalog::builtin();
    std::vector<PriceBookProblem> problems;
    const auto book =
        parse_price_book("part,unit_price,currency,valid_from,note\ndgx-h100,250000,USD,2026-11-15,\n", "ACME.csv", cat, problems);
    REQUIRE(book);
    cat.apply_price_book(*book, "2026-12-02");
    const QString html = reportHtml({d, "pod.ccd", scoreDesign(d, cat, {}, 1)}, cat);
    CHECK(html.contains("ACME price book, 2026-11-15"));
    CHECK(html.contains("$250"));
}
