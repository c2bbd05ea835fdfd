#pragma once
// The hardware catalog: built-in entries plus user catalogs, looked up by id.
#include "catalog/price_book.h"
#include "catalog/specs.h"
#include "model/port.h"
#include "util/json_reader.h"

#include <deque>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace cc {

/// A message about a catalog file that was skipped or partly overridden.
struct CatalogNotice {
    std::string file;
    std::string message;
};

/// The port fabric of a NIC, switch or storage `protocol` ("infiniband", else Ethernet).
PortFabric net_fabric(std::string_view protocol);

class Catalog {
public:
    Catalog() = default;
    Catalog(const Catalog& other);
    Catalog& operator=(const Catalog& other);
    Catalog(Catalog&&) noexcept = default;
    Catalog& operator=(Catalog&&) noexcept = default;

    /// The catalog shipped inside the program (resources/catalog/*.json).
    static const Catalog& builtin();

    /// Adds every entry of one catalog document; all-or-nothing: on any error
    /// nothing is added and InputError names the JSON pointer. An entry whose id
    /// already exists replaces it (users may correct a spec) and is reported.
    void add_document(const std::string& text, const std::string& origin, std::vector<CatalogNotice>* notices = nullptr);
    /// Reads a user catalog file; a bad file is reported in `notices` and skipped.
    bool add_user_file(const std::string& path, std::vector<CatalogNotice>& notices);

    const FabricSpec* fabric(std::string_view id) const { return find(fabrics_, id); }
    const AcceleratorSpec* accelerator(std::string_view id) const { return find(accelerators_, id); }
    const NodeSpec* node(std::string_view id) const { return find(nodes_, id); }
    const CpuHostSpec* cpu_host(std::string_view id) const { return find(cpu_hosts_, id); }
    const NicSpec* nic(std::string_view id) const { return find(nics_, id); }
    const SwitchSpec* switch_(std::string_view id) const { return find(switches_, id); }
    const StorageSpec* storage(std::string_view id) const { return find(storage_, id); }
    const EdgeDeviceSpec* edge_device(std::string_view id) const { return find(edge_devices_, id); }
    const CameraSpec* camera(std::string_view id) const { return find(cameras_, id); }
    const WanLinkSpec* wan_link(std::string_view id) const { return find(wan_links_, id); }
    const CloudRegionSpec* cloud_region(std::string_view id) const { return find(cloud_regions_, id); }

    /// Common fields of any entry, or nullptr.
    const EntryInfo* info(std::string_view id) const;
    /// Every entry's common fields, in catalog order (kind, then file order).
    std::vector<const EntryInfo*> entries(std::optional<CatalogKind> kind = std::nullopt) const;
    std::size_t size() const { return index_.size(); }

    /// Overrides unit prices with the book's rows valid on `today` (YYYY-MM-DD):
    /// each priced entry then names the book and the row's date as its source.
    /// Returns how many entries changed.
    std::size_t apply_price_book(const PriceBook& book, const std::string& today);
    /// Where prices come from, for reports: "ACME price book, 2026-11-15"; empty
    /// when the catalog's own dated public prices are in force.
    const std::string& price_basis() const { return price_basis_; }
    /// Puts back `base`'s prices (and its basis) on every entry both have: undoes a price book.
    void reset_prices(const Catalog& base);

    /// The ports a new component made from this entry starts with.
    std::vector<Port> default_ports(std::string_view id) const;
    /// Checks that every id an entry refers to exists; returns problems found.
    std::vector<std::string> dangling_references() const;

private:
    void add_entry(json_in::ObjectReader& r, CatalogKind kind, const std::string& origin, std::vector<CatalogNotice>* notices);
    void rebuild_index();

    template <class T>
    using Table = std::deque<T>; // stable addresses as entries are added
    struct Slot {
        const EntryInfo* info;
        const void* entry; // the typed spec, of the table info->kind names
    };
    template <class T>
    const T* find(const Table<T>& t, std::string_view id) const {
        auto it = index_.find(id);
        if (it == index_.end() || t.empty() || it->second.info->kind != t.front().info.kind) return nullptr;
        return static_cast<const T*>(it->second.entry);
    }
    template <class T>
    void put(Table<T>& t, T entry, std::vector<CatalogNotice>* notices);

    Table<FabricSpec> fabrics_;
    Table<AcceleratorSpec> accelerators_;
    Table<NodeSpec> nodes_;
    Table<CpuHostSpec> cpu_hosts_;
    Table<NicSpec> nics_;
    Table<SwitchSpec> switches_;
    Table<StorageSpec> storage_;
    Table<EdgeDeviceSpec> edge_devices_;
    Table<CameraSpec> cameras_;
    Table<WanLinkSpec> wan_links_;
    Table<CloudRegionSpec> cloud_regions_;
    struct Hash {
        using is_transparent = void;
        std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
    };
    std::unordered_map<std::string, Slot, Hash, std::equal_to<>> index_;
    std::string price_basis_;
};

} // namespace cc
