// clustercanvas [FILE] [--screenshot OUT.png] [--size WxH]: the studio.
#include "studio_app.h"

int main(int argc, char** argv) { return cc::studio::runStudio(argc, argv); }
