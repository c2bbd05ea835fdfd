// Validation-case loader (*.cases.json, SCHEMA.md v1). Two passes over the bytes:
//  1. strict: each case is read and evaluated by the engine of its kind; only an
//     InputError may come out (the runner turns any exception into a failed
//     case, which would hide a bug from the fuzzer);
//  2. the runner as `validate` uses it (run_text → summary → JSON): no exception
//     may escape at all, and every failure carries a message in valid UTF-8.
#include "fuzz_bug.h"
#include "util/json_reader.h"
#include "validation/inference_case.h"
#include "validation/runner.h"
#include "validation/training_case.h"

#include <cstddef>
#include <cstdint>
#include <exception>

using namespace cc;
using nlohmann::json;

namespace {

void strict_case(const json& c, const std::string& ptr, const Catalog& cat) {
    if (!c.is_object() || !c.contains("kind") || !c["kind"].is_string()) return;
    const std::string kind = c["kind"].get<std::string>();
    try {
        if (kind == "training") {
            const validation::TrainingCase tc = validation::read_training_case(c, ptr, cat);
            (void)validation::build_case_design(tc, cat);
            (void)validation::evaluate_training_case(c, ptr, cat);
        } else if (kind == "inference") {
            (void)validation::evaluate_inference_case(c, ptr, cat);
        }
    } catch (const InputError& e) {
        fuzz::check_message(e.what(), "case " + ptr);
        if (e.where().rfind(ptr, 0) != 0) fuzz::bug("a case error outside its case " + ptr + ": " + e.what());
    } catch (const std::exception& e) {
        fuzz::bug("case " + ptr + " threw something other than InputError: " + e.what());
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const Catalog& cat = Catalog::builtin();
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    try {
        const json doc = json_in::parse(text);
        if (doc.is_object() && doc.contains("cases") && doc["cases"].is_array())
            for (std::size_t i = 0; i < doc["cases"].size(); ++i) strict_case(doc["cases"][i], json_in::child("/cases", i), cat);
    } catch (const InputError&) {
        // Not JSON (or over a limit): pass 2 must report it as one failure.
    }
    validation::Report r;
    validation::run_text(text, "fuzz.cases.json", cat, r);
    validation::summarise(r);
    for (const auto& f : r.failed) fuzz::check_message(f.message, "failed case " + f.case_id);
    (void)validation::to_json(r).dump();
    return 0;
}
