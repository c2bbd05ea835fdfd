// The design writer prints JSON itself (format/json_text.h); its text must be
// exactly what nlohmann's dump(2) prints for the same values, byte for byte.
#include "format/design_format.h"
#include "format/json_text.h"
#include "synthetic_design.h"
#include "test_support.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <limits>

using namespace cc;
using format::JsonText;
using nlohmann::json;

namespace {
std::string dumped(const std::string& text) { return json::parse(text).dump(2); }
} // namespace

TEST_CASE("json text: nesting, empty containers and bytewise key order as dump(2)", "[format][json-text]") {
    JsonText j;
    j.begin_object();
    j.key("zeta").value(1);
    j.key("Alpha").value("upper case sorts first");
    j.key("a_b").value(true);
    j.key("ab").begin_array();
    j.value(0.1);
    j.begin_object();
    j.key("y").value(-0.0);
    j.key("x").begin_array();
    j.end_array();
    j.end_object();
    j.begin_object();
    j.end_object();
    j.value(std::uint64_t{18446744073709551615u});
    j.end_array();
    j.key("empty").begin_object();
    j.end_object();
    j.end_object();
    const std::string text = j.take();
    CHECK(text == dumped(text));
    CHECK(text.find("\"Alpha\"") < text.find("\"a_b\""));
    CHECK(text.find("\"a_b\"") < text.find("\"ab\""));
    CHECK(text.find("\"empty\": {}") != std::string::npos);
    CHECK(text.find("\"x\": []") != std::string::npos);
}

TEST_CASE("json text: numbers and strings print as nlohmann prints them", "[format][json-text]") {
    const json values = json::array({0.1, 1e300, -2.5e-7, 3.0, 100.0, 1e21, -0.0, 42, -7, "plain", "quote \" and \\ backslash",
                                     "tab\tnew\nline\x01", "Münich — Rack ×4", ""});
    JsonText j;
    j.value(values);
    const std::string text = j.take();
    CHECK(text == values.dump(2));
    JsonText nan;
    nan.begin_array();
    nan.value(std::numeric_limits<double>::quiet_NaN());
    nan.value(std::numeric_limits<double>::infinity());
    nan.end_array();
    CHECK(nan.take() == json::array({NAN, INFINITY}).dump(2));
}

TEST_CASE("json text: invalid UTF-8 is refused as dump refuses it", "[format][json-text]") {
    JsonText j;
    CHECK_THROWS_AS(j.value(std::string("bad \xff byte")), json::type_error);
}

TEST_CASE("the design writer prints exactly dump(2) of its own JSON, odd names and every optional field included", "[format][json-text]") {
    Design d = testing::small_design();
    d.title = "Title with \"quotes\", a tab\t and ünïcödé";
    d.description = "line one\nline two";
    d.sources = {"https://example.com/a", "b \\ c"};
    Component& c = d.components.front();
    c.name = "GPU node ×8 — \"fast\"";
    c.count = 3;
    c.accelerator = "h100-sxm";
    c.accelerator_count = 8;
    c.scale_up_fabric = "nvlink4";
    c.power_mode = "max";
    c.capacity_TB = 0.1;
    c.nodes = 12;
    c.pos = {-0.0, 1e7};
    d.links.front().length_m = 2.5;
    d.links.front().latency_us = 0.3;
    d.links.front().count = 2;
    const std::string text = format::write_design(d);
    CHECK(text == dumped(text) + "\n");
    CHECK(format::read_design(text) == d);
    const std::string big = format::write_design(testing::synthetic_training_design(300, 4));
    CHECK(big == dumped(big) + "\n");
}
