#include "util/json_reader.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <limits>
#include <sstream>

namespace cc::json_in {
namespace {

std::string format_number(double x) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.15g", x);
    return buf;
}

std::string range_text(double min, double max, bool whole) {
    const char* noun = whole ? "whole number" : "number";
    const bool unbounded = max >= 1e300 || max >= static_cast<double>(std::numeric_limits<long long>::max());
    if (min > 0 && min < 1e-200 && unbounded) return std::string("a positive ") + noun;
    if (min == 0 && unbounded) return std::string("a non-negative ") + noun;
    if (unbounded) return std::string("a ") + noun + " ≥ " + format_number(min);
    if (min > 0 && min < 1e-200) return std::string("a positive ") + noun + " up to " + format_number(max);
    return std::string("a ") + noun + " from " + format_number(min) + " to " + format_number(max);
}

// Line and column (1-based) of a byte offset, for syntax messages.
std::pair<std::size_t, std::size_t> line_col(std::string_view text, std::size_t offset) {
    std::size_t line = 1, col = 1;
    for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
        if (text[i] == '\n') {
            ++line;
            col = 1;
        } else {
            ++col;
        }
    }
    return {line, col};
}

std::string where_at(std::string_view text, std::size_t offset) {
    auto [line, col] = line_col(text, offset);
    return "line " + std::to_string(line) + ", column " + std::to_string(col);
}

// Rejects nesting deeper than the limit without recursion; strings are skipped
// so brackets inside them do not count.
void check_depth(std::string_view text, int max_depth) {
    int depth = 0;
    bool in_string = false, escaped = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (in_string) {
            if (escaped) escaped = false;
            else if (c == '\\') escaped = true;
            else if (c == '"') in_string = false;
            continue;
        }
        if (c == '"') in_string = true;
        else if (c == '[' || c == '{') {
            if (++depth > max_depth)
                throw InputError(where_at(text, i),
                                 "nesting deeper than " + std::to_string(max_depth) + " levels; the format never needs that many");
        } else if (c == ']' || c == '}') {
            --depth;
        }
    }
}

} // namespace

Json parse(std::string_view text, const Limits& limits) {
    if (text.size() > limits.max_bytes)
        throw InputError("", "input is " + std::to_string(text.size() / (1024 * 1024)) + " MiB; the limit is " +
                                 std::to_string(limits.max_bytes / (1024 * 1024)) + " MiB");
    if (text.find_first_not_of(" \t\r\n") == std::string_view::npos)
        throw InputError("line 1, column 1", "the input is empty; expected a JSON object");
    check_depth(text, limits.max_depth);
    try {
        return Json::parse(text.begin(), text.end());
    } catch (const nlohmann::json::parse_error& e) {
        // nlohmann reports the byte after the offending token; point at it.
        const std::size_t offset = e.byte > 0 ? e.byte - 1 : 0;
        std::string msg = e.what();
        // Keep nlohmann's explanation but drop its "[json.exception...] parse error at ..." prefix.
        if (auto p = msg.find(": syntax error"); p != std::string::npos) msg = msg.substr(p + 2);
        else if (auto q = msg.find("parse error"); q != std::string::npos) msg = msg.substr(q);
        // nlohmann quotes the whole last token ("last read: '999…'"): quote 80 characters of it.
        if (auto lr = msg.find("last read: '"); lr != std::string::npos) {
            const std::size_t from = lr + 12, to = msg.rfind('\'');
            if (to != std::string::npos && to > from)
                msg = msg.substr(0, from) + clip_text(std::string_view(msg).substr(from, to - from)) + msg.substr(to);
        }
        throw InputError(where_at(text, offset), "invalid JSON: " + msg);
    } catch (const nlohmann::json::out_of_range& e) {
        // Number overflow ("1e400"): nlohmann names the literal but not where it is.
        const std::string msg = e.what();
        std::size_t offset = 0;
        std::string literal;
        if (auto q1 = msg.find('\''), q2 = msg.rfind('\''); q1 != std::string::npos && q2 > q1) {
            const std::string_view lit = std::string_view(msg).substr(q1 + 1, q2 - q1 - 1);
            offset = std::min(text.find(lit.substr(0, 64)), text.size()); // a prefix locates it
            literal = " '" + clip_text(lit) + "'";
        }
        throw InputError(where_at(text, offset), "a number is too large to represent:" + literal);
    }
}

