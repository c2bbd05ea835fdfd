#include "catalog/hf_config.h"
#include "cli/cli_common.h"

#include <ostream>

namespace cc::cli {

OptionSpec model_config_option() {
    return {"--model-config", true, false, "use the transformer defined by this Hugging Face config.json as the workload's model"};
}

bool apply_model_config(const Parsed& p, const std::string& command, Design& d, std::ostream& err) {
    const auto file = p.value("--model-config");
    if (!file) return true;
    const std::string prefix = "clustercanvas-cli " + command + ": ";
    ModelRef* model = d.workload.model();
    if (!model) {
        err << prefix << "--model-config: the design has no workload whose model it could replace\n";
        return false;
    }
    try {
        HfImport im = import_hf_config_file(*file);
        for (const auto& n : im.notes) err << prefix << "--model-config " << *file << ": " << n << "\n";
        *model = ModelRef{"", std::move(im.model)};
    } catch (const InputError& e) {
        err << prefix << e.what() << "\n";
        return false;
    }
    return true;
}

} // namespace cc::cli
