#pragma once
// The accelerator generation an engine keys its efficiencies on (Ampere, Hopper,
// ...). The catalog keeps its free-text `architecture` ("Hopper (GH100)",
// "Orin SoC: Ampere GPU ..."); the generation is derived from it once, at load.
#include <optional>
#include <string_view>
#include <vector>

namespace cc {

/// Every generation the shipped catalog has, plus Unknown for anything else.
enum class AcceleratorGeneration {
    Pascal,
    Volta,
    Turing,
    Ampere,
    Ada,
    Hopper,
    Blackwell, // NVIDIA
    Cdna3,     // AMD Instinct MI300X/MI325X
    Cdna4,     // AMD Instinct MI350X/MI355X
    Gaudi2,
    Gaudi3,        // Intel Gaudi
    HailoDataflow, // Hailo NPUs
    Xdna,          // AMD Versal AI engines
    Unknown
};

std::string_view to_string(AcceleratorGeneration g);
std::optional<AcceleratorGeneration> accelerator_generation_from(std::string_view s);
/// The spellings, in declaration order, for messages.
const std::vector<std::string_view>& accelerator_generation_names();

/// The generation a catalog `architecture` text names: the first word (or word
/// + number, "Gaudi 2", "CDNA 3") that is a generation keyword; Unknown when none is.
AcceleratorGeneration generation_of_architecture(std::string_view architecture);

} // namespace cc
