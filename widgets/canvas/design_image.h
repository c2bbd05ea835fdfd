#pragma once
// A design drawn into an image off-screen (template gallery thumbnails,
// scenario comparison, report): its own Document and scene, white background.
#include "model/design.h"

#include <QImage>
#include <QSize>

namespace cc::studio {

QImage renderDesignImage(const Design& d, QSize size, int margin_px = 4);

} // namespace cc::studio
