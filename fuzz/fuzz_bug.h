#pragma once
// What a fuzz target does when it finds a bug: say what and abort, so libFuzzer
// saves the input as crash-* (an escaping exception would abort too, but say less).
#include "util/diagnostic.h"

#include <cstdio>
#include <cstdlib>
#include <string>

namespace cc::fuzz {

[[noreturn]] inline void bug(const std::string& what) {
    std::fprintf(stderr, "\n==fuzz bug== %s\n", what.c_str());
    std::abort();
}

/// What every refusal must be: a message, in valid UTF-8 (it ends up in dialogs and JSON).
inline void check_message(const std::string& message, const std::string& context) {
    if (message.empty()) bug(context + ": an error without a message");
    if (valid_utf8(message) != message) bug(context + ": an error message that is not valid UTF-8: " + message);
}

} // namespace cc::fuzz
