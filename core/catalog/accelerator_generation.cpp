#include "catalog/accelerator_generation.h"

#include "model/enum_names.h"

#include <array>
#include <cctype>
#include <string>
#include <utility>

namespace cc {

const std::vector<std::string_view>& accelerator_generation_names() {
    static const std::vector<std::string_view> n{"pascal", "volta",  "turing", "ampere",         "ada",  "hopper", "blackwell", "cdna3",
                                                 "cdna4",  "gaudi2", "gaudi3", "hailo-dataflow", "xdna", "unknown"};
    return n;
}

std::string_view to_string(AcceleratorGeneration g) { return accelerator_generation_names()[static_cast<std::size_t>(g)]; }

std::optional<AcceleratorGeneration> accelerator_generation_from(std::string_view s) {
    return enum_from_name<AcceleratorGeneration>(accelerator_generation_names(), s);
}

AcceleratorGeneration generation_of_architecture(std::string_view architecture) {
    using G = AcceleratorGeneration;
    // Words of the free text that name a generation (lower case; a number joins its word).
    static constexpr std::array<std::pair<std::string_view, G>, 14> keywords{{{"pascal", G::Pascal},
                                                                              {"volta", G::Volta},
                                                                              {"turing", G::Turing},
                                                                              {"ampere", G::Ampere},
                                                                              {"ada", G::Ada},
                                                                              {"hopper", G::Hopper},
                                                                              {"blackwell", G::Blackwell},
                                                                              {"cdna3", G::Cdna3},
                                                                              {"cdna4", G::Cdna4},
                                                                              {"gaudi2", G::Gaudi2},
                                                                              {"gaudi3", G::Gaudi3},
                                                                              {"hailo", G::HailoDataflow},
                                                                              {"dataflow", G::HailoDataflow},
                                                                              {"xdna", G::Xdna}}};
    std::vector<std::string> words{""};
    for (char c : architecture) {
        if (std::isalnum(static_cast<unsigned char>(c))) words.back() += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        else if (!words.back().empty()) words.emplace_back();
    }
    for (std::size_t i = 0; i < words.size(); ++i) {
        const bool number_follows =
            i + 1 < words.size() && !words[i + 1].empty() && std::isdigit(static_cast<unsigned char>(words[i + 1].front()));
        const std::string joined = number_follows ? words[i] + words[i + 1] : words[i];
        for (const auto& [word, g] : keywords)
            if (words[i] == word || joined == word) return g;
    }
    return G::Unknown;
}

} // namespace cc
