#include "canvas/design_image.h"

#include "canvas/design_scene.h"
#include "canvas/light_render.h"
#include "document/document.h"

namespace cc::studio {

QImage renderDesignImage(const Design& d, QSize size, int margin_px) {
    Document doc;
    doc.reset(d);
    DesignScene scene(&doc);
    scene.clearSelection();
    return renderCanvasImage(&scene, scene.itemsBoundingRect().adjusted(-20, -20, 20, 20), size, margin_px); // light, whatever the theme
}

} // namespace cc::studio
