#include "format/json_text.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>

namespace cc::format {

namespace {
constexpr std::size_t kIndent = 2;

/// Text nlohmann prints as it is: printable ASCII without quote or backslash.
bool plain(std::string_view s) {
    return std::all_of(s.begin(), s.end(), [](char c) { return c >= 0x20 && c < 0x7f && c != '"' && c != '\\'; });
}
} // namespace

void JsonText::indent(std::size_t depth) { buf_.append(depth * kIndent, ' '); }

void JsonText::before_value() {
    if (frames_.empty() || frames_.back().object) return; // an object's key() already placed it
    Frame& f = frames_.back();
    buf_ += f.count++ ? ",\n" : "\n";
    indent(frames_.size());
}

void JsonText::begin_object() {
    before_value();
    frames_.push_back({true, buf_.size(), 0, {}});
}

void JsonText::begin_array() {
    before_value();
    frames_.push_back({false, buf_.size(), 0, {}});
    buf_ += '[';
}

void JsonText::end_array() {
    const std::size_t count = frames_.back().count;
    frames_.pop_back();
    if (count) {
        buf_ += '\n';
        indent(frames_.size());
    }
    buf_ += ']';
}

JsonText& JsonText::key(std::string_view k) {
    frames_.back().fields.push_back({k, buf_.size()});
    return *this;
}

void JsonText::end_object() {
    Frame f = std::move(frames_.back());
    frames_.pop_back();
    const std::size_t depth = frames_.size();
    if (rendered_.size() <= depth) rendered_.resize(depth + 1);
    std::string& out = rendered_[depth];
    out.clear();
    if (f.fields.empty()) {
        out = "{}";
    } else {
        // Each value's text ends where the next one (or the object) begins.
        std::vector<std::pair<Field, std::size_t>> spans;
        spans.reserve(f.fields.size());
        for (std::size_t i = 0; i < f.fields.size(); ++i)
            spans.push_back({f.fields[i], i + 1 < f.fields.size() ? f.fields[i + 1].begin : buf_.size()});
        std::sort(spans.begin(), spans.end(), [](const auto& a, const auto& b) { return a.first.key < b.first.key; });
        out += "{\n";
        for (std::size_t i = 0; i < spans.size(); ++i) {
            out.append((depth + 1) * kIndent, ' ');
            out += '"';
            out += spans[i].first.key; // the writer's keys are plain ASCII
            out += "\": ";
            out.append(buf_, spans[i].first.begin, spans[i].second - spans[i].first.begin);
            out += i + 1 < spans.size() ? ",\n" : "\n";
        }
        out.append(depth * kIndent, ' ');
        out += '}';
    }
    buf_.resize(f.start);
    buf_ += out;
}

void JsonText::value(std::string_view s) {
    before_value();
    if (plain(s)) {
        buf_ += '"';
        buf_ += s;
        buf_ += '"';
    } else {
        buf_ += nlohmann::json(s).dump(); // escapes and checks UTF-8 exactly as the tree did
    }
}

void JsonText::value(double v) {
    before_value();
    if (!std::isfinite(v)) {
        buf_ += "null";
        return;
    }
    std::array<char, 64> digits{};
    const char* end = nlohmann::detail::to_chars(digits.data(), digits.data() + digits.size(), v);
    buf_.append(digits.data(), static_cast<std::size_t>(end - digits.data()));
}

void JsonText::value(std::int64_t v) {
    before_value();
    std::array<char, 24> digits{};
    const auto r = std::to_chars(digits.data(), digits.data() + digits.size(), v);
    buf_.append(digits.data(), static_cast<std::size_t>(r.ptr - digits.data()));
}

void JsonText::value(std::uint64_t v) {
    before_value();
    std::array<char, 24> digits{};
    const auto r = std::to_chars(digits.data(), digits.data() + digits.size(), v);
    buf_.append(digits.data(), static_cast<std::size_t>(r.ptr - digits.data()));
}

void JsonText::value(bool v) {
    before_value();
    buf_ += v ? "true" : "false";
}

void JsonText::value(const nlohmann::json& j) {
    using T = nlohmann::json::value_t;
    switch (j.type()) {
    case T::object:
        begin_object();
        for (auto it = j.begin(); it != j.end(); ++it) {
            key(it.key());
            value(it.value());
        }
        end_object();
        break;
    case T::array:
        begin_array();
        for (const auto& e : j) value(e);
        end_array();
        break;
    case T::string: value(j.get_ref<const std::string&>()); break;
    case T::boolean: value(j.get<bool>()); break;
    case T::number_integer: value(j.get<std::int64_t>()); break;
    case T::number_unsigned: value(j.get<std::uint64_t>()); break;
    case T::number_float: value(j.get<double>()); break;
    default: // null (binary and discarded never occur in a design)
        before_value();
        buf_ += j.dump();
        break;
    }
}

std::string JsonText::take() {
    std::string out = std::move(buf_);
    buf_.clear();
    frames_.clear();
    return out;
}

} // namespace cc::format
