#include "cli_support.h"

#include "cli/cli.h"

#include <sstream>

namespace cc::testing {

CliRun run_cli(const std::vector<std::string>& args) {
    std::ostringstream out, err;
    const int code = cli::run(args, out, err);
    return {code, out.str(), err.str()};
}

} // namespace cc::testing
