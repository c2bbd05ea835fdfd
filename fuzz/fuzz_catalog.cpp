// User catalog and model library loaders: a document either adds all its
// entries or throws InputError (all-or-nothing); nothing else may escape.
// The same bytes go to both readers; each refuses the other's /format early.
#include "catalog/catalog.h"
#include "catalog/model_library.h"
#include "fuzz_bug.h"

#include <cstddef>
#include <cstdint>

using namespace cc;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);
    Catalog cat;
    std::vector<CatalogNotice> notices;
    try {
        cat.add_document(text, "fuzz.json", &notices);
        (void)cat.dangling_references();
        for (const EntryInfo* e : cat.entries()) (void)cat.default_ports(e->id);
    } catch (const InputError& e) {
        fuzz::check_message(e.what(), "Catalog::add_document");
        if (cat.size() != 0) fuzz::bug("a refused catalog document added entries");
    }
    ModelLibrary lib;
    try {
        lib.add_document(text, "fuzz.json");
    } catch (const InputError& e) {
        fuzz::check_message(e.what(), "ModelLibrary::add_document");
        if (!lib.models().empty()) fuzz::bug("a refused model document added models");
    }
    return 0;
}
