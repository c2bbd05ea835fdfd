#include "canvas/canvas_style.h"

#include <QFile>
#include <QHash>
#include <QPainter>
#include <QSvgRenderer>

namespace cc::studio::style {

namespace {
QColor lightFabricColour(FabricFamily f) {
    switch (f) {
    case FabricFamily::NVLink: return QColor(0x5e, 0x9e, 0x00);
    case FabricFamily::PCIe: return QColor(0x7b, 0x86, 0x94);
    case FabricFamily::InfinityFabric: return QColor(0xc0, 0x39, 0x2b);
    case FabricFamily::InfiniBand: return QColor(0x2f, 0x6f, 0xb8);
    case FabricFamily::Ethernet: return QColor(0xd9, 0x84, 0x1a);
    case FabricFamily::WAN: return QColor(0x8e, 0x44, 0xad);
    }
    return Qt::gray;
}
} // namespace

QColor fabricColour(FabricFamily f, bool dark) {
    const QColor c = lightFabricColour(f);
    return dark ? c.lighter(145) : c;
}

QPen fabricPen(PortFabric f, bool selected, bool dark) {
    QPen pen(fabricColour(f.family, dark), f.family == FabricFamily::NVLink ? 3.2 : 2.2);
    if (f.family == FabricFamily::WAN) pen.setStyle(Qt::DashLine);
    if (f.family == FabricFamily::PCIe) pen.setStyle(Qt::DotLine);
    if (selected) pen.setWidthF(pen.widthF() + 2.0);
    pen.setCapStyle(Qt::RoundCap);
    return pen;
}

QString fabricLabel(PortFabric f) { return QString::fromStdString(display_name(f)); }

QColor kindAccent(ComponentKind k) {
    switch (k) {
    case ComponentKind::Accelerator:
    case ComponentKind::Node: return QColor(0x76, 0xb9, 0x00);
    case ComponentKind::Switch:
    case ComponentKind::Nic:
    case ComponentKind::CpuHost: return QColor(0x4a, 0x90, 0xd9);
    case ComponentKind::Storage: return QColor(0xbd, 0x10, 0xe0);
    case ComponentKind::EdgeDevice:
    case ComponentKind::Camera: return QColor(0xf5, 0xa6, 0x23);
    case ComponentKind::WanLink:
    case ComponentKind::CloudRegion: return QColor(0x8e, 0x44, 0xad);
    }
    return Qt::gray;
}

QColor groupColour(GroupKind k) {
    switch (k) {
    case GroupKind::Node: return QColor(0x76, 0xb9, 0x00);
    case GroupKind::Rack: return QColor(0x4a, 0x90, 0xd9);
    case GroupKind::Pod: return QColor(0x33, 0x47, 0x5b);
    case GroupKind::Site: return QColor(0xf5, 0xa6, 0x23);
    case GroupKind::Region: return QColor(0x8e, 0x44, 0xad);
    }
    return Qt::gray;
}

QPixmap kindPixmap(ComponentKind k, int size_px, bool dark) {
    static QHash<QString, QPixmap> cache;
    const QString key = QStringLiteral("%1/%2/%3").arg(static_cast<int>(k)).arg(size_px).arg(dark);
    if (auto it = cache.find(key); it != cache.end()) return *it;
    QFile f(QStringLiteral(":/icons/%1.svg").arg(QString::fromUtf8(to_string(k).data(), static_cast<int>(to_string(k).size()))));
    QByteArray svg = f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    if (dark) svg.replace("#33475b", "#c9d6e3"); // outlines stay readable on a dark canvas
    QSvgRenderer renderer(svg);
    QPixmap pm(size_px, size_px);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    renderer.render(&p);
    p.end();
    cache.insert(key, pm);
    return pm;
}

QIcon kindIcon(ComponentKind k) {
    QIcon icon;
    for (int s : {16, 24, 32, 48}) icon.addPixmap(kindPixmap(k, s));
    return icon;
}

QString bandwidthText(double Gbps) {
    if (Gbps >= 1000) return QStringLiteral("%1 Tb/s").arg(Gbps / 1000.0, 0, 'g', 3);
    if (Gbps < 1) return QStringLiteral("%1 Mb/s").arg(Gbps * 1000.0, 0, 'g', 3);
    return QStringLiteral("%1 Gb/s").arg(Gbps, 0, 'g', 4);
}

const std::array<HeatBand, 4>& heatBands() {
    static const std::array<HeatBand, 4> bands = {{
        {0.0, QColor(0x8c, 0x95, 0x9d)},  // idle: grey
        {0.05, QColor(0x27, 0xae, 0x60)}, // working
        {0.6, QColor(0xf3, 0x9c, 0x12)},  // busy
        {0.85, QColor(0xc0, 0x39, 0x2b)}, // saturated
    }};
    return bands;
}

QColor heatColour(double u) {
    const auto& bands = heatBands();
    for (auto it = bands.rbegin(); it != bands.rend(); ++it)
        if (u >= it->from) return it->colour;
    return bands.front().colour;
}

QString heatText(double u) {
    if (u > 0 && u < 0.005) return QStringLiteral("<1 %");
    return QStringLiteral("%1 %").arg(qRound(u * 100));
}

} // namespace cc::studio::style
