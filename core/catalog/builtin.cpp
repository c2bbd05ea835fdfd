#include "catalog/catalog.h"
#include "catalog/embedded.h"

#include <stdexcept>

namespace cc {

const Catalog& Catalog::builtin() {
    static const Catalog catalog = [] {
        Catalog c;
        for (const auto& f : embedded_files()) {
            if (f.path.rfind("resources/catalog/", 0) != 0) continue;
            try {
                c.add_document(std::string(f.text), "built-in");
            } catch (const InputError& e) {
                // A broken shipped catalog is a build defect; the tests catch it first.
                throw std::logic_error(std::string(f.path) + e.what());
            }
        }
        return c;
    }();
    return catalog;
}

} // namespace cc
