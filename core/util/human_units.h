#pragma once
// Numbers as people read them, with explicit units: shared by the CLI, the
// studio's score cards and the PDF report so all three say the same thing.
#include <string>

namespace cc::human {

/// "850 ms", "12.4 s", "3.2 min", "5.1 h", "18.3 days", "1.4 years".
std::string duration(double seconds);
/// 3 significant digits with an SI prefix and the unit: "1.23 M tokens/s", "512 GPUs".
std::string si(double value, const std::string& unit);
/// "$1,240", "$3.1 k", "$4.52 M".
std::string money(double usd);
/// "820 kWh", "3.4 MWh", "1.2 GWh".
std::string energy_kWh(double kWh);
/// Decimal bytes: "80.0 GB", "512 MB".
std::string bytes(double b);
/// "41.2 %" from a fraction.
std::string percent(double fraction);
/// Thousands separated: "2,048", "12,800.5" (decimals given).
std::string grouped(double x, int decimals = 0);
/// Plain number with 3 significant digits, no exponent below 1e6 ("1240", "0.0321").
std::string number(double v);

} // namespace cc::human
