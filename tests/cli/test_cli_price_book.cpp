// --price-book: the user's CSV price list replaces catalog prices for one run;
// a bad row refuses the file with file:line and exit 2; the prices in force
// export as a price book that imports back to the same list.
#include "cli_support.h"
#include "test_support.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <fstream>

using namespace cc;
using testing::run_cli;

namespace {
const std::string kPod = testing::source_path("templates/dgx-h100-training-pod.ccd");

std::string write(const std::string& name, const std::string& text) {
    const std::string path = testing::temp_dir("price-book") + "/" + name;
    std::ofstream(path) << text;
    return path;
}
} // namespace

TEST_CASE("cli: --price-book prices the bill of materials and the report names the book", "[cli][price-book]") {
    const std::string book = write("acme.csv", "part,unit_price,currency,valid_from,note\n"
                                               "dgx-h100,289000.00,USD,2026-01-15,list price\n"
                                               "qm9700,31500,USD,2026-03-01,\"incl. support, 3 years\"\n");
    const auto r = run_cli({"evaluate", kPod, "--json", "--price-book", book});
    REQUIRE(r.code == 0);
    const auto j = nlohmann::json::parse(r.out);
    double dgx = 0;
    for (const auto& l : j["bom"])
        if (l["catalog_id"] == "dgx-h100") dgx = l["unit_price_usd"].get<double>();
    CHECK(dgx == 289000.0);
    CHECK(j["totals"]["capex_usd"].get<double>() == Approx(32 * 289000.0 + 12 * 31500.0));
}

TEST_CASE("cli: a price book with a bad row is refused with file:line and nothing is applied", "[cli][price-book]") {
    const std::string book = write("bad.csv", "part,unit_price,currency,valid_from,note\n"
                                              "dgx-h100,289000,USD,2026-01-15,\n"
                                              "dgx-h100,12 000,USD,2026-02-01,\n");
    const auto r = run_cli({"evaluate", kPod, "--price-book", book});
    CHECK(r.code == 2);
    CHECK_THAT(r.err, Catch::Contains("bad.csv:3: unit_price '12 000' is not a number"));
    CHECK_THAT(r.out, !Catch::Contains("289,000"));
}

TEST_CASE("cli: the price list in force exports as a price book that imports back unchanged", "[cli][price-book]") {
    const auto list = run_cli({"catalog", "--price-list"});
    REQUIRE(list.code == 0);
    CHECK_THAT(list.out, Catch::StartsWith("part,unit_price,currency,valid_from,note\n"));
    const std::string book = write("list.csv", list.out);
    const auto again = run_cli({"catalog", "--price-list", "--price-book", book});
    REQUIRE(again.code == 0);
    CHECK(again.out == list.out);
}
