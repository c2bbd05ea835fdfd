#pragma once
// Small designs and helpers shared by the core tests.
#include "model/design.h"

#include <string>
#include <vector>

namespace cc::testing {

/// A small valid design (two racks of nodes, a leaf switch, storage, training
/// workload) with explicit ports, independent of the catalog's contents.
Design small_design();
/// A part with the builtin catalog's default ports.
Component catalog_part(std::string id, ComponentKind kind, const std::string& catalog_id, std::string group = {});
/// Its canonical JSON text.
std::string small_design_text();
/// Path of a file under the source tree.
std::string source_path(const std::string& rel);
/// Whole file as text.
std::string read_text(const std::string& path);
/// A fresh empty folder under the build's temp area.
std::string temp_dir(const std::string& name);
/// Gives d a Llama 3 8B training workload (1e12 tokens, batch 512).
void train_llama(Design& d);
/// A scalable unit drawn once for ×units copies: racks ×4 of two DGX H100, two
/// leaves, every node NIC cabled to a leaf, nothing leaving the unit.
Design scalable_units(int units);

} // namespace cc::testing
