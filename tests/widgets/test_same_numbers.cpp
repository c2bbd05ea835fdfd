// The CLI, the studio and the report show the same numbers for every template
// and scenario: all three read one core evaluation and one metric table.
#include "cli/cli.h"
#include "format/design_format.h"
#include "model/scenarios.h"
#include "report/report_writer.h"
#include "scoring/comparison_data.h"
#include "scoring/scorer.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <QDir>

#include <cmath>
#include <sstream>

using namespace cc;
using namespace cc::studio;

namespace {

nlohmann::json cliMetrics(const std::string& file, const std::string& scenario) {
    std::ostringstream out, err;
    std::vector<std::string> args{"evaluate", file, "--json"};
    if (!scenario.empty()) args.insert(args.end(), {"--scenario", scenario});
    const int code = cli::run(args, out, err);
    INFO(err.str());
    REQUIRE(code != cli::kBadInput);
    const auto j = nlohmann::json::parse(out.str());
    REQUIRE(j.contains("metrics"));
    return j["metrics"];
}

bool same(const nlohmann::json& cli, const std::optional<double>& v) {
    if (!v) return cli.is_null();
    return cli.is_number() && std::abs(cli.get<double>() - *v) <= 1e-12 * std::max(1.0, std::abs(*v));
}

} // namespace

TEST_CASE("same numbers: CLI evaluate, studio cards and report for every template and scenario", "[widgets][evaluate]") {
    const QDir dir(QStringLiteral(CC_SOURCE_DIR "/templates"));
    const auto files = dir.entryList({QStringLiteral("*.ccd")}, QDir::Files, QDir::Name);
    REQUIRE(files.size() >= 7);
    int cards_checked = 0, rows_checked = 0;
    for (const QString& f : files) {
        const std::string path = dir.filePath(f).toStdString();
        const Design d = format::load_design_file(path);
        const ComparisonData cmp = computeComparison(d, Catalog::builtin());
        const auto names = scenario_names(d);
        REQUIRE(cmp.table.scenarios.size() == names.size());
        for (std::size_t i = 0; i < names.size(); ++i) {
            INFO(f.toStdString() << " · scenario " << names[i]);
            const Design sd = scenario_design(d, i);
            const auto cli = cliMetrics(path, names.size() > 1 ? names[i] : std::string());
            // Studio: every score card that carries a number shows the CLI's.
            const ScoreResult studio = scoreDesign(sd, Catalog::builtin(), {}, 1);
            for (const ScoreCard& c : studio.cards) {
                if (!c.number) continue;
                INFO("card " << c.key.toStdString());
                REQUIRE(cli.contains(c.key.toStdString()));
                CHECK(same(cli[c.key.toStdString()], c.number));
                ++cards_checked;
            }
            // Compare and the report's comparison table: every metric row.
            for (const auto& m : cmp.table.scenarios[i].metrics) {
                INFO("metric " << m.key);
                REQUIRE(cli.contains(m.key));
                CHECK(same(cli[m.key], m.value));
                ++rows_checked;
            }
            // The report prints the studio's cards as they are.
            const QString html = reportHtml({sd, f, studio}, Catalog::builtin());
            for (const ScoreCard& c : studio.cards) CHECK(html.contains(c.value.toHtmlEscaped()));
        }
    }
    CHECK(cards_checked > 30);
    CHECK(rows_checked > 60);
}
