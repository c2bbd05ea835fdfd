// Design loader: any bytes either load or give an InputError; nothing else may
// escape, and sanitizers must stay quiet. A design that loads round-trips:
// write → read succeeds, and the second write is byte-identical to the first.
#include "format/design_format.h"
#include "fuzz_bug.h"

#include <cstddef>
#include <cstdint>
#include <exception>

using namespace cc;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);
    Design d;
    try {
        d = format::read_design(text);
    } catch (const InputError& e) {
        fuzz::check_message(e.what(), "read_design");
        return 0; // bad input, reported: fine
    }
    const std::string once = format::write_design(d);
    Design again;
    try {
        again = format::read_design(once);
    } catch (const std::exception& e) {
        fuzz::bug(std::string("a loaded design, written, does not read back: ") + e.what() + "\n" + once);
    }
    if (format::write_design(again) != once) fuzz::bug("writing a re-read design changed its bytes:\n" + once);
    return 0;
}
