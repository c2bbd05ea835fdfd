// clustercanvas-cli: headless front end; see cli/cli.cpp.
#include "cli/cli.h"

#include <exception>
#include <iostream>

int main(int argc, char** argv) {
    std::vector<std::string> args(argv + 1, argv + argc);
    try {
        return cc::cli::run(args, std::cout, std::cerr);
    } catch (const std::exception& e) {
        // Every expected failure is handled inside run(); this is the last guard.
        std::cerr << "clustercanvas-cli: internal error: " << e.what() << "\n";
        return 3;
    }
}
