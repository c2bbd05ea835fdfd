#pragma once
// The from-string half of an enum whose file spellings are listed in
// declaration order (see kinds.cpp): one lookup shared by every such enum.
#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

namespace cc {

template <class E>
std::optional<E> enum_from_name(const std::vector<std::string_view>& names, std::string_view s) {
    for (std::size_t i = 0; i < names.size(); ++i)
        if (names[i] == s) return static_cast<E>(i);
    return std::nullopt;
}

} // namespace cc
