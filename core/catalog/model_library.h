#pragma once
// The library of published model shapes (resources/models/models.json).
#include "model/workload.h"

#include <optional>
#include <string>
#include <vector>

namespace cc {

struct ModelSpec {
    std::string id;
    ModelShape shape; // shape.name is the display name
    std::optional<int> input_width_px, input_height_px;
    std::vector<std::string> sources;
    std::string notes;
};

class ModelLibrary {
public:
    static const ModelLibrary& builtin();
    void add_document(const std::string& text, const std::string& origin);

    const ModelSpec* find(std::string_view id) const;
    const std::vector<ModelSpec>& models() const { return models_; }

private:
    std::vector<ModelSpec> models_;
};

/// The shape a workload refers to (library entry or custom), or nullptr if the id is unknown.
const ModelShape* resolve_model(const ModelRef& ref, const ModelLibrary& lib = ModelLibrary::builtin());

/// Bytes of weights at a precision (total parameters).
double weight_bytes(const ModelShape& m, Precision p);

} // namespace cc
