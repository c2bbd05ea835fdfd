#include "cli/text_table.h"

#include "util/human_units.h"

#include <cmath>
#include <cstdio>

namespace cc::text {

Table::Table(std::vector<std::pair<std::string, Align>> columns) : cols_(std::move(columns)) {}

void Table::row(std::vector<std::string> cells) {
    cells.resize(cols_.size());
    rows_.push_back(std::move(cells));
}

std::size_t width(const std::string& s) {
    std::size_t w = 0;
    for (unsigned char c : s) w += (c & 0xC0) != 0x80;
    return w;
}

std::string Table::str(const std::string& indent) const {
    std::vector<std::size_t> w(cols_.size());
    for (std::size_t i = 0; i < cols_.size(); ++i) w[i] = width(cols_[i].first);
    for (const auto& r : rows_)
        for (std::size_t i = 0; i < r.size(); ++i) w[i] = std::max(w[i], width(r[i]));
    auto line = [&](const std::vector<std::string>& cells) {
        std::string out = indent;
        for (std::size_t i = 0; i < cells.size(); ++i) {
            const std::string pad(w[i] - width(cells[i]), ' ');
            const bool last = i + 1 == cells.size();
            if (cols_[i].second == Align::Right) out += pad + cells[i];
            else out += cells[i] + (last ? "" : pad);
            if (!last) out += "  ";
        }
        while (!out.empty() && out.back() == ' ') out.pop_back();
        return out + "\n";
    };
    std::vector<std::string> head;
    for (const auto& c : cols_) head.push_back(c.first);
    std::string out = line(head);
    for (const auto& r : rows_) out += line(r);
    return out;
}

std::string grouped(double x, int decimals) { return human::grouped(x, decimals); }

std::string si(double x, const std::string& unit) {
    static const char* prefixes[] = {"", " k", " M", " G", " T", " P", " E"};
    int p = 0;
    double v = x;
    while (std::fabs(v) >= 1000 && p < 6) {
        v /= 1000;
        ++p;
    }
    char buf[64];
    std::snprintf(buf, sizeof buf, std::fabs(v) >= 100 ? "%.0f" : std::fabs(v) >= 10 ? "%.1f" : "%.2f", v);
    std::string sep = p == 0 ? " " : "";
    return std::string(buf) + prefixes[p] + (p == 0 ? sep : "") + unit;
}

std::string usd(double x) { return "$" + grouped(x); }

} // namespace cc::text
