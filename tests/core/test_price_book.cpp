// The user's price book (CSV): parts by catalog id or name, USD prices with a
// valid-from date; the canonical text round-trips; any bad row refuses the
// whole file with file:line problems; the newest price valid today applies.
#include "catalog/catalog.h"
#include "catalog/price_book.h"
#include "util/iso_date.h"

#include <catch2/catch.hpp>

using namespace cc;

namespace {
const std::string kBook = "part,unit_price,currency,valid_from,note\n"
                          "dgx-h100,289000.00,USD,2026-01-15,list price\n"
                          "NVIDIA Quantum-2 QM9700 (NDR),31500,USD,2026-03-01,\"incl. support, 3 years\"\n"
                          "dgx-h100,262000,USD,2026-09-01,\"volume deal \"\"Q3\"\"\"\n"
                          "sn5600,41000,USD,2027-02-01,next year's list\n";
} // namespace

TEST_CASE("price book: the canonical CSV round-trips, parts resolve by id or by name", "[catalog][price-book]") {
    std::vector<PriceBookProblem> problems;
    const auto book = parse_price_book(kBook, "/tmp/acme.csv", Catalog::builtin(), problems);
    REQUIRE(problems.empty());
    REQUIRE(book);
    CHECK(book->name == "acme price book");
    REQUIRE(book->rows.size() == 4);
    CHECK(book->rows[1].catalog_id == "qm9700");
    CHECK(book->rows[1].note == "incl. support, 3 years");
    CHECK(book->rows[2].note == "volume deal \"Q3\"");
    CHECK(book->rows[0].unit_price == 289000.0);
    Catalog cat = Catalog::builtin();
    cat.apply_price_book(*book, "2026-12-02");
    CHECK(cat.price_basis() == "acme price book, 2026-09-01"); // dated by the newest row in force, not next year's
    CHECK(write_price_book(*book) == kBook);
}

TEST_CASE("price book: the newest price valid on the day applies, a future one waits", "[catalog][price-book]") {
    std::vector<PriceBookProblem> problems;
    const auto book = parse_price_book(kBook, "acme.csv", Catalog::builtin(), problems);
    REQUIRE(book);
    const auto rows = effective_rows(*book, "2026-12-02");
    REQUIRE(rows.size() == 2); // dgx-h100 (September's) and qm9700; sn5600 not yet valid
    for (const PriceBookRow* r : rows) {
        if (r->catalog_id == "dgx-h100") CHECK(r->unit_price == 262000.0);
        CHECK(r->catalog_id != "sn5600");
    }
    CHECK(effective_rows(*book, "2026-02-01").size() == 1);
}

TEST_CASE("price book: every bad row is reported as file:line and nothing is applied", "[catalog][price-book]") {
    const std::string bad = "part,unit_price,currency,valid_from,note\n"
                            "dgx-h100,289000,USD,2026-01-15,fine\n"
                            "no-such-part,100,USD,2026-01-15,\n"
                            "qm9700,$31,500,USD,2026-03-01,\n"
                            "sn5600,41000,EUR,2026-03-01,\n"
                            "dgx-h100,1,USD,15/01/2026,\n"
                            "dgx-h100,2,USD,2026-01-15,same date as line 2\n";
    std::vector<PriceBookProblem> problems;
    CHECK_FALSE(parse_price_book(bad, "acme.csv", Catalog::builtin(), problems));
    REQUIRE(problems.size() == 5);
    CHECK(problems[0].where == "acme.csv:3");
    CHECK(problems[0].what.find("no-such-part") != std::string::npos);
    CHECK(problems[1].where == "acme.csv:4");
    CHECK(problems[1].what.find("expected 5 fields") != std::string::npos);
    CHECK(problems[2].where == "acme.csv:5");
    CHECK(problems[2].what.find("only USD") != std::string::npos);
    CHECK(problems[3].where == "acme.csv:6");
    CHECK(problems[3].what.find("YYYY-MM-DD") != std::string::npos);
    CHECK(problems[4].where == "acme.csv:7");
    CHECK(problems[4].what.find("first on line 2") != std::string::npos);
}

TEST_CASE("price book: a wrong header, an empty file and a missing file are refused with where", "[catalog][price-book]") {
    std::vector<PriceBookProblem> problems;
    CHECK_FALSE(parse_price_book("id,price\ndgx-h100,1\n", "p.csv", Catalog::builtin(), problems));
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].where == "p.csv:1");
    CHECK(problems[0].what.find(kPriceBookHeader) != std::string::npos);
    problems.clear();
    CHECK_FALSE(parse_price_book("", "p.csv", Catalog::builtin(), problems));
    CHECK(problems.size() == 1);
    problems.clear();
    CHECK_FALSE(read_price_book("/nonexistent/dir/p.csv", Catalog::builtin(), problems));
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].where == "/nonexistent/dir/p.csv:0");
}

TEST_CASE("price book: dates need a real month and day, a catalog date may give the month only", "[catalog][price-book]") {
    CHECK(valid_iso_date("2026-11-15", false));
    CHECK_FALSE(valid_iso_date("2026-11", false));
    CHECK(valid_iso_date("2026-11", true));
    CHECK_FALSE(valid_iso_date("2026-13-01", false));
    CHECK_FALSE(valid_iso_date("2026-02-00", false));
    CHECK_FALSE(valid_iso_date("26-11-15", true));
    CHECK_FALSE(valid_iso_date("2026-11-15x", false));
}
