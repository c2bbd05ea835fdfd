// Level of detail on the canvas: far out, port dots (sub-pixel there) leave the
// scene's paint list; back in, they return and links can be drawn again.
#include "canvas/component_item.h"
#include "canvas/design_scene.h"
#include "canvas/design_view.h"
#include "studio_fixture.h"

#include <catch2/catch.hpp>

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
