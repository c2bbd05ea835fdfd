#pragma once
// Typed field access for the validation case files (SCHEMA.md): every error
// names its JSON pointer. Shared by the training and inference case readers.
#include "model/stack.h"
#include "model/workload.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <vector>

namespace cc::validation::fields {

using nlohmann::json;

/// The member `key` of `obj` (at `ptr`); throws when `obj` is no object or lacks it.
const json& need(const json& obj, const std::string& ptr, const char* key);
/// The member, or nullptr when absent or null.
const json* opt(const json& obj, const char* key);
double number(const json& v, const std::string& ptr);
/// A whole number from 1 to `max` (1e9 unless the field has a tighter range).
int positive_int(const json& v, const std::string& ptr, int max = 1000000000);
std::string str(const json& v, const std::string& ptr);
std::optional<int> opt_int(const json& obj, const std::string& ptr, const char* key, int max = 1000000000);
std::optional<double> opt_num(const json& obj, const std::string& ptr, const char* key);
/// As opt_num, and the value must be > 0.
std::optional<double> opt_positive(const json& obj, const std::string& ptr, const char* key);

/// The case's optional `stack` (SCHEMA.md 1.1), one of `allowed` (the stacks of
/// the case's kind, `kind` for the message); absent or null = unknown.
std::optional<Stack> opt_stack(const json& c, const std::string& ptr, const std::vector<Stack>& allowed, std::string_view kind);

/// The whole-number fields of a model shape (layers … experts_active), each
/// within the range a .ccd design allows (model/workload_limits.h).
void shape_counts(const json& m, const std::string& ptr, ModelShape& shape);

} // namespace cc::validation::fields
