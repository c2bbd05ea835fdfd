#pragma once
// A small, strict argument parser: unknown options are errors with a hint.
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace cc::cli {

struct OptionSpec {
    std::string name; // "--json"
    bool takes_value = false;
    bool repeatable = false;
    std::string help;
};

struct Parsed {
    std::vector<std::string> positional;
    std::map<std::string, std::vector<std::string>> options;

    bool flag(const std::string& name) const { return options.count(name) != 0; }
    std::optional<std::string> value(const std::string& name) const;
    std::vector<std::string> values(const std::string& name) const;
};

/// Throws std::invalid_argument with a message naming the bad argument.
Parsed parse_args(const std::vector<std::string>& args, const std::vector<OptionSpec>& spec);

} // namespace cc::cli
