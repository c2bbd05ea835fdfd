#pragma once
// The user's own price list (a CSV their company keeps): unit prices that
// override the catalog's for this user. A file with any bad row is refused as a
// whole, each problem reported as file:line — never half-applied.
#include <optional>
#include <string>
#include <vector>

namespace cc {

class Catalog;

struct PriceBookRow {
    std::string part;       // catalog id or the entry's exact name, as written
    std::string catalog_id; // the catalog id it resolved to
    double unit_price = 0;  // in `currency`
    std::string price_text; // as written ("1234.50"), so an export gives the same text back
    std::string currency;   // ISO 4217; only USD is applied (the engine's costs are in USD)
    std::string valid_from; // YYYY-MM-DD
    std::string note;
    int line = 0; // 1-based line in the file
};

struct PriceBookProblem {
    std::string where; // "acme.csv:12" (file:line)
    std::string what;  // what is wrong and what is expected
};

struct PriceBook {
    std::string name;   // shown in reports: "ACME price book"
    std::string origin; // file path
    std::vector<PriceBookRow> rows;
};

/// The header line every price book starts with.
inline constexpr const char* kPriceBookHeader = "part,unit_price,currency,valid_from,note";

/// Reads CSV text (RFC 4180 quoting; header as kPriceBookHeader). Parts must
/// resolve in `cat`. Any problem: no book, every problem listed.
std::optional<PriceBook> parse_price_book(const std::string& text, const std::string& origin, const Catalog& cat,
                                          std::vector<PriceBookProblem>& problems);
/// Reads a file (missing/unreadable files are a problem at "FILE:0").
std::optional<PriceBook> read_price_book(const std::string& path, const Catalog& cat, std::vector<PriceBookProblem>& problems);

/// The book as CSV: header, then its rows in file order (import → export gives the same text).
std::string write_price_book(const PriceBook& book);

/// For each catalog id, the row that applies on `today` (YYYY-MM-DD): the newest
/// valid_from not after today; rows not yet valid are skipped.
std::vector<const PriceBookRow*> effective_rows(const PriceBook& book, const std::string& today);

/// Every priced catalog entry as a price book (id, price, USD, date, source as
/// note): what the studio and the CLI use right now, ready to edit and import.
/// A month-only date (2024-06) is written as its first day.
std::string write_effective_prices(const Catalog& cat);

} // namespace cc
