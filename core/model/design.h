#pragma once
// The design document: components with stable ids, typed ports, links and
// nested groups with replica counts. Plain data; no Qt.
#include "model/kinds.h"
#include "model/port.h"
#include "model/workload.h"

#include <optional>
#include <string>
#include <vector>

namespace cc {

struct Point {
    double x = 0, y = 0;
    bool operator==(const Point&) const = default;
};

struct Component {
    std::string id; // stable, unique in the design ("c12")
    ComponentKind kind = ComponentKind::Node;
    std::string catalog_id; // the catalog entry this part is
    std::string name;       // label on the canvas
    std::string group;      // id of the enclosing group, empty at top level
    Point pos;
    int count = 1; // identical parts drawn once (e.g. 16 cameras)
    std::vector<Port> ports;
    // Kind-specific overrides of the catalog entry.
    std::optional<std::string> accelerator;     // node / edge device: accelerator id
    std::optional<int> accelerator_count;       // node / edge device
    std::optional<std::string> scale_up_fabric; // node: fabric id joining its accelerators
    std::optional<std::string> power_mode;      // accelerator / edge device
    std::optional<double> capacity_TB;          // storage
    std::optional<int> nodes;                   // cloud region: nodes rented

    const Port* port(std::string_view port_id) const;
    bool operator==(const Component&) const = default;
};

struct LinkEnd {
    std::string component;
    std::string port;
    bool operator==(const LinkEnd&) const = default;
};

struct Link {
    std::string id;
    LinkEnd a, b;
    int count = 1; // parallel cables drawn as one
    std::optional<double> length_m;
    std::optional<double> latency_us; // one way, added to the fabric's own
    bool operator==(const Link&) const = default;
};

struct Group {
    std::string id;
    GroupKind kind = GroupKind::Rack;
    std::string name;
    std::string parent;                   // enclosing group, empty at top level
    int replicas = 1;                     // this group stands for ×N copies
    std::optional<double> power_budget_W; // racks
    std::optional<int> rack_units;        // racks: usable height
    // Its nodes (trays) share one scale-up switch domain, as in a GB200/GB300
    // NVL72 rack: collectives and the plan search treat every accelerator in one
    // copy of the group as one NVLink island (capped by the fabric's max_domain).
    bool scale_up_domain = false;
    bool operator==(const Group&) const = default;
};

/// One variant of the design kept in the same file (e.g. "H100" vs "H200"):
/// its own canvas and workload. The active variant lives in the Design itself;
/// the others wait here, so engines never need to know about scenarios.
struct Scenario {
    std::string name;
    std::vector<Component> components;
    std::vector<Link> links;
    std::vector<Group> groups;
    Workload workload;
    bool operator==(const Scenario&) const = default;
};

struct Design {
    std::string title;
    std::string description;
    std::vector<std::string> sources; // where the design's shape comes from
    std::vector<Component> components;
    std::vector<Link> links;
    std::vector<Group> groups;
    Workload workload;
    // Scenarios: empty `scenario` and no `scenarios` = a plain single design.
    std::string scenario;              // name of the active variant
    std::vector<Scenario> scenarios;   // the inactive variants, in display order
    std::size_t scenario_position = 0; // where the active variant sits among them (0..scenarios.size())

    const Component* component(std::string_view id) const;
    Component* component(std::string_view id);
    const Group* group(std::string_view id) const;
    const Link* link(std::string_view id) const;
    bool operator==(const Design&) const = default;
};

/// How messages name a part or a group: "'Leaf' (c2)", or the bare id when unnamed.
std::string label_of(const Component& c);
std::string label_of(const Group& g);

/// Natural order for ids ("c2" before "c10"), used to keep files stable.
bool id_less(std::string_view a, std::string_view b);

/// Sorts components, links and groups by id (the saved order).
void normalise_order(Design& d);
void normalise_order(Scenario& s);

/// A fresh id with the given prefix ("c", "l", "g") not used in the design.
std::string next_id(const Design& d, std::string_view prefix);

} // namespace cc
