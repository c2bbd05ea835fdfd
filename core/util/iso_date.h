#pragma once
// Calendar dates as files write them: YYYY-MM-DD (and, where a month is
// precise enough, YYYY-MM), with a real month and day.
#include <string_view>

namespace cc {

inline bool valid_iso_date(std::string_view d, bool month_only_ok) {
    const auto digits = [&](std::size_t from, std::size_t n) {
        for (std::size_t i = from; i < from + n; ++i)
            if (i >= d.size() || d[i] < '0' || d[i] > '9') return false;
        return true;
    };
    const auto two = [&](std::size_t at) { return (d[at] - '0') * 10 + (d[at + 1] - '0'); };
    if (!(d.size() == 10 || (month_only_ok && d.size() == 7)) || !digits(0, 4) || d[4] != '-' || !digits(5, 2)) return false;
    if (two(5) < 1 || two(5) > 12) return false;
    if (d.size() == 7) return true;
    return d[7] == '-' && digits(8, 2) && two(8) >= 1 && two(8) <= 31;
}

} // namespace cc
