#pragma once
// The studio's entry point (kept out of app/ so tests can drive it):
// `clustercanvas [FILE] [--screenshot OUT.png] [--size WxH] [--report OUT.pdf] [--lang de|ja|zh_CN|en]`.
namespace cc::studio {

int runStudio(int argc, char** argv);

} // namespace cc::studio
