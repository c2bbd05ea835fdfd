// Catch2 runner for the Qt tests: one QApplication for the whole run, off-screen
// when there is no display (also when CTest lists the tests at build time).
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setOrganizationName("ClusterCanvasTests");
    QApplication::setApplicationName("ClusterCanvasTests");
    return Catch::Session().run(argc, argv);
}