Json parse_file(const std::string& path, const Limits& limits) {
    std::error_code ec;
    const auto size = std::filesystem::file_size(path, ec);
    if (ec) throw InputError(path, "cannot read the file: " + ec.message());
    if (std::filesystem::is_directory(path, ec)) throw InputError(path, "is a folder, expected a file");
    if (size > limits.max_bytes)
        throw InputError(path, "file is " + std::to_string(size / (1024 * 1024)) + " MiB; the limit is " +
                                   std::to_string(limits.max_bytes / (1024 * 1024)) + " MiB");
    std::ifstream in(path, std::ios::binary);
    if (!in) throw InputError(path, "cannot open the file for reading");
    std::string text(static_cast<std::size_t>(size), '\0');
    in.read(text.data(), static_cast<std::streamsize>(size));
    text.resize(static_cast<std::size_t>(in.gcount()));
    return parse(text, limits);
}

std::string describe(const Json& v) {
    switch (v.type()) {
    case Json::value_t::null: return "null";
    case Json::value_t::boolean: return v.get<bool>() ? "true" : "false";
    case Json::value_t::object: return "an object";
    case Json::value_t::array: return "an array";
    case Json::value_t::string: {
        std::string s = v.get<std::string>();
        if (s.size() > 40) s = s.substr(0, 37) + "...";
        return "\"" + clip_text(s) + "\"";
    }
    case Json::value_t::number_float: return format_number(v.get<double>());
    default: return v.dump();
    }
}

std::string child(std::string_view pointer, std::string_view key) {
    std::string out(pointer);
    out += '/';
    for (char c : key) {
        if (c == '~') out += "~0";
        else if (c == '/') out += "~1";
        else out += c;
    }
    return out;
}

std::string child(std::string_view pointer, std::size_t index) { return std::string(pointer) + "/" + std::to_string(index); }

double check_number(const Json& v, const std::string& pointer, double min, double max) {
    if (!v.is_number()) throw InputError(pointer, "expected " + range_text(min, max, false) + ", got " + describe(v));
    const double x = v.get<double>();
    if (!std::isfinite(x) || x < min || x > max || (min > 0 && min < 1e-200 && x <= 0))
        throw InputError(pointer, "expected " + range_text(min, max, false) + ", got " + describe(v));
    return x;
}

long long check_integer(const Json& v, const std::string& pointer, long long min, long long max) {
    const auto bad = [&] {
        return InputError(pointer,
                          "expected " + range_text(static_cast<double>(min), static_cast<double>(max), true) + ", got " + describe(v));
    };
    if (v.is_number_integer()) {
        if (v.is_number_unsigned() && v.get<unsigned long long>() > static_cast<unsigned long long>(max)) throw bad();
        const long long x = v.get<long long>();
        if (x < min || x > max) throw bad();
        return x;
    }
    if (v.is_number_float()) {
        const double d = v.get<double>();
        if (std::isfinite(d) && d == std::floor(d) && d >= static_cast<double>(min) && d <= static_cast<double>(max))
            return static_cast<long long>(d);
    }
    throw bad();
}

std::string check_string(const Json& v, const std::string& pointer, std::size_t max_len) {
    if (!v.is_string()) throw InputError(pointer, "expected a string, got " + describe(v));
    const auto& s = v.get_ref<const std::string&>();
    if (s.size() > max_len)
        throw InputError(pointer, "text is " + std::to_string(s.size()) + " characters long; the limit is " + std::to_string(max_len));
    return s;
}

namespace {
// A field's JSON pointer is built only when its check fails (the check then runs
// again with it, so the message is the same): reading 5,000 parts built
// hundreds of thousands of pointer strings that no message ever used.
template <class Check>
auto checked(const ObjectReader& r, std::string_view key, Check check) -> decltype(check(std::string())) {
    static const std::string unused;
    try {
        return check(unused);
    } catch (const InputError&) {
        return check(r.at(key));
    }
}
} // namespace

ObjectReader::ObjectReader(const Json& value, std::string pointer, const Limits& limits)
    : v_(value), ptr_(std::move(pointer)), limits_(limits) {
    if (!v_.is_object()) throw InputError(ptr_.empty() ? "/" : ptr_, "expected an object, got " + describe(v_));
}

bool ObjectReader::has(std::string_view key) const {
    auto it = v_.find(std::string(key));
    return it != v_.end() && !it->is_null();
}

const Json* ObjectReader::get(std::string_view key) {
    auto it = v_.find(std::string(key));
    if (it == v_.end()) return nullptr; // finish() only asks about keys that are present
    // The object's own key string marks it read: no copy, and objects have few keys.
    const std::string* k = &it.key();
    if (std::find(seen_.begin(), seen_.end(), k) == seen_.end()) seen_.push_back(k);
    return it->is_null() ? nullptr : &*it;
}

const Json& ObjectReader::require(std::string_view key) {
    const Json* j = get(key);
    if (!j) throw InputError(at(key), "required field is missing");
    return *j;
}

