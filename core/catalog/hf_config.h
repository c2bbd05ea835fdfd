#pragma once
// Defines a transformer from a Hugging Face `config.json` (the file every
// model repository on the Hub carries): shape fields are mapped onto a
// ModelShape, parameters are counted from the shape, and every field that could
// change the model's size or cost but is not modelled is listed in `notes`.
#include "model/workload.h"

#include <string>
#include <vector>

namespace cc {

struct HfImport {
    ModelShape model;               // arch decoder or moe-decoder; params/active_params counted
    std::vector<std::string> notes; // "sliding_window: not modelled (full attention assumed)"
};

/// Throws InputError naming the JSON pointer (`/hidden_size`, `/text_config/vocab_size`)
/// of a missing or invalid required field. `name` is used when the file names no model.
HfImport import_hf_config(const std::string& text, const std::string& name);

/// Reads the file; errors carry "FILE#/pointer". The model is named after the
/// folder that holds a `config.json` (the repository), else after the file.
HfImport import_hf_config_file(const std::string& path);

} // namespace cc
