#include "cli/cli.h"

#include "cli/cli_common.h"
#include "cli/cli_training.h"
#include "format/design_format.h"
#include "util/diagnostic.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <ostream>

namespace cc::cli {

namespace {

struct Command {
    const char* name;
    const char* synopsis;
    const char* help;
};

const Command kCommands[] = {
    {"evaluate", "evaluate FILE [--json] [--catalog FILE]... [--price-book FILE]",
     "Scores a design: bill of materials after ×N replication (parts by catalog id, counts,\n"
     "rack units, power nominal and maximum, list price where public), totals (accelerators,\n"
     "memory, dense peak PFLOP/s by precision) and design-rule findings.\n"
     "--json prints the same as JSON (format documented in docs/cli-json.md).\n"
     "Exit code: 0 evaluated, 1 the design has rule errors, 2 the file cannot be read."},
    {"check", "check FILE [--json] [--catalog FILE]...",
     "Runs the design rules only (ports, switch radix, node slots, links, power budgets,\n"
     "model fit, workload hardware) and prints the findings. Exit code as for evaluate."},
    {"catalog", "catalog [--json] [--kind KIND] [--price-list] [--catalog FILE]... [--price-book FILE]",
     "Lists the hardware catalog: built-in entries, your user catalog and any --catalog file.\n"
     "--price-list prints the prices in force (after --price-book) as a price book CSV.\n"
     "KIND is one of: fabric, accelerator, node, cpu_host, nic, switch, storage, edge_device,\n"
     "camera, wan_link, cloud_region."},
    {"validate", "validate FILE... [--json] [--notes] [--cv [--params NAME,...]] [--set NAME=VALUE]... [--catalog FILE]...",
     "Rebuilds each published measurement in *.cases.json as a design, evaluates it and prints\n"
     "predicted vs measured per metric, failed cases (id + JSON pointer) and a summary (median\n"
     "absolute % error, share within 10 % and 20 %, median signed error, worst case). --notes lists\n"
     "the engine defaults used where a case leaves a field null. --cv refits the training constants\n"
     "with each source family left out in turn and reports the error on the family left out next to\n"
     "the in-sample error. --set scores with a fitted training constant changed (names as in\n"
     "calibrate). Exit code: 0 all cases evaluated, 1 some failed."},
    {"calibrate", "calibrate FILE... [--params NAME,...] [--set NAME=VALUE]... [--json] [--catalog FILE]...",
     "Refits the training engine's fitted constants (CALIBRATION.md) on the training cases of the\n"
     "files by least squares on log(predicted ÷ measured), within each constant's bounds, and prints\n"
     "the constants before and after with the error summary before and after. Nothing is changed\n"
     "in the program: copy the values into core/engine/training/calibration.h to adopt them."},
    {"sweep", "sweep FILE --vary AXIS=FROM:TO[:STEPS] [--json] [--catalog FILE]...",
     "Re-scores a design while one quantity varies; every point carries its bottleneck.\n"
     "Training designs, AXIS = gpus (×N of the drawn node group, powers of two from one node up to\n"
     "the design's own count; FROM:TO limits the range), tokens, params or batch (STEPS points,\n"
     "default 8, spaced geometrically): step time, throughput, MFU, memory verdict.\n"
     "Serving and edge designs, AXIS = rate, concurrency, users, streams, input_tokens,\n"
     "output_tokens or gpus: TTFT/TPOT/latency p50 and p99, throughput, utilisation, the knee."},
    {"explain", "explain FILE METRIC [--json] [--catalog FILE]...",
     "Prints the explanation tree of one number of a training design's evaluation: formula,\n"
     "inputs with units and sources, and the numbers it is built from. METRIC is a key such as\n"
     "step_time_s, tokens_per_s, tflops_per_gpu, mfu, memory_per_gpu_GB, time_to_train_min,\n"
     "bottleneck, or 'all' for the whole tree."},
    {"compare", "compare FILE [--baseline NAME] [--json] [--catalog FILE]...",
     "Scores every scenario (variant) kept in a design file and prints them side by side:\n"
     "accelerators, power, list price and the workload's headline metrics, each with its change\n"
     "against the baseline (the first scenario unless --baseline NAME) and whether that is better\n"
     "or worse. A design without scenarios compares as a single column."},
    {"report", "report FILE -o OUT.pdf",
     "Writes the customer report (title page with the canvas, scores and bottleneck, charts,\n"
     "bill of materials with rack units, power and price, design-rule findings, scenario\n"
     "comparison, assumptions and the source of every hardware number) as a PDF. Drawn by the\n"
     "studio binary installed next to clustercanvas-cli, without a display."},
};

void print_help(std::ostream& out) {
    out << "clustercanvas-cli " << format::app_version() << " — score AI infrastructure designs from the command line\n\n"
        << "Usage:\n";
    for (const auto& c : kCommands) out << "  clustercanvas-cli " << c.synopsis << "\n";
    out << "  clustercanvas-cli help COMMAND\n  clustercanvas-cli --version\n\nCommands:\n";
    for (const auto& c : kCommands) {
        out << "  " << c.name << "\n";
        std::string h = c.help;
        std::size_t start = 0;
        while (start < h.size()) {
            auto nl = h.find('\n', start);
            out << "      " << h.substr(start, nl == std::string::npos ? std::string::npos : nl - start) << "\n";
            if (nl == std::string::npos) break;
            start = nl + 1;
        }
    }
    out << "\nOptions for commands that read catalogs:\n"
        << "  --catalog FILE   add a user catalog (same format as resources/catalog/*.json); repeatable.\n"
        << "                   $XDG_CONFIG_HOME/clustercanvas/catalog.json is read when it exists.\n"
        << "                   A bad catalog file is reported and skipped.\n"
        << "  --price-book FILE  your price list (CSV: part,unit_price,currency,valid_from,note; USD) in\n"
        << "                   place of catalog prices; a file with any bad row is refused (file:line) and\n"
        << "                   nothing from it is applied. 'catalog --price-list' prints the prices in force.\n"
        << "\nExit codes: 0 success, 1 design-rule errors, 2 unreadable input or bad arguments.\n";
}

} // namespace

std::vector<OptionSpec> common_options() {
    return {{"--json", false, false, "print JSON"},
            {"--catalog", true, true, "add a user catalog file"},
            {"--price-book", true, false, "your price list (CSV) overriding catalog prices"}};
}

std::optional<SweepInput> read_sweep_input(const std::vector<std::string>& args, const std::string& axes, std::ostream& err) {
    auto spec = common_options();
    spec.push_back({"--vary", true, false, axes + "[=FROM:TO[:STEPS]]"});
    spec.push_back(model_config_option());
    SweepInput in;
    in.args = parse_args(args, spec);
    if (in.args.positional.size() != 1) throw std::invalid_argument("expected one design FILE");
    const auto vary = in.args.value("--vary");
    if (!vary) throw std::invalid_argument("expected --vary " + axes + "[=FROM:TO[:STEPS]]");
    in.vary = *vary;
    in.file = in.args.positional[0];
    in.ctx = make_context(in.args);
    print_notices(in.ctx, err);
    auto loaded = load_design_reporting("sweep", in.file, err);
    if (!loaded) return std::nullopt;
    in.design = std::move(*loaded);
    if (!apply_model_config(in.args, "sweep", in.design, err)) return std::nullopt;
    return in;
}

std::optional<Design> load_design_reporting(const std::string& command, const std::string& file, std::ostream& err) {
    try {
        return format::load_design_file(file);
    } catch (const InputError& e) {
        err << "clustercanvas-cli " << command << ": " << file;
        if (e.where() == file) err << ": " << e.detail() << "\n"; // about the file itself (absolute paths start with '/' too)
        else err << (e.where().rfind('/', 0) == 0 ? "#" : ": ") << e.what() << "\n";
        return std::nullopt;
    }
}

Context make_context(const Parsed& p) {
    Context ctx{Catalog::builtin(), {}};
    namespace fs = std::filesystem;
    fs::path config;
    if (const char* xdg = std::getenv("XDG_CONFIG_HOME"); xdg && *xdg) config = xdg;
    else if (const char* home = std::getenv("HOME"); home && *home) config = fs::path(home) / ".config";
    if (!config.empty()) {
        const fs::path user = config / "clustercanvas" / "catalog.json";
        std::error_code ec;
        if (fs::exists(user, ec)) ctx.catalog.add_user_file(user.string(), ctx.notices);
    }
    for (const auto& f : p.values("--catalog")) ctx.catalog.add_user_file(f, ctx.notices);
    for (const auto& problem : ctx.catalog.dangling_references()) ctx.notices.push_back({"catalog", problem});
    if (const auto book_file = p.value("--price-book")) {
        // A bad row refuses the whole book: prices never come half from it.
        std::vector<PriceBookProblem> problems;
        const auto book = read_price_book(*book_file, ctx.catalog, problems);
        if (!book) {
            std::string why = "price book refused, no price from it applied:";
            for (const auto& pb : problems) why += "\n  " + pb.where + ": " + pb.what;
            throw std::invalid_argument(why);
        }
        ctx.catalog.apply_price_book(*book, today_utc());
    }
    return ctx;
}

std::string today_utc() {
    const auto days = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
    const std::chrono::year_month_day ymd{days};
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()),
                  static_cast<unsigned>(ymd.day()));
    return buf;
}

