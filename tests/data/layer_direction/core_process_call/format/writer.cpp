// core starting a program.
#include <cstdlib>

int open_viewer() { return std::system("xdg-open out.pdf"); }
