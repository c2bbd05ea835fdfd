// `report FILE -o OUT.pdf`: the customer report. Typesetting a PDF needs Qt,
// which core/ never links, so the command hands the job to the studio binary
// installed beside this one (`clustercanvas --report`), headless.
#include "cli/cli.h"
#include "cli/cli_common.h"

#include <cerrno>
#include <cstdlib>
#include <filesystem>
#include <ostream>
#include <stdexcept>

#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

namespace cc::cli {
namespace {

namespace fs = std::filesystem;

// The studio next to this executable (same build folder or same bin/).
fs::path studio_binary() {
    if (const char* forced = std::getenv("CLUSTERCANVAS_STUDIO")) return forced; // tests, unusual installs
    std::error_code ec;
    const fs::path self = fs::read_symlink("/proc/self/exe", ec);
    if (ec) return {};
    return self.parent_path() / "clustercanvas";
}

} // namespace

int cmd_report(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    const std::vector<OptionSpec> spec{{"-o", true, false, "the PDF to write"},
                                       {"--price-book", true, false, "your price list (CSV) in place of catalog prices"}};
    const Parsed p = parse_args(args, spec);
    if (p.positional.size() != 1) throw std::invalid_argument("expected one design FILE");
    const auto pdf = p.value("-o");
    if (!pdf || pdf->empty()) throw std::invalid_argument("-o OUT.pdf: say where to write the report");
    // Check the design here so errors read like every other command's.
    if (!load_design_reporting("report", p.positional[0], err)) return kBadInput;

    const fs::path studio = studio_binary();
    std::error_code ec;
    if (studio.empty() || !fs::exists(studio, ec)) {
        err << "clustercanvas-cli report: the studio (" << (studio.empty() ? std::string("clustercanvas") : studio.string())
            << ") draws the report and was not found next to clustercanvas-cli; build with CC_BUILD_GUI=ON or install the package\n";
        return kBadInput;
    }
    if (!std::getenv("DISPLAY") && !std::getenv("WAYLAND_DISPLAY")) setenv("QT_QPA_PLATFORM", "offscreen", 0);
    setenv("QT_LOGGING_RULES", "qt.qpa.*=false", 0); // the off-screen platform's chatter is not for users
    std::string exe = studio.string(), file = p.positional[0], flag = "--report", target = *pdf, book_flag = "--price-book",
                book = p.value("--price-book").value_or("");
    char* argv[] = {exe.data(), file.data(), flag.data(), target.data(), book.empty() ? nullptr : book_flag.data(), book.data(), nullptr};
    out.flush();
    pid_t pid = 0;
    if (posix_spawn(&pid, exe.c_str(), nullptr, nullptr, argv, environ) != 0) {
        err << "clustercanvas-cli report: cannot start " << exe << "\n";
        return kBadInput;
    }
    int status = 0;
    pid_t waited = 0;
    do waited = waitpid(pid, &status, 0); // retry only when a signal interrupted the wait
    while (waited < 0 && errno == EINTR);
    if (waited < 0) {
        err << "clustercanvas-cli report: lost track of " << exe << "\n";
        return kBadInput;
    }
    return WIFEXITED(status) ? WEXITSTATUS(status) : kBadInput;
}

} // namespace cc::cli
