#include "canvas/link_labels.h"

#include "canvas/link_item.h"

#include <QHash>

#include <algorithm>
#include <array>
#include <cmath>

namespace cc::studio {

namespace {
// Where along the curve a label may sit, best first.
constexpr std::array<double, 7> kSpots = {0.5, 0.38, 0.62, 0.27, 0.73, 0.17, 0.83};

/// Rectangles bucketed by a coarse grid: thousands of links stay fast.
class RectIndex {
public:
    void add(const QRectF& r) {
        forCells(r, [&](qint64 key) { cells_[key].push_back(r); });
    }
    bool hits(const QRectF& r) const {
        bool hit = false;
        forCells(r, [&](qint64 key) {
            if (hit) return;
            auto it = cells_.constFind(key);
            if (it == cells_.constEnd()) return;
            for (const QRectF& o : *it)
                if (o.intersects(r)) {
                    hit = true;
                    return;
                }
        });
        return hit;
    }

private:
    static constexpr double kCell = 96;
    template <typename F>
    static void forCells(const QRectF& r, F f) {
        const auto x0 = static_cast<qint64>(std::floor(r.left() / kCell)), x1 = static_cast<qint64>(std::floor(r.right() / kCell));
        const auto y0 = static_cast<qint64>(std::floor(r.top() / kCell)), y1 = static_cast<qint64>(std::floor(r.bottom() / kCell));
        for (qint64 x = x0; x <= x1; ++x)
            for (qint64 y = y0; y <= y1; ++y) f((x << 32) ^ (y & 0xffffffff));
    }
    QHash<qint64, QList<QRectF>> cells_;
};
} // namespace

void placeLinkLabels(QList<LinkItem*> links, const QList<QRectF>& obstacles) {
    std::sort(links.begin(), links.end(), [](const LinkItem* a, const LinkItem* b) { return a->id() < b->id(); });
    RectIndex labels, parts;
    for (const QRectF& r : obstacles) parts.add(r);
    for (LinkItem* l : links) {
        if (!l->isVisible()) continue;
        double best = -1, fallback = -1;
        for (double t : kSpots) {
            const QRectF r = l->labelRectAt(t).adjusted(-2, -2, 2, 2);
            if (labels.hits(r)) continue;
            if (fallback < 0) fallback = t;
            if (!parts.hits(r)) {
                best = t;
                break;
            }
        }
        l->setLabelAt(best >= 0 ? best : fallback >= 0 ? fallback : 0.5);
        labels.add(l->labelRect());
    }
}

} // namespace cc::studio
