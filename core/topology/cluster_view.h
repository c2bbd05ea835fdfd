#pragma once
// What the engines need to know about a drawn design: the accelerator pool, the
// scale-up fabric and its domain, the scale-out bandwidth each accelerator really
// gets (NIC ports actually cabled, switch tiers, oversubscription), the storage
// it can read from, power, and which drawn component or link to blame for each
// resource. ×N is arithmetic: nothing is expanded, so the cost of resolving a
// design does not grow with replica counts.
#include "catalog/catalog.h"
#include "model/design.h"

#include <optional>
#include <string>
#include <vector>

namespace cc {

struct ClusterView {
    // Accelerator pool (the dominant accelerator type of the design).
    const AcceleratorSpec* accelerator = nullptr;
    std::string accelerator_id;
    double accelerators = 0;    // total after ×N
    int per_node = 0;           // accelerators per node (scale-up island unless the fabric spans nodes)
    double nodes = 0;           // node instances after ×N
    std::string node_component; // drawn node (or device) holding them: blamed for compute and memory
    std::string node_catalog_id;
    const NodeSpec* node = nullptr;
    bool heterogeneous = false; // more than one accelerator type drawn (only the dominant one is used)

    // Scale-up fabric.
    std::string scale_up_id;     // fabric catalog id ("nvlink4", "pcie4", "none")
    std::string scale_up_family; // nvlink, pcie, infinity_fabric, none ...
    double scale_up_GBps = 0;    // per accelerator, per direction
    int domain = 1;              // accelerators in one scale-up domain
    std::string domain_origin;   // why the domain spans more than one node ("" when it is the node)

    // Scale-out network (per accelerator, per direction, GB/s).
    double nic_GBps_per_accel = 0; // NIC ports actually cabled on a node / accelerators per node
    double oversubscription = 1;   // leaf downlink ÷ uplink capacity (≥ 1)
    double scale_out_GBps = 0;     // nic ÷ oversubscription when traffic leaves a leaf
    double nodes_per_leaf = 0;     // node instances behind one leaf switch instance (0 = no switch)
    int switch_tiers = 0;
    std::string scale_out_protocol; // infiniband, ethernet ("" when not cabled)
    std::string scale_out_link;     // node → leaf link id (blamed for NIC bandwidth)
    std::string scale_out_switch;   // leaf switch component id
    std::string uplink_link;        // leaf → spine link id (blamed when oversubscribed)

    // Storage reachable from the nodes.
    std::optional<double> storage_read_GBps; // unset: no storage drawn
    std::string storage_component;

    // Power.
    double power_W = 0; // all compute nodes + switches at maximum draw
    double power_per_accel_W = 0;

    std::vector<std::string> notes; // assumptions made while resolving
    /// Gaps in the drawn fabric a score computed on it must state ("Computed on
    /// an incomplete fabric: ..."); see topology/fabric_audit.h. Numbers are not changed by them.
    std::vector<std::string> caveats;
};

/// Resolves the design. Never throws for a structurally valid design; what is
/// missing is said in `notes` and left at zero.
ClusterView resolve_cluster(const Design& d, const Catalog& cat);

} // namespace cc
