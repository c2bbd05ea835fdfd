// Level of detail on the canvas: far out, port dots (sub-pixel there) leave the
// scene's paint list; back in, they return and links can be drawn again.
#include "canvas/canvas_style.h"
#include "canvas/component_item.h"
#include "canvas/design_scene.h"
#include "canvas/design_view.h"
#include "format/design_format.h"
#include "scoring/score_service.h"
#include "scoring/scorer.h"
#include "studio_fixture.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QTemporaryDir>
#include <QTest>

using namespace cc::studio;

namespace {
int visiblePorts(DesignScene* scene) {
    int n = 0;
    for (QGraphicsItem* it : scene->items())
        if (it->type() == PortItem::Type && it->isVisible()) ++n;
    return n;
}
} // namespace

TEST_CASE("port dots hide when zoomed far out and come back when zoomed in", "[studio][canvas]") {
    testing::Studio s(testing::kPod);
    DesignView* view = s.w->view();
    view->zoomReset();
    REQUIRE(s.w->scene()->portsShown());
    const int ports = visiblePorts(s.w->scene());
    REQUIRE(ports > 0);
    for (int i = 0; i < 12; ++i) view->zoomOut(); // 0.8^12 ≈ 0.07
    CHECK(view->zoom() < 0.3);
    CHECK_FALSE(s.w->scene()->portsShown());
    CHECK(visiblePorts(s.w->scene()) == 0);
    // Parts added while far out stay consistent with the zoom.
    s.doc()->addPart("dgx-h100", QPointF(3000, 3000));
    CHECK(visiblePorts(s.w->scene()) == 0);
    view->zoomReset();
    CHECK(s.w->scene()->portsShown());
    CHECK(visiblePorts(s.w->scene()) > ports);
}

TEST_CASE("the heat overlay colours the busy parts with their utilisation", "[studio][canvas]") {
    testing::Studio s(testing::kPod);
    s.w->scoring()->waitForIdle();
    QApplication::processEvents();
    const ScoreResult& r = s.w->scoring()->latest();
    // Training: the GPU node computes most of the step; storage and network are measured too.
    const auto& view_nodes = r.utilisation;
    REQUIRE(view_nodes.contains("c1"));
    CHECK(view_nodes.value("c1") > 0.5);
    CHECK(view_nodes.value("c1") <= 1.0);
    CHECK(view_nodes.size() >= 3);
    DesignScene* scene = s.w->scene();
    int heated = 0;
    for (QGraphicsItem* it : scene->items())
        if (auto* c = qgraphicsitem_cast<ComponentItem*>(it)) heated += c->heat().has_value();
    CHECK(heated == 0);
    scene->setHeatOverlay(true);
    for (QGraphicsItem* it : scene->items())
        if (auto* c = qgraphicsitem_cast<ComponentItem*>(it))
            if (c->id() == "c1") CHECK(c->heat().value_or(-1) == Approx(view_nodes.value("c1")));
    // It follows re-scoring: switch to the B200 scenario, wait, and the overlay shows the new numbers.
    s.doc()->switchScenario(2);
    s.w->scoring()->waitForIdle();
    QApplication::processEvents();
    heated = 0;
    for (QGraphicsItem* it : scene->items())
        if (auto* c = qgraphicsitem_cast<ComponentItem*>(it)) heated += c->heat().has_value();
    CHECK(heated >= 2);
    scene->setHeatOverlay(false);
    heated = 0;
    for (QGraphicsItem* it : scene->items())
        if (auto* c = qgraphicsitem_cast<ComponentItem*>(it)) heated += c->heat().has_value();
    CHECK(heated == 0);
}

TEST_CASE("serving and edge scores report utilisation for the drawn node, device and uplink", "[studio][canvas]") {
    const auto score = [](const char* file) {
        const cc::Design d = cc::format::load_design_file(std::string(CC_SOURCE_DIR "/templates/") + file);
        return scoreDesign(d, cc::Catalog::builtin(), {}, 1);
    };
    const ScoreResult serving = score("h200-llm-serving-node.ccd");
    REQUIRE_FALSE(serving.utilisation.isEmpty());
    CHECK(serving.utilisation.begin().value() > 0);
    const ScoreResult edge = score("hybrid-retail-edge-cloud.ccd");
    CHECK(edge.utilisation.size() >= 2); // the edge device and the WAN uplink
}

TEST_CASE("heat colours and texts follow the thresholds", "[studio][canvas]") {
    CHECK(style::heatColour(0.3) == QColor(0x27, 0xae, 0x60));
    CHECK(style::heatColour(0.7) == QColor(0xf3, 0x9c, 0x12));
    CHECK(style::heatColour(0.9) == QColor(0xc0, 0x39, 0x2b));
    CHECK(style::heatText(0.734) == "73 %");
    CHECK(style::heatText(0.001) == "<1 %");
    CHECK(style::heatText(0.0) == "0 %");
    CHECK(style::heatText(1.25) == "125 %"); // overloaded reads as such
}

TEST_CASE("a design opened before the window is shown is fitted once the canvas has a size", "[studio][canvas]") {
    // `make run` opens the default template, then shows the window: the fit must
    // wait for the real viewport, not zoom to ~1 % of a 100×30 widget.
    MainWindowOptions o;
    o.restore_settings = false;
    o.offer_recovery = false;
    QTemporaryDir tmp;
    o.autosave_folder = tmp.filePath("autosave");
    MainWindow w(o);
    REQUIRE(w.newFromTemplate(":/templates/dgx-h100-training-pod.ccd"));
    w.resize(1400, 900);
    w.show();
    QTest::qWait(50);
    CHECK(w.view()->zoom() > 0.3);
    const QRectF shown = w.view()->mapToScene(w.view()->viewport()->rect()).boundingRect();
    CHECK(shown.contains(w.scene()->contentRect().center()));
    // Docks settling or the user resizing the window refit a fitted canvas…
    const double fitted = w.view()->zoom();
    w.resize(900, 700);
    QTest::qWait(50);
    CHECK(w.view()->zoom() < fitted);
    // …but never override a zoom the user chose.
    w.view()->zoomIn();
    const double chosen = w.view()->zoom();
    w.resize(1400, 900);
    QTest::qWait(50);
    CHECK(w.view()->zoom() == Approx(chosen));
}
