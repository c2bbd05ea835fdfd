#include "panels/catalog_text.h"

#include "util/human_units.h"

#include <QCoreApplication>
#include <QStringList>

namespace cc::studio {

namespace {

QString q(const std::string& s) { return QString::fromStdString(s); }
QString num(double v) { return q(human::number(v)); }
QString link(double Gbps) {
    return Gbps >= 1000 ? QStringLiteral("%1 Tb/s").arg(num(Gbps / 1000)) : QStringLiteral("%1 Gb/s").arg(num(Gbps));
}

} // namespace

QString keySpecs(const Catalog& cat, const QString& qid) {
    const std::string id = qid.toStdString();
    QStringList parts;
    if (const auto* a = cat.accelerator(id)) {
        if (a->mem_GB) parts << QStringLiteral("%1 GB").arg(num(*a->mem_GB));
        if (a->mem_bw_GBps) parts << QStringLiteral("%1 GB/s").arg(num(*a->mem_bw_GBps));
        for (Precision p : {Precision::FP8, Precision::BF16, Precision::INT8, Precision::FP16})
            if (auto v = a->peak(p)) {
                const bool ops = p == Precision::INT8;
                parts << QStringLiteral("%1 %2 %3").arg(num(*v), ops ? "TOPS" : "TFLOP/s", q(std::string(to_string(p))).toUpper());
                break;
            }
        if (a->tdp_W) parts << QStringLiteral("%1 W").arg(num(*a->tdp_W));
    } else if (const auto* n = cat.node(id)) {
        parts << QStringLiteral("%1 × %2").arg(n->accelerator_count).arg(q(n->accelerator));
        if (!n->scale_up_fabric.empty()) parts << q(n->scale_up_fabric);
        if (n->nics > 0) {
            const auto* nic = cat.nic(n->nic);
            parts << QStringLiteral("%1 × %2").arg(n->nics).arg(nic ? link(nic->port_speed_Gbps * nic->ports) : q(n->nic));
        }
        if (n->power_max_W) parts << QStringLiteral("%1 kW").arg(num(*n->power_max_W / 1000));
    } else if (const auto* h = cat.cpu_host(id)) {
        parts << q(h->cpu);
        if (h->sys_mem_GB) parts << QStringLiteral("%1 GB RAM").arg(num(*h->sys_mem_GB));
    } else if (const auto* nic = cat.nic(id)) {
        parts << QStringLiteral("%1 × %2 %3").arg(nic->ports).arg(link(nic->port_speed_Gbps), q(nic->protocol));
    } else if (const auto* s = cat.switch_(id)) {
        parts << QStringLiteral("%1 × %2 %3").arg(s->ports).arg(link(s->port_speed_Gbps), q(s->protocol));
        if (s->power_typical_W) parts << QStringLiteral("%1 W").arg(num(*s->power_typical_W));
    } else if (const auto* st = cat.storage(id)) {
        parts << q(st->storage_kind);
        if (st->read_GBps) parts << QCoreApplication::translate("CatalogText", "read %1 GB/s").arg(num(*st->read_GBps));
        if (st->capacity_TB) parts << QStringLiteral("%1 TB").arg(num(*st->capacity_TB));
    } else if (const auto* e = cat.edge_device(id)) {
        parts << q(e->accelerator);
        if (e->mem_GB) parts << QStringLiteral("%1 GB").arg(num(*e->mem_GB));
        if (e->power_max_W) parts << QCoreApplication::translate("CatalogText", "up to %1 W").arg(num(*e->power_max_W));
    } else if (const auto* c = cat.camera(id)) {
        parts << QStringLiteral("%1×%2 @ %3 fps").arg(c->width_px).arg(c->height_px).arg(num(c->fps));
        parts << QStringLiteral("%1 %2 Mb/s").arg(q(c->codec), num(c->bitrate_Mbps));
    } else if (const auto* w = cat.wan_link(id)) {
        if (w->bw_Mbps_typical) parts << QCoreApplication::translate("CatalogText", "%1 Mb/s typical").arg(num(*w->bw_Mbps_typical));
        if (w->rtt_ms_p50) parts << QStringLiteral("RTT p50 %1 ms").arg(num(*w->rtt_ms_p50));
        if (w->rtt_ms_p99) parts << QStringLiteral("p99 %1 ms").arg(num(*w->rtt_ms_p99));
    } else if (const auto* r = cat.cloud_region(id)) {
        parts << q(r->node);
        if (r->price_per_node_hour_usd)
            parts << QCoreApplication::translate("CatalogText", "$%1/node-hour").arg(num(*r->price_per_node_hour_usd));
    } else if (const auto* f = cat.fabric(id)) {
        parts << QCoreApplication::translate("CatalogText", "%1 GB/s per accelerator per direction").arg(num(f->per_accel_GBps_per_dir));
    }
    return parts.join(QStringLiteral(" · "));
}

QString entryTooltip(const Catalog& cat, const QString& qid) {
    const EntryInfo* info = cat.info(qid.toStdString());
    if (!info) return qid;
    QString html = QStringLiteral("<b>%1</b>").arg(q(info->name).toHtmlEscaped());
    if (!info->vendor.empty()) html += QStringLiteral(" — %1").arg(q(info->vendor).toHtmlEscaped());
    html += QStringLiteral("<br>%1").arg(keySpecs(cat, qid).toHtmlEscaped());
    if (info->price_usd) {
        html +=
            QStringLiteral("<br>") + QCoreApplication::translate("CatalogText", "List price ≈ %1").arg(q(human::money(*info->price_usd)));
        if (!info->price_date.empty()) html += QStringLiteral(" (%1)").arg(q(info->price_date).toHtmlEscaped());
    } else {
        html += QStringLiteral("<br>") + QCoreApplication::translate("CatalogText", "not priced");
    }
    if (!info->sources.empty()) {
        html += QStringLiteral("<br><small>") +
                QCoreApplication::translate("CatalogText", "Source: %1").arg(q(info->sources.front()).toHtmlEscaped());
        if (!info->confidence.empty()) html += QCoreApplication::translate("CatalogText", " (confidence: %1)").arg(q(info->confidence));
        html += QStringLiteral("</small>");
    }
    if (info->origin != "built-in")
        html += QStringLiteral("<br><small>%1</small>")
                    .arg(QCoreApplication::translate("CatalogText", "From %1").arg(q(info->origin).toHtmlEscaped()));
    return html;
}

} // namespace cc::studio
