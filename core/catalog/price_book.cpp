#include "catalog/price_book.h"

#include "catalog/catalog.h"
#include "util/iso_date.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <fstream>
#include <map>
#include <sstream>

namespace cc {
namespace {

constexpr std::size_t kColumns = 5;
constexpr std::size_t kMaxBytes = 16u << 20; // a price list is kilobytes; refuse a mistaken upload

/// Splits CSV text into records of fields (RFC 4180: quotes, doubled quotes,
/// separators and newlines inside quotes). Records remember their first line.
struct Record {
    std::vector<std::string> fields;
    int line = 0;
};

std::vector<Record> split_csv(const std::string& text, std::vector<PriceBookProblem>& problems, const std::string& origin) {
    std::vector<Record> out;
    Record cur;
    std::string field;
    bool quoted = false, field_started = false;
    int line = 1;
    cur.line = 1;
    auto end_field = [&] {
        cur.fields.push_back(field);
        field.clear();
        field_started = false;
    };
    auto end_record = [&] {
        end_field();
        const bool blank = cur.fields.size() == 1 && cur.fields[0].empty();
        if (!blank) out.push_back(std::move(cur));
        cur = Record{};
        cur.line = line;
    };
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (quoted) {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
                field += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                if (c == '\n') ++line;
                field += c;
            }
            continue;
        }
        if (c == '"' && !field_started && field.empty()) {
            quoted = field_started = true;
        } else if (c == ',') {
            end_field();
        } else if (c == '\r') {
            continue; // CRLF files from spreadsheets
        } else if (c == '\n') {
            ++line;
            end_record();
        } else {
            field += c;
            field_started = true;
        }
    }
    if (quoted) problems.push_back({origin + ":" + std::to_string(cur.line), "a quoted field is not closed (expected a closing \")"});
    if (!field.empty() || !cur.fields.empty()) end_record();
    return out;
}

std::string trim(std::string s) {
    const auto space = [](unsigned char ch) { return std::isspace(ch) != 0; };
    s.erase(s.begin(), std::find_if_not(s.begin(), s.end(), space));
    s.erase(std::find_if_not(s.rbegin(), s.rend(), space).base(), s.end());
    return s;
}

std::optional<double> parse_price(const std::string& s) {
    double v = 0;
    const char* end = s.data() + s.size();
    const auto [p, ec] = std::from_chars(s.data(), end, v);
    if (ec != std::errc() || p != end || !std::isfinite(v) || v < 0) return std::nullopt;
    return v;
}

std::string quote_if_needed(const std::string& s) {
    if (s.find_first_of(",\"\n\r") == std::string::npos && (s.empty() || (s.front() != ' ' && s.back() != ' '))) return s;
    std::string q = "\"";
    for (char c : s) q += c == '"' ? std::string("\"\"") : std::string(1, c);
    return q + "\"";
}

std::string number_text(double v) {
    std::ostringstream o;
    o.precision(15);
    o << v;
    return o.str();
}

} // namespace