void print_notices(const Context& ctx, std::ostream& err) {
    for (const auto& n : ctx.notices) err << "catalog: " << n.file << ": " << n.message << "\n";
}

int run(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    if (args.empty()) {
        print_help(err);
        return kBadInput;
    }
    const std::string& cmd = args[0];
    const std::vector<std::string> rest(args.begin() + 1, args.end());
    if (cmd == "--help" || cmd == "-h") {
        print_help(out);
        return kOk;
    }
    if (cmd == "--version" || cmd == "-V") {
        out << "clustercanvas-cli " << format::app_version() << " (design format " << format::kCurrentVersion << ")\n";
        return kOk;
    }
    if (cmd == "help") {
        if (rest.empty()) {
            print_help(out);
            return kOk;
        }
        for (const auto& c : kCommands)
            if (rest[0] == c.name) {
                out << "Usage: clustercanvas-cli " << c.synopsis << "\n\n" << c.help << "\n";
                return kOk;
            }
        err << "clustercanvas-cli: no command '" << rest[0] << "'; run 'clustercanvas-cli --help'\n";
        return kBadInput;
    }
    for (const auto& a : rest)
        if (a == "--help" || a == "-h") return run({"help", cmd}, out, err);
    try {
        if (cmd == "evaluate") return cmd_evaluate(rest, out, err, false);
        if (cmd == "check") return cmd_evaluate(rest, out, err, true);
        if (cmd == "catalog") return cmd_catalog(rest, out, err);
        if (cmd == "validate") return cmd_validate(rest, out, err);
        if (cmd == "calibrate") return cmd_calibrate(rest, out, err);
        if (cmd == "sweep") return cmd_sweep(rest, out, err);
        if (cmd == "explain") return cmd_explain(rest, out, err);
        if (cmd == "compare") return cmd_compare(rest, out, err);
        if (cmd == "report") return cmd_report(rest, out, err);
    } catch (const std::invalid_argument& e) {
        err << "clustercanvas-cli " << cmd << ": " << e.what() << "\nRun 'clustercanvas-cli help " << cmd << "'.\n";
        return kBadInput;
    }
    err << "clustercanvas-cli: unknown command '" << cmd << "'; run 'clustercanvas-cli --help'\n";
    return kBadInput;
}

} // namespace cc::cli
