#include "panels/fabric_text.h"

#include "canvas/canvas_style.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>

namespace cc::studio {

QString fabricChoiceText(PortSpeed s) {
    QString family = style::fabricLabel(s.fabric);
    if (s.fabric.family == FabricFamily::InfiniBand) {
        // The generation names InfiniBand is sold by, per 4x port speed.
        static const QList<QPair<double, QString>> names{{56, QStringLiteral("FDR")},
                                                         {100, QStringLiteral("EDR")},
                                                         {200, QStringLiteral("HDR")},
                                                         {400, QStringLiteral("NDR")},
                                                         {800, QStringLiteral("XDR")}};
        for (const auto& [speed, name] : names)
            if (speed == s.speed_Gbps) family += QLatin1Char(' ') + name;
    }
    return family + QStringLiteral(" · ") + style::bandwidthText(s.speed_Gbps);
}

QString changeSummary(const FabricChange& change, int scenarios) {
    const int ports = static_cast<int>(change.ports.size());
    QString out = QCoreApplication::translate("FabricEdit", "%1 on %2, %3")
                      .arg(QCoreApplication::translate("FabricEdit", "%n port group(s)", nullptr, ports),
                           QCoreApplication::translate("FabricEdit", "%n part(s)", nullptr, change.parts),
                           QCoreApplication::translate("FabricEdit", "%n link(s)", nullptr, change.links));
    if (scenarios > 1) out += QLatin1Char(' ') + QCoreApplication::translate("FabricEdit", "in %n scenario(s)", nullptr, scenarios);
    return out;
}

} // namespace cc::studio
