#include "util/human_units.h"

#include <cmath>
#include <cstdio>

namespace cc::human {

namespace {
std::string fixed(double v, int decimals) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
    return buf;
}
std::string g3(double v) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.3g", v);
    return buf;
}
std::string sig3(double v) {
    // Thresholds sit at the rounding points so 9.996 prints "10.0", not "10.00".
    const double a = std::fabs(v);
    if (a >= 99.95) return fixed(v, 0);
    if (a >= 9.995) return fixed(v, 1);
    if (a >= 0.9995) return fixed(v, 2);
    return g3(v);
}
} // namespace

std::string number(double v) {
    if (!std::isfinite(v)) return "n/a";
    if (std::fabs(v) >= 1e6) return g3(v);
    if (v == std::floor(v)) return fixed(v, 0); // counts read as counts: "20", not "20.0"
    return sig3(v);
}

std::string duration(double s) {
    if (!std::isfinite(s)) return "n/a";
    if (s < 1) return sig3(s * 1000) + " ms";
    if (s < 120) return sig3(s) + " s";
    if (s < 2 * 3600) return sig3(s / 60) + " min";
    if (s < 3 * 86400) return sig3(s / 3600) + " h";
    if (s < 2 * 365 * 86400.0) return sig3(s / 86400) + " days";
    return sig3(s / (365.25 * 86400)) + " years";
}

std::string si(double v, const std::string& unit) {
    if (!std::isfinite(v)) return "n/a";
    static const char* prefixes[] = {"", " k", " M", " G", " T", " P"};
    int i = 0;
    double a = std::fabs(v);
    while (a >= 999.5 && i < 5) {
        a /= 1000;
        v /= 1000;
        ++i;
    }
    std::string out = sig3(v) + prefixes[i];
    if (unit.empty()) return out;
    // SI units take the prefix ("458 kW", "3.2 GB/s"); counted things keep it
    // apart ("1.23 M tokens/s").
    static const char* si_units[] = {"W", "Wh", "B", "B/s", "b/s", "Hz", "FLOP/s", "bit/s"};
    for (const char* u : si_units)
        if (unit == u) return out + (i == 0 ? " " : "") + unit;
    return out + " " + unit;
}

std::string money(double usd) {
    if (!std::isfinite(usd)) return "n/a";
    const double a = std::fabs(usd);
    if (a >= 1e9) return "$" + sig3(usd / 1e9) + " B";
    if (a >= 1e6) return "$" + sig3(usd / 1e6) + " M";
    if (a >= 1e4) return "$" + sig3(usd / 1e3) + " k";
    if (a >= 1) return "$" + fixed(usd, 0);
    return "$" + fixed(usd, 3);
}

std::string energy_kWh(double kWh) {
    if (!std::isfinite(kWh)) return "n/a";
    const double a = std::fabs(kWh);
    if (a >= 1e6) return sig3(kWh / 1e6) + " GWh";
    if (a >= 1e3) return sig3(kWh / 1e3) + " MWh";
    if (a >= 1) return sig3(kWh) + " kWh";
    return sig3(kWh * 1000) + " Wh";
}

std::string bytes(double b) {
    if (!std::isfinite(b)) return "n/a";
    const double a = std::fabs(b);
    if (a >= 1e12) return fixed(b / 1e12, 2) + " TB";
    if (a >= 1e9) return fixed(b / 1e9, 1) + " GB";
    if (a >= 1e6) return fixed(b / 1e6, 0) + " MB";
    if (a >= 1e3) return fixed(b / 1e3, 0) + " kB";
    return fixed(b, 0) + " B";
}

std::string percent(double f) {
    if (!std::isfinite(f)) return "n/a";
    return fixed(f * 100, std::fabs(f) >= 0.1 ? 1 : 2) + " %";
}

std::string grouped(double x, int decimals) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, std::fabs(x));
    std::string s(buf);
    const auto dot = s.find('.');
    std::string whole = s.substr(0, dot), frac = dot == std::string::npos ? "" : s.substr(dot);
    std::string out;
    for (std::size_t i = 0; i < whole.size(); ++i) {
        if (i && (whole.size() - i) % 3 == 0) out += ',';
        out += whole[i];
    }
    return (x < 0 ? "-" : "") + out + frac;
}

} // namespace cc::human
