#pragma once
// The report's scenario comparison page (only when the design has scenarios):
// the same table as the studio's comparison view and `clustercanvas-cli
// compare`, then the overlaid breakdowns and curves.
#include "catalog/catalog.h"
#include "model/design.h"

#include <QImage>
#include <QString>

#include <functional>

namespace cc::studio {

/// `image(img, width_px)` embeds a picture and returns its <img> tag.
QString scenarioComparisonHtml(const Design& d, const Catalog& cat, const std::function<QString(const QImage&, int)>& image);

} // namespace cc::studio
