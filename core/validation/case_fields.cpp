#include "validation/case_fields.h"

#include "format/stack_field.h"
#include "model/workload_limits.h"
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

int positive_int(const json& v, const std::string& ptr, int max) {
    const double x = number(v, ptr);
    if (x < 1 || x > max || std::floor(x) != x)
        throw InputError(ptr, "expected a whole number from 1 to " + std::to_string(max) + ", got " + json_in::describe(v));
    return static_cast<int>(x);
}

std::string str(const json& v, const std::string& ptr) {
    if (!v.is_string()) throw InputError(ptr, "expected a string, got " + json_in::describe(v));
    return v.get<std::string>();
}

std::optional<int> opt_int(const json& obj, const std::string& ptr, const char* key, int max) {
    const json* v = opt(obj, key);
    if (!v) return std::nullopt;
    return positive_int(*v, child(ptr, key), max);
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

std::optional<Stack> opt_stack(const json& c, const std::string& ptr, const std::vector<Stack>& allowed, std::string_view kind) {
    json_in::ObjectReader r(c, ptr);
    r.allow_unknown(); // the other fields are read elsewhere; unknown ones are ignored (SCHEMA.md)
    return format::read_stack(r, allowed, kind);
}

void shape_counts(const json& m, const std::string& ptr, ModelShape& shape) {
    shape.layers = opt_int(m, ptr, "layers", limits::kLayers);
    shape.hidden = opt_int(m, ptr, "hidden", limits::kHidden);
    shape.heads = opt_int(m, ptr, "heads", limits::kHeads);
    shape.kv_heads = opt_int(m, ptr, "kv_heads", limits::kHeads);
    shape.ffn = opt_int(m, ptr, "ffn", limits::kFfn);
    shape.vocab = opt_int(m, ptr, "vocab", limits::kVocab);
    shape.seq_len = opt_int(m, ptr, "seq_len", limits::kSeqLen);
    shape.experts = opt_int(m, ptr, "experts", limits::kExperts);
    shape.experts_active = opt_int(m, ptr, "experts_active", limits::kExperts);
}

} // namespace cc::validation::fields