std::string ObjectReader::string(std::string_view key) {
    const Json& j = require(key);
    return checked(*this, key, [&](const std::string& at) { return check_string(j, at, limits_.max_string); });
}

std::string ObjectReader::string_or(std::string_view key, std::string fallback) {
    const Json* j = get(key);
    return j ? checked(*this, key, [&](const std::string& at) { return check_string(*j, at, limits_.max_string); }) : std::move(fallback);
}

std::optional<std::string> ObjectReader::opt_string(std::string_view key) {
    const Json* j = get(key);
    if (!j) return std::nullopt;
    return checked(*this, key, [&](const std::string& at) { return check_string(*j, at, limits_.max_string); });
}

std::string ObjectReader::choice(std::string_view key, const std::vector<std::string_view>& allowed, std::optional<std::string> fallback) {
    const Json* j = get(key);
    if (!j) {
        if (fallback) return *fallback;
        throw InputError(at(key), "required field is missing");
    }
    std::string s = checked(*this, key, [&](const std::string& at) { return check_string(*j, at, limits_.max_string); });
    for (auto a : allowed)
        if (a == s) return s;
    std::string list;
    for (std::size_t i = 0; i < allowed.size(); ++i) {
        if (i) list += i + 1 == allowed.size() ? " or " : ", ";
        list += "\"" + std::string(allowed[i]) + "\"";
    }
    throw InputError(at(key), "expected one of " + list + ", got " + describe(*j));
}

double ObjectReader::number(std::string_view key, double min, double max) {
    const Json& j = require(key);
    return checked(*this, key, [&](const std::string& at) { return check_number(j, at, min, max); });
}

double ObjectReader::number_or(std::string_view key, double fallback, double min, double max) {
    const Json* j = get(key);
    return j ? checked(*this, key, [&](const std::string& at) { return check_number(*j, at, min, max); }) : fallback;
}

std::optional<double> ObjectReader::opt_number(std::string_view key, double min, double max) {
    const Json* j = get(key);
    if (!j) return std::nullopt;
    return checked(*this, key, [&](const std::string& at) { return check_number(*j, at, min, max); });
}

long long ObjectReader::integer(std::string_view key, long long min, long long max) {
    const Json& j = require(key);
    return checked(*this, key, [&](const std::string& at) { return check_integer(j, at, min, max); });
}

long long ObjectReader::integer_or(std::string_view key, long long fallback, long long min, long long max) {
    const Json* j = get(key);
    return j ? checked(*this, key, [&](const std::string& at) { return check_integer(*j, at, min, max); }) : fallback;
}

std::optional<long long> ObjectReader::opt_integer(std::string_view key, long long min, long long max) {
    const Json* j = get(key);
    if (!j) return std::nullopt;
    return checked(*this, key, [&](const std::string& at) { return check_integer(*j, at, min, max); });
}

bool ObjectReader::boolean_or(std::string_view key, bool fallback) {
    const Json* j = get(key);
    if (!j) return fallback;
    if (!j->is_boolean()) throw InputError(at(key), "expected true or false, got " + describe(*j));
    return j->get<bool>();
}

std::vector<std::string> ObjectReader::string_list(std::string_view key, std::size_t max_items) {
    std::vector<std::string> out;
    const Json* j = opt_array(key, max_items);
    if (!j) return out;
    for (std::size_t i = 0; i < j->size(); ++i) out.push_back(check_string((*j)[i], child(at(key), i), limits_.max_string));
    return out;
}

const Json& ObjectReader::array(std::string_view key, std::size_t max_items) {
    const Json* j = opt_array(key, max_items);
    if (!j) throw InputError(at(key), "required field is missing");
    return *j;
}

const Json* ObjectReader::opt_array(std::string_view key, std::size_t max_items) {
    const Json* j = get(key);
    if (!j) return nullptr;
    if (!j->is_array()) throw InputError(at(key), "expected an array, got " + describe(*j));
    if (j->size() > max_items)
        throw InputError(at(key), "has " + std::to_string(j->size()) + " items; the limit is " + std::to_string(max_items));
    return j;
}

const Json& ObjectReader::object(std::string_view key) {
    const Json& j = require(key);
    if (!j.is_object()) throw InputError(at(key), "expected an object, got " + describe(j));
    return j;
}

void ObjectReader::finish() const {
    if (allow_unknown_ || seen_.size() == v_.size()) return; // every key was read
    for (auto it = v_.begin(); it != v_.end(); ++it) {
        if (std::find(seen_.begin(), seen_.end(), &it.key()) == seen_.end())
            throw InputError(child(ptr_, it.key()), "unknown field; check the spelling against the format reference");
    }
}

} // namespace cc::json_in
