#pragma once
// Plain-text tables and number formatting for terminal output.
#include <string>
#include <vector>

namespace cc::text {

enum class Align { Left, Right };

class Table {
public:
    explicit Table(std::vector<std::pair<std::string, Align>> columns);
    void row(std::vector<std::string> cells);
    std::string str(const std::string& indent = "  ") const;

private:
    std::vector<std::pair<std::string, Align>> cols_;
    std::vector<std::vector<std::string>> rows_;
};

/// 1234567 -> "1,234,567"; fractional values keep `decimals`.
std::string grouped(double x, int decimals = 0);
/// Three significant figures with an SI suffix where it reads better: 12.3 k.
std::string si(double x, const std::string& unit);
std::string usd(double x);
/// Display width in terminal columns (UTF-8 aware, one column per code point).
std::size_t width(const std::string& s);

} // namespace cc::text
