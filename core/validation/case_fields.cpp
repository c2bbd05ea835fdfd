#include "validation/case_fields.h"

#include "util/diagnostic.h"
#include "util/json_reader.h"

#include <cmath>

namespace cc::validation::fields {

using json_in::child;

const json& need(const json& obj, const std::string& ptr, const char* key) {
    if (!obj.is_object()) throw InputError(ptr, "expected an object");
    auto it = obj.find(key);
    if (it == obj.end()) throw InputError(child(ptr, key), "missing required field");
    return *it;
}

const json* opt(const json& obj, const char* key) {
    if (!obj.is_object()) return nullptr;
    auto it = obj.find(key);
    return it == obj.end() || it->is_null() ? nullptr : &*it;
}

double number(const json& v, const std::string& ptr) {
    if (!v.is_number()) throw InputError(ptr, "expected a number, got " + json_in::describe(v));
    const double x = v.get<double>();
    if (!std::isfinite(x)) throw InputError(ptr, "expected a finite number");
    return x;
}

int positive_int(const json& v, const std::string& ptr) {
    const double x = number(v, ptr);
    if (x < 1 || x > 1e9 || std::floor(x) != x) throw InputError(ptr, "expected a positive whole number, got " + json_in::describe(v));
    return static_cast<int>(x);
}

std::string str(const json& v, const std::string& ptr) {
    if (!v.is_string()) throw InputError(ptr, "expected a string, got " + json_in::describe(v));
    return v.get<std::string>();
}

std::optional<int> opt_int(const json& obj, const std::string& ptr, const char* key) {
    const json* v = opt(obj, key);
    if (!v) return std::nullopt;
    return positive_int(*v, child(ptr, key));
}

std::optional<double> opt_num(const json& obj, const std::string& ptr, const char* key) {
    const json* v = opt(obj, key);
    if (!v) return std::nullopt;
    return number(*v, child(ptr, key));
}

std::optional<double> opt_positive(const json& obj, const std::string& ptr, const char* key) {
    const auto x = opt_num(obj, ptr, key);
    if (x && *x <= 0) throw InputError(child(ptr, key), "expected a positive number");
    return x;
}

} // namespace cc::validation::fields
