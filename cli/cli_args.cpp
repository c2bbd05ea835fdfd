#include "cli/cli_args.h"

#include <stdexcept>

namespace cc::cli {

std::optional<std::string> Parsed::value(const std::string& name) const {
    auto it = options.find(name);
    if (it == options.end() || it->second.empty()) return std::nullopt;
    return it->second.back();
}

std::vector<std::string> Parsed::values(const std::string& name) const {
    auto it = options.find(name);
    return it == options.end() ? std::vector<std::string>{} : it->second;
}

Parsed parse_args(const std::vector<std::string>& args, const std::vector<OptionSpec>& spec) {
    Parsed p;
    bool only_positional = false;
    for (std::size_t i = 0; i < args.size(); ++i) {
        std::string a = args[i];
        if (only_positional || a.size() < 2 || a[0] != '-') {
            p.positional.push_back(a);
            continue;
        }
        if (a == "--") {
            only_positional = true;
            continue;
        }
        std::optional<std::string> inline_value;
        if (auto eq = a.find('='); eq != std::string::npos) {
            inline_value = a.substr(eq + 1);
            a = a.substr(0, eq);
        }
        const OptionSpec* s = nullptr;
        for (const auto& o : spec)
            if (o.name == a) s = &o;
        if (!s) {
            std::string known;
            for (const auto& o : spec) known += (known.empty() ? "" : ", ") + o.name;
            throw std::invalid_argument("unknown option '" + a + "'" + (known.empty() ? "" : " (this command takes: " + known + ")"));
        }
        std::string v;
        if (s->takes_value) {
            if (inline_value) v = *inline_value;
            else if (i + 1 < args.size()) v = args[++i];
            else throw std::invalid_argument("option '" + a + "' needs a value");
        } else if (inline_value) {
            throw std::invalid_argument("option '" + a + "' takes no value");
        }
        auto& slot = p.options[a];
        if (!slot.empty() && !s->repeatable) throw std::invalid_argument("option '" + a + "' given twice");
        slot.push_back(v);
    }
    return p;
}

} // namespace cc::cli