std::optional<PriceBook> parse_price_book(const std::string& text, const std::string& origin, const Catalog& cat,
                                          std::vector<PriceBookProblem>& problems) {
    const std::size_t before = problems.size();
    const auto at = [&](int line) { return origin + ":" + std::to_string(line); };
    if (text.size() > kMaxBytes) {
        problems.push_back({at(0), "the file is larger than 16 MB: expected a price list (CSV text)"});
        return std::nullopt;
    }
    std::vector<Record> records = split_csv(text, problems, origin);
    if (records.empty()) {
        problems.push_back({at(1), std::string("the file is empty: expected the header ") + kPriceBookHeader});
        return std::nullopt;
    }
    std::string header;
    for (std::size_t i = 0; i < records[0].fields.size(); ++i) header += (i ? "," : "") + trim(records[0].fields[i]);
    if (!header.empty() && static_cast<unsigned char>(header[0]) == 0xEF) header.erase(0, 3); // UTF-8 byte-order mark
    if (header != kPriceBookHeader) {
        problems.push_back({at(records[0].line), "expected the header " + std::string(kPriceBookHeader) + ", found " + header});
        return std::nullopt;
    }
    PriceBook book;
    book.origin = origin;
    const auto slash = origin.find_last_of('/');
    std::string stem = slash == std::string::npos ? origin : origin.substr(slash + 1);
    if (const auto dot = stem.rfind('.'); dot != std::string::npos && dot > 0) stem.erase(dot);
    book.name = stem + " price book";
    std::map<std::pair<std::string, std::string>, int> seen; // (catalog id, date) → line
    for (std::size_t i = 1; i < records.size(); ++i) {
        const Record& r = records[i];
        if (r.fields.size() != kColumns) {
            problems.push_back({at(r.line), "expected " + std::to_string(kColumns) + " fields (" + kPriceBookHeader + "), found " +
                                                std::to_string(r.fields.size())});
            continue;
        }
        PriceBookRow row;
        row.line = r.line;
        row.part = trim(r.fields[0]);
        row.currency = trim(r.fields[2]);
        row.valid_from = trim(r.fields[3]);
        row.note = r.fields[4];
        bool ok = true;
        const auto bad = [&](const std::string& what) {
            problems.push_back({at(r.line), what});
            ok = false;
        };
        if (const EntryInfo* e = cat.info(row.part)) {
            row.catalog_id = e->id;
        } else {
            for (const EntryInfo* x : cat.entries())
                if (x->name == row.part) row.catalog_id = x->id;
            if (row.catalog_id.empty()) bad("part '" + row.part + "' is not a catalog id or entry name (see clustercanvas-cli catalog)");
        }
        row.price_text = trim(r.fields[1]);
        if (const auto price = parse_price(row.price_text)) row.unit_price = *price;
        else bad("unit_price '" + trim(r.fields[1]) + "' is not a number ≥ 0 (write 1234.50, no currency sign or thousands separator)");
        if (row.currency != "USD") bad("currency '" + row.currency + "': only USD prices are applied (convert them first)");
        if (!valid_iso_date(row.valid_from, false)) bad("valid_from '" + row.valid_from + "' is not a date YYYY-MM-DD");
        if (ok) {
            const auto key = std::make_pair(row.catalog_id, row.valid_from);
            if (const auto it = seen.find(key); it != seen.end()) {
                bad("a second price for " + row.catalog_id + " valid from " + row.valid_from + " (first on line " +
                    std::to_string(it->second) + ")");
            } else {
                seen.emplace(key, r.line);
            }
        }
        if (ok) book.rows.push_back(std::move(row));
    }
    if (problems.size() > before) return std::nullopt;
    return book;
}

std::optional<PriceBook> read_price_book(const std::string& path, const Catalog& cat, std::vector<PriceBookProblem>& problems) {
    std::ifstream f(path, std::ios::binary);
    if (!f) {
        problems.push_back({path + ":0", "cannot open the file for reading"});
        return std::nullopt;
    }
    std::ostringstream s;
    s << f.rdbuf();
    return parse_price_book(s.str(), path, cat, problems);
}

std::string write_price_book(const PriceBook& book) {
    std::string out = std::string(kPriceBookHeader) + "\n";
    for (const auto& r : book.rows)
        out += quote_if_needed(r.part) + "," + (r.price_text.empty() ? number_text(r.unit_price) : r.price_text) + "," + r.currency + "," +
               r.valid_from + "," + quote_if_needed(r.note) + "\n";
    return out;
}

std::vector<const PriceBookRow*> effective_rows(const PriceBook& book, const std::string& today) {
    std::map<std::string, const PriceBookRow*> best;
    for (const auto& r : book.rows) {
        if (r.valid_from > today) continue;
        auto& b = best[r.catalog_id];
        if (!b || r.valid_from > b->valid_from) b = &r;
    }
    std::vector<const PriceBookRow*> out;
    for (const auto& [id, row] : best) out.push_back(row);
    return out;
}

std::string write_effective_prices(const Catalog& cat) {
    PriceBook book;
    for (const EntryInfo* e : cat.entries()) {
        if (!e->price_usd) continue;
        PriceBookRow r;
        r.part = e->id;
        r.unit_price = *e->price_usd;
        r.currency = "USD";
        r.valid_from = e->price_date.size() == 7 ? e->price_date + "-01" : e->price_date;
        r.note = e->price_source;
        book.rows.push_back(std::move(r));
    }
    return write_price_book(book);
}

} // namespace cc
