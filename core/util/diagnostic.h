#pragma once
// Errors that say where (JSON pointer or line/column) and what was expected.
#include "util/utf8.h"

#include <stdexcept>
#include <string>
#include <string_view>

namespace cc {

/// At most `max` bytes of user text for a message, cut on a UTF-8 boundary and
/// marked as cut ("999…(10000000 bytes)"): a 10 MB literal must not become a
/// 10 MB message (the studio's dialog froze on one). Invalid UTF-8 (raw input
/// bytes quoted by a syntax error) becomes U+FFFD, so messages stay valid text.
inline std::string clip_text(std::string_view s, std::size_t max = 80) {
    if (s.size() <= max) return valid_utf8(s);
    std::size_t n = max;
    while (n > 0 && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) --n; // not inside a UTF-8 sequence
    return valid_utf8(s.substr(0, n)) + "…(" + std::to_string(s.size()) + " bytes)";
}

/// A problem found while reading input. `where` is a JSON pointer
/// ("/components/7/ports/2/speed_Gbps"), "line L, column C" for syntax
/// errors, or a file-level location; `what` says what was expected.
class InputError : public std::runtime_error {
public:
    // Both parts are clipped: whatever a message quotes, it stays readable
    // (the sources clip their quotes to ~80 characters; this is the backstop).
    InputError(std::string where, std::string what) : InputError(Clipped{clip_text(where, kMaxWhere), clip_text(what, kMaxWhat)}) {}
    const std::string& where() const noexcept { return where_; }
    const std::string& detail() const noexcept { return what_; }

private:
    static constexpr std::size_t kMaxWhere = 400, kMaxWhat = 600;
    struct Clipped {
        std::string where, what;
    };
    explicit InputError(Clipped c)
        : std::runtime_error(c.where.empty() ? c.what : c.where + ": " + c.what), where_(std::move(c.where)), what_(std::move(c.what)) {}
    std::string where_;
    std::string what_;
};

} // namespace cc
