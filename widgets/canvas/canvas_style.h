#pragma once
// Colours, pens and icons of the canvas, shared by items, palette and exports.
#include "model/kinds.h"
#include "model/port.h"

#include <QColor>
#include <QIcon>
#include <QPen>
#include <QPixmap>
#include <QString>

#include <array>

namespace cc::studio::style {

inline constexpr double kGrid = 10.0;
inline constexpr double kItemWidth = 132.0;
inline constexpr double kItemHeight = 92.0;
inline constexpr double kGroupPadding = 22.0;
inline constexpr double kGroupHeader = 26.0;
/// Below this zoom (level of detail) items draw as plain shapes: labels would be unreadable.
inline constexpr double kDetailLod = 0.3;

/// `dark`: for a dark canvas. The hues stay (they are the legend), only lighter,
/// so every fabric keeps at least 3:1 contrast against the dark base.
QColor fabricColour(FabricFamily f, bool dark = false);
QPen fabricPen(PortFabric f, bool selected, bool dark = false);
QString fabricLabel(PortFabric f);
QColor kindAccent(ComponentKind k);
QColor groupColour(GroupKind k);
/// One band of the heat scale: from this utilisation up to the next band's.
struct HeatBand {
    double from;
    QColor colour;
};
/// Idle (neutral grey: an idle part is not "healthy"), green, amber, red; the legend draws these.
const std::array<HeatBand, 4>& heatBands();
/// Heat overlay colour for a utilisation: the colour of its band.
QColor heatColour(double utilisation);
/// "73 %", "<1 %" for a busy-but-barely resource, "0 %" when idle.
QString heatText(double utilisation);
/// The kind's icon rendered from resources/icons (cached per size).
QPixmap kindPixmap(ComponentKind k, int size_px, bool dark = false);
QIcon kindIcon(ComponentKind k);
/// "400 Gb/s", "1.6 Tb/s", "100 Mb/s".
QString bandwidthText(double Gbps);

} // namespace cc::studio::style
