#pragma once
// Bill of materials and design totals, after ×N replication.
#include "catalog/catalog.h"
#include "model/design.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace cc {

struct BomLine {
    std::string catalog_id, name;
    CatalogKind kind = CatalogKind::Node;
    double count = 0;
    std::string included_in;              // set when the part ships inside another line (GPUs in a DGX)
    std::optional<double> unit_price_usd; // unknown prices are listed, never guessed
    std::optional<double> rack_units_each;
    std::optional<double> power_typical_W_each, power_max_W_each;
    std::vector<std::string> sources;
};

struct Totals {
    double accelerators = 0;
    double accelerator_memory_GB = 0;
    std::map<Precision, double> peak_PFLOPs; // dense, by precision, where the parts publish it
    double rack_units = 0;
    double power_nominal_W = 0; // typical where published, else maximum
    double power_max_W = 0;
    int lines_without_power = 0;
    int lines_nominal_is_max = 0;
    double capex_usd = 0;        // sum of the priced lines only
    int lines_with_price = 0;    // bought lines with a catalog price
    int lines_without_price = 0; // bought lines that are not priced
    double cloud_usd_per_hour = 0;
};

struct Bom {
    std::vector<BomLine> lines; // in catalog-kind order, then id
    Totals totals;
};

Bom bill_of_materials(const Design& d, const Catalog& cat = Catalog::builtin());

/// The purchase price of the priced lines, or nullopt when no bought line has a
/// price: a design of unpriced parts is "not priced", never "$0".
std::optional<double> priced_capex_usd(const Totals& t);

} // namespace cc
