#pragma once
// An immutable copy of the document's design at one revision, made on first
// use by whichever thread reads it first. Background jobs read it on their
// worker, so the GUI thread neither copies the design after an edit nor frees
// the copy (the last job holding it does). The document seals the cell (copies
// now, if no job has yet) before it next changes the design.
#include "model/design.h"

#include <mutex>
#include <optional>

namespace cc::studio {

class DesignSnapshot {
public:
    /// `source` must stay unchanged until seal() and outlive the cell's unsealed life.
    explicit DesignSnapshot(const Design* source) : source_(source) {}
    DesignSnapshot(const DesignSnapshot&) = delete;
    DesignSnapshot& operator=(const DesignSnapshot&) = delete;

    /// The copy (made now on the first call); any thread.
    const Design& design() {
        std::lock_guard lock(mutex_);
        if (!copy_) copy_.emplace(*source_);
        return *copy_;
    }
    /// Takes the copy before the source changes; afterwards the cell no longer reads it.
    void seal() { design(); }
    /// Whether the copy has been made (tests).
    bool copied() {
        std::lock_guard lock(mutex_);
        return copy_.has_value();
    }

private:
    std::mutex mutex_;
    const Design* source_;
    std::optional<Design> copy_;
};

} // namespace cc::studio
