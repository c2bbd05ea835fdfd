#include "report/report_writer.h"
#include "report/report_scenarios.h"

#include "canvas/design_image.h"
#include "canvas/design_scene.h"
#include "charts/chart_view.h"
#include "document/document.h"
#include "report/bom.h"
#include "rules/check.h"
#include "style/language.h"
#include "util/human_units.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>
#include <QUrl>

#include <algorithm>
#include <set>

namespace cc::studio {

namespace {

QString q(const std::string& s) { return QString::fromStdString(s); }
QString esc(const QString& s) { return s.toHtmlEscaped(); }
QString esc(const std::string& s) { return q(s).toHtmlEscaped(); }

// Images are handed to the text document as resources named image://N.
QList<QImage>* g_images = nullptr;

QString imgTag(const QImage& img, int width_px) {
    if (!g_images) return {};
    g_images->push_back(img);
    return QStringLiteral("<img width='%1' src='image://%2'>").arg(width_px).arg(g_images->size() - 1);
}

QString stateText(CardState s) {
    switch (s) {
    case CardState::Good: return QObject::tr("good");
    case CardState::Warning: return QObject::tr("watch");
    case CardState::Bad: return QObject::tr("problem");
    case CardState::Neutral: break;
    }
    return {};
}

QString severityText(Severity s) {
    switch (s) {
    case Severity::Error: return QObject::tr("error");
    case Severity::Warning: return QObject::tr("warning");
    case Severity::Info: break;
    }
    return QObject::tr("info");
}

const char* kStyle = R"(
body { font-family: 'Noto Sans', 'DejaVu Sans', sans-serif; font-size: 9.5pt; color: #1c2833; }
h1 { font-size: 22pt; color: #1b4f72; margin-bottom: 2px; }
h2 { font-size: 14pt; color: #1b4f72; margin-top: 14px; border-bottom: 1px solid #aab7c4; }
p.sub { color: #5d6d7e; font-size: 10pt; }
table.t { border-collapse: collapse; width: 100%; }
table.t th { background: #eaf0f6; text-align: left; padding: 3px 5px; font-weight: bold; }
table.t td { padding: 3px 5px; border-bottom: 1px solid #e5e8eb; }
td.num { text-align: right; }
.bottleneck { background: #fdf2e9; padding: 6px; font-size: 11pt; }
.small { font-size: 8pt; color: #5d6d7e; }
)";

} // namespace

QString reportHtml(const ReportInput& in, const Catalog& cat, QList<QImage>* images) {
    g_images = images;
    const Design& d = in.design;
    const ScoreResult& s = in.score;
    QString h;
    QString style = QString::fromUtf8(kStyle);
    // CJK text needs a CJK face first in the list, so QPdfWriter embeds it (fonts-noto-cjk; fontconfig finds it).
    if (const QString family = language::preferredFontFamily(); !family.isEmpty())
        style.replace(QStringLiteral("font-family: 'Noto Sans',"), QStringLiteral("font-family: '%1', 'Noto Sans',").arg(family));
    h += QStringLiteral("<html><head><style>%1</style></head><body>").arg(style);

    // ---- Title page ----
    h += QStringLiteral("<h1>%1</h1>").arg(d.title.empty() ? esc(QObject::tr("Untitled design")) : esc(d.title));
    h += QStringLiteral("<p class='sub'>%1 · %2%3</p>")
             .arg(QObject::tr("ClusterCanvas design report"), QLocale().toString(QDate::currentDate(), QLocale::LongFormat),
                  in.file_name.isEmpty() ? QString() : QStringLiteral(" · ") + esc(in.file_name));
    if (!d.description.empty()) h += QStringLiteral("<p>%1</p>").arg(esc(d.description));
    h += QStringLiteral("<p align='center'>%1</p>").arg(imgTag(renderDesignImage(d, QSize(2000, 1250), 0), 640));
    if (!s.headline.isEmpty()) h += QStringLiteral("<p><b>%1</b></p>").arg(esc(s.headline));
    if (!s.bottleneck.isEmpty()) h += QStringLiteral("<p class='bottleneck'><b>%1</b></p>").arg(esc(s.bottleneck));

    // ---- Scores ----
    h += QStringLiteral("<h2 style='page-break-before: always'>%1</h2>").arg(QObject::tr("Scores"));
    if (!s.message.isEmpty()) h += QStringLiteral("<p>%1</p>").arg(esc(s.message));
    if (!s.cards.isEmpty()) {
        h += QStringLiteral("<table class='t'><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th></tr>")
                 .arg(QObject::tr("Metric"), QObject::tr("Value"), QObject::tr("Detail"), QObject::tr("Verdict"));
        for (const ScoreCard& c : s.cards)
            h += QStringLiteral("<tr><td>%1</td><td><b>%2</b></td><td>%3</td><td>%4</td></tr>")
                     .arg(esc(c.label), esc(c.value), esc(c.detail), stateText(c.state));
        h += QStringLiteral("</table>");
    }
    // The first chart (the breakdown) full width, the others two by two: one page.
    QList<ChartSpec> charts;
    for (const ChartSpec& c : s.charts)
        if (!c.empty()) charts << c;
    if (!charts.isEmpty()) h += QStringLiteral("<p align='center'>%1</p>").arg(imgTag(renderChart(charts.front(), QSize(1100, 420)), 520));
    for (int i = 1; i < charts.size(); i += 2) {
        h += QStringLiteral("<table width='100%'><tr>");
        for (int j = i; j < std::min<qsizetype>(i + 2, charts.size()); ++j)
            h += QStringLiteral("<td align='center'>%1</td>").arg(imgTag(renderChart(charts[j], QSize(640, 470)), 255));
        h += QStringLiteral("</tr></table>");
    }

    // ---- Bill of materials ----
    const Bom bom = bill_of_materials(d, cat);
    h += QStringLiteral("<h2 style='page-break-before: always'>%1</h2>").arg(QObject::tr("Bill of materials"));
    h += QStringLiteral("<table class='t'><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th><th>%6</th></tr>")
             .arg(QObject::tr("Part"), QObject::tr("Qty"), QObject::tr("Rack units"), QObject::tr("Power each"), QObject::tr("Unit price"),
                  QObject::tr("Extended"));
    for (const BomLine& l : bom.lines) {
        const QString name = l.included_in.empty() ? esc(l.name)
                                                   : QStringLiteral("&nbsp;&nbsp;↳ %1 <span class='small'>(%2)</span>")
                                                         .arg(esc(l.name), QObject::tr("included in %1").arg(esc(l.included_in)));
        const double power = l.power_typical_W_each.value_or(l.power_max_W_each.value_or(0));
        h += QStringLiteral("<tr><td>%1</td><td class='num'>%2</td><td class='num'>%3</td><td class='num'>%4</td><td "
                            "class='num'>%5</td><td class='num'>%6</td></tr>")
                 .arg(name, q(human::number(l.count)),
                      l.rack_units_each && l.included_in.empty() ? q(human::number(*l.rack_units_each * l.count)) : QString(),
                      power > 0 ? q(human::si(power, "W")) : QStringLiteral("—"),
                      l.unit_price_usd                                              ? q(human::money(*l.unit_price_usd))
                      : l.included_in.empty() && l.kind != CatalogKind::CloudRegion ? QObject::tr("not priced")
                                                                                    : QStringLiteral("—"),
                      l.unit_price_usd && l.included_in.empty() ? q(human::money(*l.unit_price_usd * l.count)) : QString());
    }
    h += QStringLiteral("</table>");
    const Totals& t = bom.totals;
    h +=
        QStringLiteral("<p><b>%1</b> %2 · <b>%3</b> %4 · <b>%5</b> %6 %7 · <b>%8</b> %9%10</p>")
            .arg(QObject::tr("Accelerators:"), q(human::number(t.accelerators)), QObject::tr("Rack units:"), q(human::number(t.rack_units)),
                 QObject::tr("Power:"), q(human::si(t.power_nominal_W, "W")), QObject::tr("(max %1)").arg(q(human::si(t.power_max_W, "W"))),
                 QObject::tr("Capex:"), priced_capex_usd(t) ? q(human::money(*priced_capex_usd(t))) : QObject::tr("not priced"),
                 t.lines_without_price
                     ? QObject::tr(" (%n line(s) without a public price are not included)", nullptr, t.lines_without_price)
                     : QString());
    h += QStringLiteral("<p class='small'><b>%1</b> %2</p>")
             .arg(QObject::tr("Prices:"), cat.price_basis().empty()
                                              ? QObject::tr("public list prices, each with its date and source (see Sources)")
                                              : esc(q(cat.price_basis())));

    // ---- Findings ----
    const auto findings = check(d, cat);
    h += QStringLiteral("<h2>%1</h2>").arg(QObject::tr("Design-rule findings"));
    if (findings.empty()) h += QStringLiteral("<p>%1</p>").arg(QObject::tr("None: the design passes every rule."));
    for (const Finding& f : findings)
        h += QStringLiteral("<p>• <b>%1</b> %2 <span class='small'>(%3)</span></p>")
                 .arg(esc(severityText(f.severity)), esc(f.message), esc(f.rule));

    h += scenarioComparisonHtml(d, cat, imgTag);

    // ---- Assumptions and sources ----
    h += QStringLiteral("<h2 style='page-break-before: always'>%1</h2>").arg(QObject::tr("Assumptions"));
    h += QStringLiteral("<p>%1%2</p>")
             .arg(QObject::tr("PUE %1 · %2 $/kWh").arg(d.workload.assumptions.pue).arg(d.workload.assumptions.price_per_kWh_usd),
                  d.workload.assumptions.price_per_gpu_hour_usd
                      ? QObject::tr(" · %1 $/GPU-hour").arg(*d.workload.assumptions.price_per_gpu_hour_usd)
                      : QObject::tr(" · no GPU-hour price (cost to train counts energy only)"));
    for (const QString& n : s.notes) h += QStringLiteral("<p>• %1</p>").arg(esc(n));
    h += QStringLiteral("<h2>%1</h2>").arg(QObject::tr("Sources of hardware numbers"));
    std::set<std::string> seen;
    for (const BomLine& l : bom.lines) {
        if (!seen.insert(l.catalog_id).second) continue;
        const EntryInfo* info = cat.info(l.catalog_id);
        QString src;
        for (const auto& u : l.sources) src += QStringLiteral("<br><span class='small'>%1</span>").arg(esc(u));
        h += QStringLiteral("<p><b>%1</b> (%2)%3%4</p>")
                 .arg(esc(l.name), esc(l.catalog_id),
                      info && !info->confidence.empty() ? QObject::tr(", confidence %1").arg(esc(info->confidence)) : QString(), src);
    }
    for (const auto& src : d.sources) h += QStringLiteral("<p class='small'>%1: %2</p>").arg(QObject::tr("Design source"), esc(src));
    h += QStringLiteral("</body></html>");
    g_images = nullptr;
    return h;
}

bool writeReport(const ReportInput& in, const Catalog& cat, const QString& pdf_path, QString* error) {
    const QString tmp = pdf_path + ".part";
    {
        QPdfWriter pdf(tmp);
        if (!QFileInfo(tmp).dir().exists()) {
            if (error) *error = QObject::tr("folder does not exist: %1").arg(QFileInfo(tmp).absolutePath());
            return false;
        }
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setPageMargins(QMarginsF(16, 14, 16, 14), QPageLayout::Millimeter);
        pdf.setResolution(150);
        pdf.setTitle(QString::fromStdString(in.design.title));
        pdf.setCreator(QStringLiteral("ClusterCanvas"));
        QTextDocument doc;
        QList<QImage> images;
        const QString html = reportHtml(in, cat, &images);
        for (int i = 0; i < images.size(); ++i)
            doc.addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("image://%1").arg(i)), images[i]);
        doc.setHtml(html);
        doc.print(&pdf);
    }
    QFile::remove(pdf_path);
    if (!QFileInfo(tmp).exists() || QFileInfo(tmp).size() == 0 || !QFile::rename(tmp, pdf_path)) {
        QFile::remove(tmp);
        if (error) *error = QObject::tr("cannot write %1").arg(pdf_path);
        return false;
    }
    return true;
}

} // namespace cc::studio
