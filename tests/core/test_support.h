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

/// clustercanvas-cli run in-process: exit code and what it printed.
struct CliRun {
    int code = 0;
    std::string out, err;
};
CliRun run_cli(const std::vector<std::string>& args);

} // namespace cc::testing
