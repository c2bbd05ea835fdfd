#pragma once
// Typed field access for the validation case files (SCHEMA.md): every error
// names its JSON pointer. Shared by the training and inference case readers.
#include <nlohmann/json.hpp>

#include <optional>
#include <string>

namespace cc::validation::fields {

using nlohmann::json;

/// The member `key` of `obj` (at `ptr`); throws when `obj` is no object or lacks it.
const json& need(const json& obj, const std::string& ptr, const char* key);
/// The member, or nullptr when absent or null.
const json* opt(const json& obj, const char* key);
double number(const json& v, const std::string& ptr);
int positive_int(const json& v, const std::string& ptr);
std::string str(const json& v, const std::string& ptr);
std::optional<int> opt_int(const json& obj, const std::string& ptr, const char* key);
std::optional<double> opt_num(const json& obj, const std::string& ptr, const char* key);
/// As opt_num, and the value must be > 0.
std::optional<double> opt_positive(const json& obj, const std::string& ptr, const char* key);

} // namespace cc::validation::fields
