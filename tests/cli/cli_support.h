#pragma once
// Running the command-line program inside the test binary.
#include <string>
#include <vector>

namespace cc::testing {

/// clustercanvas-cli run in-process: exit code and what it printed.
struct CliRun {
    int code = 0;
    std::string out, err;
};
CliRun run_cli(const std::vector<std::string>& args);

} // namespace cc::testing
