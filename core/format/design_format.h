#pragma once
// The .ccd file format: JSON with format/version/app_version, read through
// migrations, written deterministically (sorted keys, id order, no volatile fields).
#include "model/design.h"
#include "util/json_reader.h"

#include <functional>
#include <string>
#include <vector>

namespace cc::format {

inline constexpr const char* kFormatName = "clustercanvas-design";
inline constexpr int kCurrentVersion = 2; // 2: scenarios

/// Explicit limits on what a design may contain (beyond the JSON limits).
struct DesignLimits {
    std::size_t max_components = 100000;
    std::size_t max_links = 200000;
    std::size_t max_groups = 20000;
    std::size_t max_scenarios = 64;
    std::size_t max_ports = 64;             // port groups per component
    int max_port_count = 4096;              // ports in one port group
    int max_group_depth = 16;               // node ⊂ rack ⊂ pod ⊂ site, with room to spare
    long long max_replicas = 1000000;       // one group's ×N
    long long max_multiplicity = 100000000; // product of ×N along a nesting chain
};

/// Upgrades a document of version `from` to `from + 1` in place.
struct Migration {
    int from = 0;
    std::function<void(json_in::Json&)> apply;
};

/// The built-in migration chain (1 → 2 adds scenarios).
const std::vector<Migration>& migrations();

/// Reads a design from JSON text. Throws InputError with a JSON pointer (schema
/// and semantic errors) or line/column (syntax errors). Never returns a half design.
Design read_design(const std::string& text, const DesignLimits& limits = {}, const std::vector<Migration>& chain = migrations(),
                   int current_version = kCurrentVersion);
Design read_design_json(json_in::Json doc, const DesignLimits& limits = {}, const std::vector<Migration>& chain = migrations(),
                        int current_version = kCurrentVersion);
Design load_design_file(const std::string& path, const DesignLimits& limits = {});

/// The canonical JSON of a design: same design → same bytes.
json_in::Json to_json(const Design& d);
std::string write_design(const Design& d);

/// Writes to a temporary file beside `path`, flushes it, then renames it over
/// `path`; on any failure the previous file is untouched. Throws InputError.
void save_design_file(const Design& d, const std::string& path);
void write_file_atomically(const std::string& path, const std::string& bytes);

/// The program version written into files.
const char* app_version();

} // namespace cc::format
