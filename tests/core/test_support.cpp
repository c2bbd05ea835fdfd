#include "test_support.h"

#include "catalog/catalog.h"
#include "format/design_format.h"

#include <filesystem>
#include <fstream>
#include <sstream>
#include <unistd.h>

namespace cc::testing {

Design small_design() {
    Design d;
    d.title = "Small test pod";
    d.description = "Two racks of DGX H100 behind one leaf";
    d.sources = {"unit test"};
    Port net{"net", {FabricFamily::InfiniBand, 0}, 400, 8};
    d.groups.push_back({"g1", GroupKind::Rack, "Rack", "", 2, 45000.0, 42});
    d.components.push_back({"c1", ComponentKind::Node, "dgx-h100", "Node", "g1", {0, 0}, 2, {net}, {}, {}, {}, {}, {}, {}});
    d.components.push_back({"c2",
                            ComponentKind::Switch,
                            "qm9700",
                            "Leaf",
                            "",
                            {200, 0},
                            1,
                            {{"ports", {FabricFamily::InfiniBand, 0}, 400, 64}},
                            {},
                            {},
                            {},
                            {},
                            {},
                            {}});
    d.components.push_back({"c3",
                            ComponentKind::Storage,
                            "pfs-ddn-ai400x2",
                            "PFS",
                            "",
                            {400, 0},
                            1,
                            {{"net", {FabricFamily::InfiniBand, 0}, 400, 8}},
                            {},
                            {},
                            {},
                            {},
                            {},
                            {}});
    d.links.push_back({"l1", {"c1", "net"}, {"c2", "ports"}, 8, 3.0, std::nullopt});
    d.links.push_back({"l2", {"c3", "net"}, {"c2", "ports"}, 8, 5.0, std::nullopt});
    TrainingWorkload t;
    t.model.library_id = "llama3-8b";
    t.dataset_tokens = 1e12;
    t.global_batch = 512;
    d.workload.spec = t;
    return d;
}

Component catalog_part(std::string id, ComponentKind kind, const std::string& catalog_id, std::string group) {
    Component c;
    c.id = std::move(id);
    c.kind = kind;
    c.catalog_id = catalog_id;
    c.group = std::move(group);
    c.ports = Catalog::builtin().default_ports(catalog_id);
    return c;
}

std::string small_design_text() { return format::write_design(small_design()); }

std::string source_path(const std::string& rel) { return std::string(CC_SOURCE_DIR) + "/" + rel; }

std::string read_text(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

std::string temp_dir(const std::string& name) {
    namespace fs = std::filesystem;
    const fs::path p = fs::temp_directory_path() / ("cc-tests-" + std::to_string(::getpid()) + "-" + name);
    fs::remove_all(p);
    fs::create_directories(p);
    return p.string();
}

void train_llama(Design& d) {
    TrainingWorkload t;
    t.model.library_id = "llama3-8b";
    t.dataset_tokens = 1e12;
    t.global_batch = 512;
    d.workload.spec = t;
}

Design scalable_units(int units) {
    Design d;
    d.title = "Scalable units";
    d.groups.push_back({"g1", GroupKind::Pod, "Scalable unit", "", units, {}, {}});
    d.groups.push_back({"g2", GroupKind::Rack, "DGX rack", "g1", 4, {}, {}});
    d.groups.push_back({"g3", GroupKind::Pod, "Leaves", "g1", 2, {}, {}});
    d.components.push_back(catalog_part("c1", ComponentKind::Node, "dgx-h100", "g2"));
    d.components.back().count = 2;
    d.components.push_back(catalog_part("c2", ComponentKind::Switch, "qm9700", "g3"));
    d.components.back().name = "Leaf";
    d.links.push_back({"l1", {"c1", "net"}, {"c2", "ports"}, 4, {}, {}}); // 8 cables per node, 32 per leaf
    train_llama(d);
    return d;
}

} // namespace cc::testing
