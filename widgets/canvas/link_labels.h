#pragma once
// Bandwidth labels of links that run close together ("256 Gb/s" on four PCIe
// links fanning out of one server) would sit on top of each other at the
// curves' midpoints: each label slides along its own curve to a free spot.
#include <QList>
#include <QRectF>

namespace cc::studio {

class LinkItem;

/// Places every label where it overlaps no label placed before it (links in id
/// order, so the layout is stable) and, if possible, no part card (`obstacles`);
/// a label with no free spot stays at the middle of its curve.
void placeLinkLabels(QList<LinkItem*> links, const QList<QRectF>& obstacles);

} // namespace cc::studio
