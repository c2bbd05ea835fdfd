// `sweep FILE --vary ...`: placeholder replaced below.
#include "cli/cli_training.h"

#include <ostream>

namespace cc::cli {
int cmd_sweep(const std::vector<std::string>&, std::ostream&, std::ostream& err) {
    err << "sweep: not available yet\n";
    return 2;
}
} // namespace cc::cli
