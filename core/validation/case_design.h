#pragma once
// The cluster of a validation case (SCHEMA.md "cluster") as a real drawn design,
// shared by training and inference cases: a node group ×(count/per_node) under
// leaf switches (racks ×N) and a spine group, so the topology resolver and
// core/evaluate see the case exactly as a user's design.
#include "catalog/catalog.h"
#include "evaluate/evaluation.h"
#include "model/design.h"

#include <optional>
#include <string>

namespace cc::validation {

struct CaseCluster {
    std::string accelerator;
    int count = 1, per_node = 1; // a count that per_node does not divide rounds up to whole nodes
    std::string scale_up;        // fabric id ("none": single devices)
    std::optional<double> scale_out_gbps_per_accel;
    std::string scale_out;  // infiniband, roce, ethernet, "" = engine default
    std::string power_mode; // "" = the accelerator's own default
};

/// Said in the case's notes when per_node does not divide count: the design has
/// whole nodes, so it holds more accelerators than the case names.
std::optional<std::string> whole_nodes_note(const CaseCluster& cl);

/// A design with the case's cluster and no workload. The node is a catalog server
/// with this exact fit-out when there is one, else the generic chassis with overrides.
Design case_cluster_design(const CaseCluster& cl, const std::string& case_id, const Catalog& cat);

/// How validation scores a case design through evaluate(): the numbers only (no
/// curves, no design-rule findings); the caller adds the case's ValidationKnobs.
evaluate::Options case_options(bool explain);

} // namespace cc::validation
