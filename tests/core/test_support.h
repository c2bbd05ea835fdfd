#pragma once
// Small designs and helpers shared by the core tests.
#include "model/design.h"

#include <string>

namespace cc::testing {

/// A small valid design (two racks of nodes, a leaf switch, storage, training
/// workload) with explicit ports, independent of the catalog's contents.
Design small_design();
/// Its canonical JSON text.
std::string small_design_text();
/// Path of a file under the source tree.
std::string source_path(const std::string& rel);
/// Whole file as text.
std::string read_text(const std::string& path);
/// A fresh empty folder under the build's temp area.
std::string temp_dir(const std::string& name);

} // namespace cc::testing
