// Every shipped template loads, passes the rules and round-trips byte for byte.
#include "format/design_format.h"
#include "model/scenarios.h"
#include "report/bom.h"
#include "rules/check.h"
#include "test_support.h"

#include <catch2/catch.hpp>

#include <filesystem>

using namespace cc;

namespace {
std::vector<std::string> templates() {
    std::vector<std::string> out;
    for (const auto& e : std::filesystem::directory_iterator(testing::source_path("templates")))
        if (e.path().extension() == ".ccd") out.push_back(e.path().string());
    std::sort(out.begin(), out.end());
    return out;
}
} // namespace

TEST_CASE("at least seven templates ship", "[templates]") { CHECK(templates().size() >= 7); }

TEST_CASE("templates load, pass check and round-trip byte-identically", "[templates]") {
    for (const auto& path : templates()) {
        INFO(path);
        const std::string bytes = testing::read_text(path);
        const Design d = format::read_design(bytes);
        CHECK_FALSE(d.title.empty());
        CHECK_FALSE(d.description.empty());
        CHECK_FALSE(d.sources.empty());
        CHECK_FALSE(d.workload.empty());
        // Every variant, not only the active one: fabric rules see each scenario's own links.
        for (std::size_t i = 0; i < scenario_count(d); ++i) {
            const auto findings = check(scenario_design(d, i));
            std::string messages;
            for (const auto& f : findings) messages += f.rule + ": " + f.message + "\n";
            INFO("scenario " << i << "\n" << messages);
            CHECK(findings.empty());
        }
        CHECK(format::write_design(d) == bytes);
        const Bom b = bill_of_materials(d);
        CHECK(b.totals.accelerators > 0);
    }
}

TEST_CASE("the A100 SuperPOD template stands for hundreds of GPUs through ×N", "[templates]") {
    const Design d = format::load_design_file(testing::source_path("templates/a100-superpod.ccd"));
    CHECK(d.components.size() < 20);
    CHECK(bill_of_materials(d).totals.accelerators == 800);
}
