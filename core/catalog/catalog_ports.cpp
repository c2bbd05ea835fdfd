// Default ports of new components and cross-entry reference checks.
#include "catalog/catalog.h"

namespace cc {

PortFabric net_fabric(std::string_view protocol) {
    return protocol == "infiniband" ? PortFabric{FabricFamily::InfiniBand, 0} : PortFabric{FabricFamily::Ethernet, 0};
}

std::vector<Port> Catalog::default_ports(std::string_view id) const {
    std::vector<Port> ports;
    if (const auto* n = node(id)) {
        if (const auto* c = nic(n->nic); c && n->nics > 0)
            ports.push_back({"net", net_fabric(c->protocol), c->port_speed_Gbps, n->nics * c->ports});
        if (const auto* s = nic(n->storage_nic); s && n->storage_nics > 0)
            ports.push_back({"storage", net_fabric(s->protocol), s->port_speed_Gbps, n->storage_nics * s->ports});
        if (ports.empty()) ports.push_back({"net", {FabricFamily::Ethernet, 0}, 25, 2}); // onboard LOM
        // PCIe servers with free slots accept standalone accelerators.
        if (n->accelerator_slots > 0 && n->scale_up_fabric.rfind("pcie", 0) == 0)
            if (auto f = port_fabric_from(n->scale_up_fabric)) ports.push_back({"pcie", *f, 0, n->accelerator_slots});
        for (auto& p : ports)
            if (p.id == "pcie") p.speed_Gbps = p.fabric.generation >= 3 ? 8.0 * 16 * (1 << (p.fabric.generation - 3)) : 128;
    } else if (const auto* a = accelerator(id)) {
        if (a->pcie_gen && *a->pcie_gen >= 3)
            ports.push_back(
                {"host", {FabricFamily::PCIe, *a->pcie_gen}, a->host_link_GBps_per_dir ? *a->host_link_GBps_per_dir * 8 : 128.0, 1});
        if (auto f = port_fabric_from(a->scale_up_fabric); f && f->family == FabricFamily::NVLink)
            if (const auto* fs = fabric(a->scale_up_fabric)) ports.push_back({"nvlink", *f, fs->per_accel_GBps_per_dir * 8, 1});
    } else if (const auto* h = cpu_host(id)) {
        const auto* c = nic(h->nic);
        ports.push_back({"net", c ? net_fabric(c->protocol) : PortFabric{FabricFamily::Ethernet, 0}, c ? c->port_speed_Gbps : 25.0,
                         c ? std::max(1, h->nics * c->ports) : 2});
    } else if (const auto* c = nic(id)) {
        ports.push_back({"net", net_fabric(c->protocol), c->port_speed_Gbps, c->ports});
    } else if (const auto* s = switch_(id)) {
        ports.push_back({"ports", net_fabric(s->protocol), s->port_speed_Gbps, s->ports});
    } else if (const auto* st = storage(id)) {
        if (st->protocol != "pcie")
            ports.push_back({"net", net_fabric(st->protocol), st->port_speed_Gbps.value_or(100), std::max(1, st->ports)});
    } else if (const auto* e = edge_device(id)) {
        ports.push_back({"eth", {FabricFamily::Ethernet, 0}, e->ethernet_Gbps.value_or(1), 1});
    } else if (camera(id)) {
        ports.push_back({"eth", {FabricFamily::Ethernet, 0}, 1, 1});
    } else if (wan_link(id)) {
        ports.push_back({"site", {FabricFamily::Ethernet, 0}, 10, 1});
        ports.push_back({"wan", {FabricFamily::WAN, 0}, 10, 1});
    } else if (cloud_region(id)) {
        ports.push_back({"wan", {FabricFamily::WAN, 0}, 100, 64});
    }
    return ports;
}

std::vector<std::string> Catalog::dangling_references() const {
    std::vector<std::string> problems;
    auto need = [&](const EntryInfo& from, std::string_view field, const std::string& id, bool found) {
        if (!id.empty() && !found)
            problems.push_back(from.id + " (" + from.origin + "): " + std::string(field) + " '" + id + "' is not in the catalog");
    };
    for (const auto& a : accelerators_) need(a.info, "scale_up_fabric", a.scale_up_fabric, fabric(a.scale_up_fabric));
    for (const auto& n : nodes_) {
        need(n.info, "accelerator", n.accelerator, accelerator(n.accelerator));
        need(n.info, "scale_up_fabric", n.scale_up_fabric, fabric(n.scale_up_fabric));
        need(n.info, "nic", n.nic, nic(n.nic));
        need(n.info, "storage_nic", n.storage_nic, nic(n.storage_nic));
    }
    for (const auto& h : cpu_hosts_) need(h.info, "nic", h.nic, nic(h.nic));
    for (const auto& e : edge_devices_) need(e.info, "accelerator", e.accelerator, accelerator(e.accelerator));
    for (const auto& c : cloud_regions_) need(c.info, "node", c.node, node(c.node));
    return problems;
}

} // namespace cc
