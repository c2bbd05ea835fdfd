#pragma once
// Design rules, fast enough to run on every edit.
#include "catalog/catalog.h"
#include "catalog/model_library.h"
#include "model/design.h"

#include <string>
#include <vector>

namespace cc {

enum class Severity { Error, Warning, Info };
std::string_view to_string(Severity s);

struct Finding {
    Severity severity = Severity::Warning;
    std::string rule;    // stable code, e.g. "port-oversubscribed"
    std::string subject; // component, link or group id the finding is about
    std::string message; // one sentence with the numbers
};

std::vector<Finding> check(const Design& d, const Catalog& cat = Catalog::builtin(), const ModelLibrary& models = ModelLibrary::builtin());

bool has_errors(const std::vector<Finding>& f);

} // namespace cc
