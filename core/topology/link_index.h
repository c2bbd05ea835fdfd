#pragma once
// The links touching each drawn component, indexed once (O(links)), and the
// per-direction speed a cable runs at. Shared by the cluster view (what the
// engines read) and the fabric audit (what the design rules report), so both
// count the same cables at the same speeds.
#include "model/design.h"

#include <string_view>
#include <unordered_map>
#include <vector>

namespace cc {

/// InfiniBand or Ethernet: the families a scale-out network is built from.
bool is_network(const Port& p);

/// One link seen from one of its ends.
struct LinkSide {
    const Link* link = nullptr;
    const Component* self = nullptr;
    const Port* self_port = nullptr; // nullptr when the link names a port the part does not have
    const Component* other = nullptr;
    const Port* other_port = nullptr;
};

class LinkIndex {
public:
    explicit LinkIndex(const Design& d);
    /// Links at the component with this id (links to missing components are left out).
    const std::vector<LinkSide>& of(std::string_view component_id) const;

private:
    std::unordered_map<std::string_view, std::vector<LinkSide>> by_comp_;
};

/// Per-direction Gb/s of one cable of this link: the slower of the two ports.
double side_speed_Gbps(const LinkSide& s);

} // namespace cc
