#pragma once
// Typed, bounded access to parsed JSON with JSON-pointer error messages.
#include "util/diagnostic.h"

#include <nlohmann/json.hpp>

#include <cstddef>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace cc::json_in {

using Json = nlohmann::json;

/// Explicit limits on untrusted input; exceeding one is an InputError.
struct Limits {
    std::size_t max_bytes = 64u * 1024u * 1024u;
    int max_depth = 64;
    std::size_t max_string = 4096;
};

/// Parses text into JSON: size and nesting are checked before parsing (so a
/// hostile file cannot exhaust the stack); syntax errors carry line and column.
Json parse(std::string_view text, const Limits& limits = {});

/// Reads a whole file (refusing files over the size limit) and parses it.
Json parse_file(const std::string& path, const Limits& limits = {});

/// Short human description of a JSON value for messages: `"fast"`, `-3`, `an array`.
std::string describe(const Json& v);

/// Appends a token to a JSON pointer, escaping '~' and '/'.
std::string child(std::string_view pointer, std::string_view key);
std::string child(std::string_view pointer, std::size_t index);

/// Reads the fields of one JSON object; remembers which keys were read so
/// that `finish()` can reject unknown (misspelt) fields.
class ObjectReader {
public:
    ObjectReader(const Json& value, std::string pointer, const Limits& limits = {});

    const std::string& pointer() const { return ptr_; }
    std::string at(std::string_view key) const { return child(ptr_, key); }
    bool has(std::string_view key) const;
    /// Marks the key as known and returns it, or nullptr when absent or null.
    const Json* get(std::string_view key);
    const Json& require(std::string_view key);

    std::string string(std::string_view key);
    std::string string_or(std::string_view key, std::string fallback);
    std::optional<std::string> opt_string(std::string_view key);
    /// A string that must be one of `allowed`.
    std::string choice(std::string_view key, const std::vector<std::string_view>& allowed,
                       std::optional<std::string> fallback = std::nullopt);

    double number(std::string_view key, double min, double max);
    double number_or(std::string_view key, double fallback, double min, double max);
    std::optional<double> opt_number(std::string_view key, double min, double max);
    long long integer(std::string_view key, long long min, long long max);
    long long integer_or(std::string_view key, long long fallback, long long min, long long max);
    std::optional<long long> opt_integer(std::string_view key, long long min, long long max);
    bool boolean_or(std::string_view key, bool fallback);
    std::vector<std::string> string_list(std::string_view key, std::size_t max_items = 1000);
    const Json& array(std::string_view key, std::size_t max_items);
    const Json* opt_array(std::string_view key, std::size_t max_items);
    const Json& object(std::string_view key);

    /// Throws on the first key that was never read (unknown field).
    void finish() const;
    /// Accepts every remaining key (for documents whose unknown fields are ignored).
    void allow_unknown() { allow_unknown_ = true; }

private:
    const Json& v_;
    std::string ptr_;
    Limits limits_;
    std::vector<const std::string*> seen_; // keys of v_ that were read (unique)
    bool allow_unknown_ = false;
};

/// Checks a number read elsewhere against a range, with the same messages.
double check_number(const Json& v, const std::string& pointer, double min, double max);
long long check_integer(const Json& v, const std::string& pointer, long long min, long long max);
std::string check_string(const Json& v, const std::string& pointer, std::size_t max_len);

} // namespace cc::json_in
