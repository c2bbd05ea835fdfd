#pragma once
// Errors that say where (JSON pointer or line/column) and what was expected.
#include <stdexcept>
#include <string>

namespace cc {

/// A problem found while reading input. `where` is a JSON pointer
/// ("/components/7/ports/2/speed_Gbps"), "line L, column C" for syntax
/// errors, or a file-level location; `what` says what was expected.
class InputError : public std::runtime_error {
public:
    InputError(std::string where, std::string what)
        : std::runtime_error(where.empty() ? what : where + ": " + what),
          where_(std::move(where)), what_(std::move(what)) {}
    const std::string& where() const noexcept { return where_; }
    const std::string& detail() const noexcept { return what_; }

private:
    std::string where_;
    std::string what_;
};

} // namespace cc
