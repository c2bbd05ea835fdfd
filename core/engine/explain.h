#pragma once
// Every number the engines produce can explain itself: a formula in words, its
// inputs with units and sources, and the sub-results it was built from. The
// CLI (`explain`), the studio and the report all print this same tree.
#include <string>
#include <vector>

namespace cc::engine {

struct ExplainInput {
    std::string name; // "peak BF16 throughput"
    double value = 0;
    std::string unit;   // "TFLOP/s"
    std::string source; // catalog entry + source, "calibrated (CALIBRATION.md)", "assumption", "workload"
};

struct Explanation {
    std::string metric; // stable key, e.g. "step_time_s"
    std::string label;  // "Step time"
    double value = 0;
    std::string unit;    // "s"
    std::string formula; // in words: "compute + exposed communication + bubble + overheads"
    std::vector<ExplainInput> inputs;
    std::vector<Explanation> children;

    /// Depth-first search by metric key; nullptr if absent.
    const Explanation* find(const std::string& key) const {
        if (metric == key) return this;
        for (const auto& c : children)
            if (const Explanation* e = c.find(key)) return e;
        return nullptr;
    }
};

/// A tree node without inputs or children yet (the engines' common builder).
inline Explanation node(std::string metric, std::string label, double value, std::string unit, std::string formula) {
    Explanation e;
    e.metric = std::move(metric);
    e.label = std::move(label);
    e.value = value;
    e.unit = std::move(unit);
    e.formula = std::move(formula);
    return e;
}

} // namespace cc::engine
