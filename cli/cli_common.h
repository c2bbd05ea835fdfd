#pragma once
// What every subcommand shares: the catalog in force and its notices.
#include "catalog/catalog.h"
#include "cli/cli_args.h"
#include "evaluate/evaluation.h"
#include "model/design.h"

#include <nlohmann/json_fwd.hpp>

#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

namespace cc::cli {

struct Context {
    Catalog catalog;
    std::vector<CatalogNotice> notices;
};

/// Built-in catalog + the user's catalog (XDG config folder) + every --catalog FILE.
Context make_context(const Parsed& p);
void print_notices(const Context& ctx, std::ostream& err);
/// Today's date, YYYY-MM-DD (UTC): which price-book rows are valid.
std::string today_utc();

/// Reads a design file; on error prints "clustercanvas-cli COMMAND: FILE#/pointer: why" and returns nothing.
std::optional<Design> load_design_reporting(const std::string& command, const std::string& file, std::ostream& err);

/// What every sweep reads first: FILE, --vary AXIS, the catalogs and the design.
struct SweepInput {
    Parsed args;
    std::string vary; // the --vary text
    std::string file;
    Context ctx;
    Design design;
};
/// Throws std::invalid_argument on usage errors (naming `axes`); returns nothing
/// when the design cannot be read (the error is already printed).
std::optional<SweepInput> read_sweep_input(const std::vector<std::string>& args, const std::string& axes, std::ostream& err);

/// The options every design-reading command accepts.
std::vector<OptionSpec> common_options();

/// --model-config FILE (commands that evaluate a workload).
OptionSpec model_config_option();
/// With --model-config FILE: the design's workload takes the transformer read from that
/// Hugging Face config.json (its notes go to `err`). False, with the message printed,
/// when the file cannot be used or the design has no workload.
bool apply_model_config(const Parsed& p, const std::string& command, Design& d, std::ostream& err);

/// Sections the engines add to `evaluate` (training, inference, edge), in
/// text and JSON; each prints nothing when the design has no such workload.
void print_engine_sections(const evaluate::Evaluation& ev, std::ostream& out);
void add_engine_sections_json(const evaluate::Evaluation& ev, nlohmann::json& j);

int cmd_evaluate(const std::vector<std::string>& args, std::ostream& out, std::ostream& err, bool rules_only);
int cmd_catalog(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);
int cmd_compare(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);
int cmd_report(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

} // namespace cc::cli
