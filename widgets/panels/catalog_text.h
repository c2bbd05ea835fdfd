#pragma once
// One-line key specs of a catalog entry (palette tooltips, inspector header,
// report), with explicit units and the entry's source.
#include "catalog/catalog.h"

#include <QString>

namespace cc::studio {

/// "80 GB HBM · 3,350 GB/s · 989 TFLOP/s BF16 · 700 W"
QString keySpecs(const Catalog& cat, const QString& id);
/// Rich-text tooltip: name, vendor, key specs, price, sources, confidence.
QString entryTooltip(const Catalog& cat, const QString& id);

} // namespace cc::studio
