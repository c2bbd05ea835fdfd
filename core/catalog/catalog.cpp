#include "catalog/catalog.h"

#include "util/iso_date.h"
#include "util/json_reader.h"

#include <filesystem>

namespace cc {

using json_in::Json;
using json_in::ObjectReader;

namespace {

constexpr double kBig = 1e15;
constexpr double kPositive = 1e-300; // lower bound meaning "strictly positive"
constexpr std::size_t kMaxEntries = 10000;

const std::vector<std::string_view> kConfidence{"high", "medium", "low"};
const std::vector<std::string_view> kNetProtocols{"infiniband", "ethernet"};

// Fields that document an entry but that no computation reads.
void accept_informational(ObjectReader& r) {
    for (auto key : {"price_basis", "form_factor", "mem_type", "derived_fields", "sparse_peaks_note", "url"}) r.get(key);
}

EntryInfo read_info(ObjectReader& r, CatalogKind kind, const std::string& origin) {
    EntryInfo i;
    i.kind = kind;
    i.id = r.string("id");
    if (i.id.empty()) throw InputError(r.at("id"), "expected a non-empty id");
    i.name = r.string("name");
    i.vendor = r.string_or("vendor", "");
    i.sources = r.string_list("sources", 100);
    if (i.sources.empty()) throw InputError(r.at("sources"), "expected at least one source for the entry's numbers");
    i.confidence = r.choice("confidence", kConfidence, std::string("low"));
    i.notes = r.string_or("notes", "");
    i.price_usd = r.opt_number("price_usd", 0, kBig);
    i.price_date = r.opt_string("price_date").value_or("");
    if (!i.price_date.empty() && !valid_iso_date(i.price_date, true))
        throw InputError(r.at("price_date"), "expected a date YYYY-MM or YYYY-MM-DD, got \"" + clip_text(i.price_date) + "\"");
    i.price_source = r.opt_string("price_source").value_or("");
    i.rack_units = r.opt_number("rack_units", 0, 100);
    i.origin = origin;
    accept_informational(r);
    return i;
}

std::vector<PowerMode> read_power_modes(ObjectReader& r) {
    std::vector<PowerMode> modes;
    const Json* arr = r.opt_array("power_modes", 32);
    if (!arr) return modes;
    for (std::size_t i = 0; i < arr->size(); ++i) {
        ObjectReader m((*arr)[i], json_in::child(r.at("power_modes"), i));
        PowerMode pm;
        pm.name = m.string("name");
        pm.power_W = m.number("power_W", kPositive, 1e5);
        pm.compute_scale = m.number_or("compute_scale", 1.0, kPositive, 10);
        pm.mem_bw_GBps = m.opt_number("mem_bw_GBps", kPositive, kBig);
        m.get("notes");
        m.finish();
        modes.push_back(std::move(pm));
    }
    return modes;
}

int count_or(ObjectReader& r, std::string_view key, int fallback) { return static_cast<int>(r.integer_or(key, fallback, 0, 100000)); }

// A user entry whose architecture text names no generation still loads (the text
// is free-form); the notice says where, what is understood, and what follows.
// An entry without architecture is silently Unknown (the field is optional).
std::string unknown_generation_notice(const AcceleratorSpec& s, const std::string& pointer) {
    std::string known;
    for (auto n : accelerator_generation_names())
        if (n != to_string(AcceleratorGeneration::Unknown)) known += (known.empty() ? "" : ", ") + std::string(n);
    return pointer + ": '" + s.info.id + "': \"" + clip_text(s.architecture) + "\" names no known generation (expected a word among " +
           known + "): its generation is unknown and the engines use their generic efficiencies for it";
}

} // namespace

const PowerMode* AcceleratorSpec::mode(std::string_view name) const {
    for (const auto& m : power_modes)
        if (m.name == name) return &m;
    return nullptr;
}

const std::vector<std::string_view>& catalog_kind_names() {
    static const std::vector<std::string_view> n{"fabric",  "accelerator", "node",   "cpu_host", "nic",         "switch",
                                                 "storage", "edge_device", "camera", "wan_link", "cloud_region"};
    return n;
}
std::string_view to_string(CatalogKind k) { return catalog_kind_names()[static_cast<std::size_t>(k)]; }
std::optional<CatalogKind> catalog_kind_from(std::string_view s) {
    const auto& n = catalog_kind_names();
    for (std::size_t i = 0; i < n.size(); ++i)
        if (n[i] == s) return static_cast<CatalogKind>(i);
    return std::nullopt;
}
std::optional<ComponentKind> component_kind_of(CatalogKind k) {
    switch (k) {
    case CatalogKind::Fabric: return std::nullopt;
    case CatalogKind::Accelerator: return ComponentKind::Accelerator;
    case CatalogKind::Node: return ComponentKind::Node;
    case CatalogKind::CpuHost: return ComponentKind::CpuHost;
    case CatalogKind::Nic: return ComponentKind::Nic;
    case CatalogKind::Switch: return ComponentKind::Switch;
    case CatalogKind::Storage: return ComponentKind::Storage;
    case CatalogKind::EdgeDevice: return ComponentKind::EdgeDevice;
    case CatalogKind::Camera: return ComponentKind::Camera;
    case CatalogKind::WanLink: return ComponentKind::WanLink;
    case CatalogKind::CloudRegion: return ComponentKind::CloudRegion;
    }
    return std::nullopt;
}

template <class T>
void Catalog::put(Table<T>& t, T entry, std::vector<CatalogNotice>* notices) {
    auto it = index_.find(entry.info.id);
    if (it != index_.end()) {
        if (it->second.info->kind != entry.info.kind)
            throw InputError("", "id '" + entry.info.id + "' is already a " + std::string(to_string(it->second.info->kind)) + " (from " +
                                     it->second.info->origin + "); pick another id");
        if (notices) notices->push_back({entry.info.origin, "'" + entry.info.id + "' replaces the entry from " + it->second.info->origin});
        auto* existing = const_cast<T*>(static_cast<const T*>(it->second.entry));
        *existing = std::move(entry);
        return;
    }
    t.push_back(std::move(entry));
    index_.emplace(t.back().info.id, Slot{&t.back().info, &t.back()});
}

void Catalog::add_document(const std::string& text, const std::string& origin, std::vector<CatalogNotice>* notices) {
    const Json doc = json_in::parse(text);
    ObjectReader top(doc, "");
    const std::string format = top.string("format");
    if (format != "clustercanvas-catalog")
        throw InputError("/format", "expected \"clustercanvas-catalog\", got \"" + clip_text(format) + "\"");
    const auto version = top.integer("version", 1, 1000000);
    if (version > 1)
        throw InputError("/version", "catalog version " + std::to_string(version) +
                                         " is newer than this ClusterCanvas reads (1); update ClusterCanvas");
    const Json& entries = top.array("entries", kMaxEntries);
    top.get("notes");
    top.finish();

    // Parse everything first, add only when the whole document is valid.
    Catalog staged = *this;
    staged.rebuild_index();
    for (std::size_t i = 0; i < entries.size(); ++i) {
        const std::string ptr = json_in::child("/entries", i);
        ObjectReader r(entries[i], ptr);
        const std::string kind_text = r.choice("kind", catalog_kind_names());
        const CatalogKind kind = *catalog_kind_from(kind_text);
        try {
            staged.add_entry(r, kind, origin, notices);
        } catch (const InputError& e) {
            if (e.where().empty()) throw InputError(ptr, e.detail());
            throw;
        }
    }
    *this = std::move(staged);
    rebuild_index();
}

bool Catalog::add_user_file(const std::string& path, std::vector<CatalogNotice>& notices) {
    try {
        const Json probe = json_in::parse_file(path); // size/syntax checks with line numbers
        add_document(probe.dump(), path, &notices);
        return true;
    } catch (const InputError& e) {
        notices.push_back({path, std::string(e.what()) + " — this catalog file was skipped"});
        return false;
    }
}

const EntryInfo* Catalog::info(std::string_view id) const {
    auto it = index_.find(id);
    return it == index_.end() ? nullptr : it->second.info;
}

std::vector<const EntryInfo*> Catalog::entries(std::optional<CatalogKind> kind) const {
    std::vector<const EntryInfo*> out;
    auto collect = [&](const auto& table) {
        for (const auto& e : table)
            if (!kind || e.info.kind == *kind) out.push_back(&e.info);
    };
    collect(fabrics_);
    collect(accelerators_);
    collect(nodes_);
    collect(cpu_hosts_);
    collect(nics_);
    collect(switches_);
    collect(storage_);
    collect(edge_devices_);
    collect(cameras_);
    collect(wan_links_);
    collect(cloud_regions_);
    return out;
}

void Catalog::rebuild_index() {
    index_.clear();
    auto add = [&](const auto& table) {
        for (const auto& e : table) index_.emplace(e.info.id, Slot{&e.info, &e});
    };
    add(fabrics_);
    add(accelerators_);
    add(nodes_);
    add(cpu_hosts_);
    add(nics_);
    add(switches_);
    add(storage_);
    add(edge_devices_);
    add(cameras_);
    add(wan_links_);
    add(cloud_regions_);
}

Catalog::Catalog(const Catalog& other)
    : fabrics_(other.fabrics_), accelerators_(other.accelerators_), nodes_(other.nodes_), cpu_hosts_(other.cpu_hosts_), nics_(other.nics_),
      switches_(other.switches_), storage_(other.storage_), edge_devices_(other.edge_devices_), cameras_(other.cameras_),
      wan_links_(other.wan_links_), cloud_regions_(other.cloud_regions_), price_basis_(other.price_basis_) {
    rebuild_index();
}

void Catalog::reset_prices(const Catalog& base) {
    for (auto& [id, slot] : index_) {
        auto* info = const_cast<EntryInfo*>(slot.info); // our own tables, see apply_price_book
        const EntryInfo* from = base.info(id);
        info->price_usd = from ? from->price_usd : std::nullopt;
        info->price_date = from ? from->price_date : std::string();
        info->price_source = from ? from->price_source : std::string();
    }
    price_basis_ = base.price_basis_;
}

std::size_t Catalog::apply_price_book(const PriceBook& book, const std::string& today) {
    std::size_t changed = 0;
    std::string as_of; // the newest row in force (a row not yet valid does not date the prices)
    for (const PriceBookRow* row : effective_rows(book, today)) {
        as_of = std::max(as_of, row->valid_from);
        auto it = index_.find(row->catalog_id);
        if (it == index_.end()) continue;
        // The slot points into this catalog's own tables (deques with stable addresses).
        auto* info = const_cast<EntryInfo*>(it->second.info);
        info->price_usd = row->unit_price;
        info->price_date = row->valid_from;
        // The row's note is its source (an exported price list carries the catalog's); the
        // catalog's price_basis() names the book for reports.
        info->price_source = row->note.empty() ? book.name : row->note;
        ++changed;
    }
    price_basis_ = book.name + (as_of.empty() ? std::string(", no row valid yet") : ", " + as_of);
    return changed;
}

Catalog& Catalog::operator=(const Catalog& other) {
    if (this != &other) {
        Catalog copy(other);
        *this = std::move(copy);
    }
    return *this;
}

void Catalog::add_entry(ObjectReader& r, CatalogKind kind, const std::string& origin, std::vector<CatalogNotice>* notices) {
    EntryInfo info = read_info(r, kind, origin);
    switch (kind) {
    case CatalogKind::Fabric: {
        FabricSpec s{std::move(info), {}, 0, 0, {}, {}};
        s.family = r.choice("family", {"none", "pcie", "nvlink", "infinity_fabric", "roce", "infiniband", "ethernet", "wan"});
        s.per_accel_GBps_per_dir = r.number_or("per_accel_GBps_per_dir", 0, 0, kBig);
        s.per_accel_GBps_bidir = r.number_or("per_accel_GBps_bidir", 2 * s.per_accel_GBps_per_dir, 0, kBig);
        if (auto m = r.opt_integer("max_domain", 1, 1000000)) s.max_domain = static_cast<int>(*m);
        s.latency_us = r.opt_number("latency_us", 0, 1e6);
        r.finish();
        put(fabrics_, std::move(s), notices);
        break;
    }
    case CatalogKind::Accelerator: {
        AcceleratorSpec s;
        s.info = std::move(info);
        s.category = r.choice("category", {"datacenter-gpu", "inference-gpu", "edge-module", "edge-npu", "fpga"});
        s.architecture = r.string_or("architecture", "");
        s.generation = generation_of_architecture(s.architecture);
        if (s.generation == AcceleratorGeneration::Unknown && !s.architecture.empty() && notices)
            notices->push_back({s.info.origin, unknown_generation_notice(s, r.at("architecture"))});
        if (auto y = r.opt_integer("release_year", 1990, 2100)) s.release_year = static_cast<int>(*y);
        s.mem_GB = r.opt_number("mem_GB", kPositive, 1e6);
        s.mem_bw_GBps = r.opt_number("mem_bw_GBps", kPositive, kBig);
        if (const Json* peaks = r.get("peak_tflops")) {
            ObjectReader pr(*peaks, r.at("peak_tflops"));
            for (auto name : precision_names()) {
                auto p = *precision_from(name);
                s.peak_tflops[static_cast<std::size_t>(p)] = pr.opt_number(name, kPositive, 1e7);
            }
            // Informational: published, but no engine path runs FP64 or FP6 (a FP6 job runs as FP8).
            pr.opt_number("fp64", kPositive, 1e7);
            pr.opt_number("fp6", kPositive, 1e7);
            pr.finish();
        }
        r.get("sparse_peaks");
        s.tdp_W = r.opt_number("tdp_W", kPositive, 1e5);
        s.power_modes = read_power_modes(r);
        s.scale_up_fabric = r.string_or("scale_up_fabric", "none");
        if (auto g = r.opt_integer("pcie_gen", 1, 7)) s.pcie_gen = static_cast<int>(*g);
        s.host_link_GBps_per_dir = r.opt_number("host_link_GBps_per_dir", kPositive, kBig);
        s.dla_int8_tops = r.opt_number("dla_int8_tops", 0, 1e7);
        r.finish();
        put(accelerators_, std::move(s), notices);
        break;
    }
    case CatalogKind::Node: {
        NodeSpec s;
        s.info = std::move(info);
        s.accelerator = r.string_or("accelerator", "");
        s.accelerator_count = count_or(r, "accelerator_count", 0);
        s.accelerator_slots = count_or(r, "accelerator_slots", s.accelerator_count);
        if (s.accelerator_count > s.accelerator_slots)
            throw InputError(r.at("accelerator_count"),
                             "expected at most accelerator_slots (" + std::to_string(s.accelerator_slots) + ") accelerators");
        s.scale_up_fabric = r.string_or("scale_up_fabric", "none");
        s.nic = r.string_or("nic", "");
        s.nics = count_or(r, "nics", 0);
        s.storage_nic = r.string_or("storage_nic", "");
        s.storage_nics = count_or(r, "storage_nics", 0);
        s.cpu = r.string_or("cpu", "");
        if (auto c = r.opt_integer("cpu_cores", 0, 100000)) s.cpu_cores = static_cast<int>(*c);
        s.sys_mem_GB = r.opt_number("sys_mem_GB", 0, 1e7);
        s.local_nvme_TB = r.opt_number("local_nvme_TB", 0, 1e7);
        s.local_nvme_read_GBps = r.opt_number("local_nvme_read_GBps", 0, 1e7);
        s.power_max_W = r.opt_number("power_max_W", kPositive, 1e7);
        s.power_typical_W = r.opt_number("power_typical_W", kPositive, 1e7);
        if (auto g = r.opt_integer("scale_up_domain_gpus", 1, 1000000)) s.scale_up_domain_gpus = static_cast<int>(*g);
        r.finish();
        put(nodes_, std::move(s), notices);
        break;
    }
    case CatalogKind::CpuHost: {
        CpuHostSpec s;
        s.info = std::move(info);
        s.cpu = r.string_or("cpu", "");
        if (auto c = r.opt_integer("cpu_cores", 0, 100000)) s.cpu_cores = static_cast<int>(*c);
        s.sys_mem_GB = r.opt_number("sys_mem_GB", 0, 1e7);
        s.power_max_W = r.opt_number("power_max_W", kPositive, 1e7);
        s.nic = r.string_or("nic", "");
        s.nics = count_or(r, "nics", 0);
        r.finish();
        put(cpu_hosts_, std::move(s), notices);
        break;
    }
    case CatalogKind::Nic: {
        NicSpec s;
        s.info = std::move(info);
        s.protocol = r.choice("protocol", kNetProtocols);
        s.ports = static_cast<int>(r.integer("ports", 1, 64));
        s.port_speed_Gbps = r.number("port_speed_Gbps", kPositive, 1e6);
        if (auto g = r.opt_integer("pcie_gen", 1, 7)) s.pcie_gen = static_cast<int>(*g);
        s.latency_ns = r.opt_number("latency_ns", 0, 1e9);
        s.power_W = r.opt_number("power_W", kPositive, 1e4);
        r.finish();
        put(nics_, std::move(s), notices);
        break;
    }
    case CatalogKind::Switch: {
        SwitchSpec s;
        s.info = std::move(info);
        s.protocol = r.choice("protocol", kNetProtocols);
        s.ports = static_cast<int>(r.integer("ports", 1, 4096));
        s.port_speed_Gbps = r.number("port_speed_Gbps", kPositive, 1e6);
        s.switching_capacity_Tbps = r.opt_number("switching_capacity_Tbps", kPositive, 1e6);
        s.latency_ns = r.opt_number("latency_ns", 0, 1e9);
        s.power_typical_W = r.opt_number("power_typical_W", kPositive, 1e6);
        s.power_max_W = r.opt_number("power_max_W", kPositive, 1e6);
        r.finish();
        put(switches_, std::move(s), notices);
        break;
    }
    case CatalogKind::Storage: {
        StorageSpec s;
        s.info = std::move(info);
        s.storage_kind = r.choice("storage_kind", {"local_nvme", "parallel_fs", "nfs", "object"});
        s.read_GBps = r.opt_number("read_GBps", kPositive, 1e7);
        s.write_GBps = r.opt_number("write_GBps", kPositive, 1e7);
        s.capacity_TB = r.opt_number("capacity_TB", kPositive, 1e9);
        s.protocol = r.choice("protocol", {"infiniband", "ethernet", "pcie"}, std::string("ethernet"));
        s.ports = count_or(r, "ports", 0);
        s.port_speed_Gbps = r.opt_number("port_speed_Gbps", kPositive, 1e6);
        s.power_W = r.opt_number("power_W", kPositive, 1e6);
        r.finish();
        put(storage_, std::move(s), notices);
        break;
    }
    case CatalogKind::EdgeDevice: {
        EdgeDeviceSpec s;
        s.info = std::move(info);
        s.accelerator = r.string("accelerator");
        s.accelerator_count = static_cast<int>(r.integer_or("accelerator_count", 1, 1, 64));
        s.cpu = r.string_or("cpu", "");
        if (auto c = r.opt_integer("cpu_cores", 0, 100000)) s.cpu_cores = static_cast<int>(*c);
        s.mem_GB = r.opt_number("mem_GB", kPositive, 1e6);
        s.video_decode_1080p30_streams = r.opt_number("video_decode_1080p30_streams", 0, 1e5);
        s.ethernet_Gbps = r.opt_number("ethernet_Gbps", kPositive, 1e4);
        s.power_modes = read_power_modes(r);
        s.power_max_W = r.opt_number("power_max_W", kPositive, 1e5);
        r.finish();
        put(edge_devices_, std::move(s), notices);
        break;
    }
    case CatalogKind::Camera: {
        CameraSpec s;
        s.info = std::move(info);
        s.width_px = static_cast<int>(r.integer("width_px", 1, 100000));
        s.height_px = static_cast<int>(r.integer("height_px", 1, 100000));
        s.fps = r.number("fps", kPositive, 10000);
        s.codec = r.string_or("codec", "");
        s.bitrate_Mbps = r.number("bitrate_Mbps", kPositive, 1e5);
        s.bitrate_Mbps_high = r.opt_number("bitrate_Mbps_high", kPositive, 1e5);
        r.finish();
        put(cameras_, std::move(s), notices);
        break;
    }
    case CatalogKind::WanLink: {
        WanLinkSpec s;
        s.info = std::move(info);
        s.link_kind = r.choice("link_kind", {"5g", "lte", "wifi", "fibre", "internet"});
        s.bw_Mbps_low = r.opt_number("bw_Mbps_low", kPositive, 1e7);
        s.bw_Mbps_typical = r.opt_number("bw_Mbps_typical", kPositive, 1e7);
        s.bw_Mbps_high = r.opt_number("bw_Mbps_high", kPositive, 1e7);
        s.rtt_ms_p50 = r.opt_number("rtt_ms_p50", 0, 1e6);
        s.rtt_ms_p99 = r.opt_number("rtt_ms_p99", 0, 1e6);
        s.availability = r.opt_number("availability", 0, 1);
        r.finish();
        put(wan_links_, std::move(s), notices);
        break;
    }
    case CatalogKind::CloudRegion: {
        CloudRegionSpec s;
        s.info = std::move(info);
        s.node = r.string("node");
        if (auto m = r.opt_integer("max_nodes", 1, 10000000)) s.max_nodes = static_cast<int>(*m);
        s.price_per_node_hour_usd = r.opt_number("price_per_node_hour_usd", 0, 1e7);
        s.rtt_ms_p50 = r.opt_number("rtt_ms_p50", 0, 1e6);
        s.rtt_ms_p99 = r.opt_number("rtt_ms_p99", 0, 1e6);
        s.provider = r.string_or("provider", "");
        s.price_per_gpu_hour_usd = r.opt_number("price_per_gpu_hour_usd", 0, 1e6);
        s.committed_price_per_gpu_hour_usd = r.opt_number("committed_price_per_gpu_hour_usd", 0, 1e6);
        s.committed_term = r.string_or("committed_term", "");
        r.finish();
        put(cloud_regions_, std::move(s), notices);
        break;
    }
    }
}

} // namespace cc
