// The fabric caveat as the command line shows it: under the training headline
// and in the JSON training section.
#include "cli_support.h"
#include "format/design_format.h"
#include "test_support.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <fstream>

using namespace cc;
using testing::scalable_units;

TEST_CASE("cli: evaluate prints the fabric caveat under the training headline and in JSON", "[cli][fabric]") {
    const std::string dir = testing::temp_dir("fabric-caveat");
    const std::string file = dir + "/units.ccd";
    Design d = scalable_units(13);
    d.description = "13 scalable units, no spines";
    d.sources = {"unit test"};
    std::ofstream(file) << format::write_design(d);
    const auto text = testing::run_cli({"evaluate", file});
    CHECK(text.code == 0); // warnings only
    CHECK_THAT(text.out, Catch::Contains("  ! Computed on an incomplete fabric: group 'Scalable unit' (g1) ×13 has no scale-out link"));
    CHECK_THAT(text.out, Catch::Contains("[scale-out-missing]"));
    const auto js = testing::run_cli({"evaluate", file, "--json"});
    const auto j = nlohmann::json::parse(js.out);
    REQUIRE(j["training"]["caveats"].size() == 1);
    CHECK(j["training"]["caveats"][0].get<std::string>().find("×13") != std::string::npos);
    CHECK(j["findings"][0]["rule"] == "scale-out-missing");
    CHECK(j["findings"][0]["subject"] == "g1");
}
