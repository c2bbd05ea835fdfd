#include "util/human_units.h"

#include <catch2/catch.hpp>

#include <limits>

using namespace cc;

TEST_CASE("durations pick the unit people read") {
    CHECK(human::duration(0.85) == "850 ms");
    CHECK(human::duration(12.4) == "12.4 s");
    CHECK(human::duration(300) == "5.00 min");
    CHECK(human::duration(5 * 3600) == "5.00 h");
    CHECK(human::duration(18.25 * 86400) == "18.2 days");
    CHECK(human::duration(3 * 365.25 * 86400) == "3.00 years");
    CHECK(human::duration(std::numeric_limits<double>::infinity()) == "n/a");
}

TEST_CASE("SI prefixes, money, energy, bytes, percent") {
    CHECK(human::si(1234567, "tokens/s") == "1.23 M tokens/s");
    CHECK(human::si(512, "GPUs") == "512 GPUs");
    CHECK(human::si(458000, "W") == "458 kW");
    CHECK(human::si(240, "W") == "240 W");
    CHECK(human::si(3.2e9, "B/s") == "3.20 GB/s");
    CHECK(human::si(999.7, "x") == "1.00 k x");
    CHECK(human::money(1240) == "$1240");
    CHECK(human::money(31000) == "$31.0 k");
    CHECK(human::money(4.52e6) == "$4.52 M");
    CHECK(human::energy_kWh(820) == "820 kWh");
    CHECK(human::energy_kWh(3400) == "3.40 MWh");
    CHECK(human::bytes(80e9) == "80.0 GB");
    CHECK(human::percent(0.412) == "41.2 %");
    CHECK(human::percent(0.05) == "5.00 %");
    CHECK(human::number(9.996) == "10.0");
    CHECK(human::number(0.0321) == "0.0321");
    CHECK(human::number(20) == "20");
}
