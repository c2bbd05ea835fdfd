#pragma once
// The studio's entry point (kept out of app/ so tests can drive it):
// `clustercanvas [FILE] [--screenshot OUT.png] [--show main|compare|presentation] [--size WxH] [--report OUT.pdf]
// [--export-canvas OUT] [--theme system|light|dark] [--lang de|ja|zh_CN|en]`.
namespace cc::studio {

int runStudio(int argc, char** argv);

} // namespace cc::studio
