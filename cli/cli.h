#pragma once
// clustercanvas-cli: every subcommand, runnable in-process (tests call this).
#include <iosfwd>
#include <string>
#include <vector>

namespace cc::cli {

/// Exit codes: 0 evaluated, 1 the design has rule errors, 2 unreadable input or bad arguments.
enum Exit { kOk = 0, kDesignErrors = 1, kBadInput = 2 };

int run(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

} // namespace cc::cli
