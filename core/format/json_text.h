#pragma once
// JSON text exactly as nlohmann::json::dump(2) prints it (keys sorted bytewise,
// two-space indent, the same number and string forms), written straight from
// values. Saving used to build a whole nlohmann tree only to print it, which
// cost as much as parsing the file.
#include <nlohmann/json.hpp>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace cc::format {

class JsonText {
public:
    void begin_object();
    void end_object();
    void begin_array();
    void end_array();
    /// Names the next value of the enclosing object. The key must stay alive
    /// until that object ends (the writer passes literals).
    JsonText& key(std::string_view k);

    void value(std::string_view s);
    void value(const std::string& s) { value(std::string_view(s)); }
    void value(const char* s) { value(std::string_view(s)); }
    void value(double v);
    void value(int v) { value(static_cast<std::int64_t>(v)); }
    void value(std::int64_t v);
    void value(std::uint64_t v);
    void value(bool v);
    /// Any nlohmann value (small parts such as the workload are still built as JSON).
    void value(const nlohmann::json& j);

    /// The finished text; the writer is empty afterwards.
    std::string take();

private:
    struct Field {
        std::string_view key;
        std::size_t begin; // the value's text in buf_, up to the next field's begin
    };
    struct Frame {
        bool object;
        std::size_t start; // where the container's text starts in buf_
        std::size_t count = 0;
        std::vector<Field> fields; // objects: values in the order written, sorted at the end
    };
    void before_value();
    void indent(std::size_t depth);

    std::string buf_;
    std::vector<Frame> frames_;
    std::vector<std::string> rendered_; // per depth, reused: an object's fields in key order
};

} // namespace cc::format
