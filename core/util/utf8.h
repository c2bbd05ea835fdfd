#pragma once
// Text that reaches messages and JSON output must be valid UTF-8: a syntax
// error quotes the raw bytes of the input, and nlohmann::json::dump() throws on
// an invalid sequence (`validate --json` died on one).
#include <string>
#include <string_view>

namespace cc {

/// `s` with every byte that does not start a well-formed UTF-8 sequence (RFC 3629:
/// no overlong forms, surrogates or code points above U+10FFFF) replaced by U+FFFD.
std::string valid_utf8(std::string_view s);

} // namespace cc
