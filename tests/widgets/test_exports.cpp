// Canvas and chart exports, the printed page, as files a user would open:
// SVG that parses and carries the labels, PNG whose scale is real, PDF that is
// a PDF, and no editing state (selection, theme) leaking into any of them.
#include "canvas/design_scene.h"
#include "charts/chart_view.h"
#include "document/document.h"
#include "format/design_format.h"
#include "main/canvas_export.h"
#include "main/canvas_print.h"
#include "panels/score_cards.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QFile>
#include <QGraphicsItem>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QStandardPaths>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <cmath>

using namespace cc;
using namespace cc::studio;

namespace {

const QString kClass = QStringLiteral(CC_SOURCE_DIR "/templates/classroom-4gpu.ccd");

struct Canvas {
    Document doc;
    DesignScene scene{&doc};
    explicit Canvas(const QString& file = kClass) { doc.reset(format::load_design_file(file.toStdString())); }
};

QByteArray readAll(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// Every text node of an XML file, or an error message when it does not parse.
QString xmlText(const QByteArray& xml, QString* error) {
    QXmlStreamReader r(xml);
    QString text;
    while (!r.atEnd())
        if (r.readNext() == QXmlStreamReader::Characters) text += r.text().toString() + QLatin1Char(0x0a);
    if (r.hasError()) *error = r.errorString();
    return text;
}

} // namespace

TEST_CASE("exports: canvas SVG parses, is valid SVG and carries every component label", "[widgets][exports]") {
    Canvas c;
    QTemporaryDir dir;
    const QString path = dir.filePath("canvas.svg");
    QString error;
    REQUIRE(exportCanvasSvg(c.scene, path, &error));
    const QByteArray svg = readAll(path);
    QString xml_error;
    const QString text = xmlText(svg, &xml_error);
    CHECK(xml_error.isEmpty());
    QSvgRenderer renderer(svg);
    CHECK(renderer.isValid());
    const QRectF area = canvasExportArea(c.scene);
    CHECK(renderer.viewBoxF().size() == area.size());
    REQUIRE_FALSE(c.doc.design().components.empty());
    for (const Component& comp : c.doc.design().components) {
        INFO(comp.name);
        CHECK(text.contains(QString::fromStdString(comp.name)));
    }
    // Rendered, the drawing has ink on white paper (not an empty or black page).
    QImage img(renderer.defaultSize(), QImage::Format_ARGB32);
    img.fill(Qt::transparent);
    {
        QPainter p(&img);
        renderer.render(&p);
    }
    CHECK(img.pixelColor(2, 2) == QColor(Qt::white));
    int ink = 0;
    for (int y = 0; y < img.height(); y += 4)
        for (int x = 0; x < img.width(); x += 4) ink += img.pixelColor(x, y).lightness() < 200;
    CHECK(ink > 50);
}

TEST_CASE("exports: selection, focus and a dark palette never reach the file, the selection survives", "[widgets][exports]") {
    Canvas c;
    QTemporaryDir dir;
    QString error;
    REQUIRE(exportCanvasSvg(c.scene, dir.filePath("plain.svg"), &error));

    for (QGraphicsItem* it : c.scene.items()) it->setSelected(it->flags() & QGraphicsItem::ItemIsSelectable);
    const auto selected = c.scene.selectedItems().size();
    REQUIRE(selected > 0);
    QPalette dark = c.scene.palette();
    dark.setColor(QPalette::Base, QColor(0x20, 0x22, 0x26));
    dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    c.scene.setPalette(dark);
    REQUIRE(exportCanvasSvg(c.scene, dir.filePath("selected.svg"), &error));

    CHECK(readAll(dir.filePath("selected.svg")) == readAll(dir.filePath("plain.svg")));
    CHECK(c.scene.selectedItems().size() == selected);
    CHECK(c.scene.palette().color(QPalette::Base) == dark.color(QPalette::Base));
}

TEST_CASE("exports: PNG at 2x has twice the pixels of 1x, on a white background", "[widgets][exports]") {
    Canvas c;
    QTemporaryDir dir;
    QString error;
    REQUIRE(exportCanvasPng(c.scene, dir.filePath("1x.png"), 1, &error));
    REQUIRE(exportCanvasPng(c.scene, dir.filePath("2x.png"), 2, &error));
    const QImage one(dir.filePath("1x.png")), two(dir.filePath("2x.png"));
    REQUIRE_FALSE(one.isNull());
    REQUIRE_FALSE(two.isNull());
    const QRectF area = canvasExportArea(c.scene);
    CHECK(one.size() == area.size().toSize());
    CHECK(two.width() == 2 * one.width());
    CHECK(two.height() == 2 * one.height());
    CHECK(one.pixelColor(0, 0) == QColor(Qt::white));
    CHECK(two.pixelColor(two.width() - 1, two.height() - 1) == QColor(Qt::white));
    // Both claim the same physical size, so viewers show 2x sharper, not bigger.
    CHECK(std::abs(two.dotsPerMeterX() - 2 * one.dotsPerMeterX()) <= 1);

    CHECK_FALSE(exportCanvasPng(c.scene, dir.filePath("0x.png"), 0, &error));
    CHECK_FALSE(error.isEmpty());
    CHECK_FALSE(QFile::exists(dir.filePath("0x.png")));
}

TEST_CASE("exports: PDF is a one-page PDF of real size, bad names and empty canvases are refused", "[widgets][exports]") {
    Canvas c;
    QTemporaryDir dir;
    QString error;
    const QString pdf = dir.filePath("canvas.pdf");
    REQUIRE(exportCanvas(c.scene, pdf, 1, &error));
    const QByteArray bytes = readAll(pdf);
    CHECK(bytes.startsWith("%PDF-"));
    CHECK(bytes.size() > 5000);
    // Labels are text in the PDF (vector), when poppler's pdftotext is there to read it.
    const QString pdftotext = QStandardPaths::findExecutable("pdftotext");
    if (!pdftotext.isEmpty()) {
        QProcess p;
        p.start(pdftotext, {pdf, "-"});
        REQUIRE(p.waitForFinished(20000));
        const QString text = QString::fromUtf8(p.readAllStandardOutput());
        CHECK(text.contains(QString::fromStdString(c.doc.design().components.front().name)));
    }

    CHECK_FALSE(exportCanvas(c.scene, dir.filePath("canvas.bmp"), 1, &error));
    CHECK(error.contains("png"));
    CHECK_FALSE(exportCanvas(c.scene, dir.filePath("missing/dir/canvas.pdf"), 1, &error));
    CHECK_FALSE(error.isEmpty());
    Document empty;
    DesignScene blank(&empty);
    error.clear();
    CHECK_FALSE(exportCanvasSvg(blank, dir.filePath("blank.svg"), &error));
    CHECK(error.contains("empty"));
}

TEST_CASE("exports: the printed page puts the canvas above the score cards, inside the page", "[widgets][exports]") {
    const QRectF page(0, 0, 1000, 700);
    const PrintLayout l = printLayout(page, 96, 6);
    REQUIRE(l.cards.size() == 6);
    CHECK(page.contains(l.title));
    CHECK(page.contains(l.canvas));
    CHECK(l.canvas.height() > page.height() / 2);                  // the canvas gets most of the page
    const QRectF inside = page.adjusted(-1e-6, -1e-6, 1e-6, 1e-6); // floating-point slack at the right edge
    for (const QRectF& r : l.cards) {
        CHECK(inside.contains(r));
        CHECK(r.top() > l.canvas.bottom());
    }
    CHECK(l.cards[4].top() > l.cards[0].bottom());                       // 4 per row, then the next row
    CHECK(printLayout(page, 96, 0).canvas.bottom() > l.canvas.bottom()); // no cards, more canvas

    // Painted: the canvas has ink and a card's state bar shows its colour.
    Canvas c;
    ScoreCard bad;
    bad.label = "Step time";
    bad.value = "12.4 s";
    bad.state = CardState::Bad;
    QImage img(page.size().toSize(), QImage::Format_ARGB32);
    img.fill(Qt::white);
    {
        QPainter p(&img);
        paintPrintPage(p, page, 96, c.scene, "Classroom", {bad});
    }
    const QRectF card = printLayout(page, 96, 1).cards.front();
    CHECK(img.pixelColor(QPointF(card.left() + 2, card.center().y()).toPoint()) == stateColour(CardState::Bad));
    const QRectF canvas = printLayout(page, 96, 1).canvas;
    int ink = 0;
    for (int y = int(canvas.top()); y < int(canvas.bottom()); y += 3)
        for (int x = int(canvas.left()); x < int(canvas.right()); x += 3) ink += img.pixelColor(x, y).lightness() < 200;
    CHECK(ink > 50);

    // And on a PDF writer, as File → Print would on paper.
    QTemporaryDir dir;
    QPdfWriter writer(dir.filePath("print.pdf"));
    writer.setResolution(96);
    REQUIRE(printDesign(writer, c.scene, "Classroom", {bad}));
    CHECK(readAll(dir.filePath("print.pdf")).startsWith("%PDF-"));
}

TEST_CASE("exports: a chart saves as SVG with its title and axis labels as text", "[widgets][exports]") {
    ChartSpec spec;
    spec.type = ChartSpec::Type::Line;
    spec.key = "growth";
    spec.title = "Throughput vs GPUs";
    spec.x_label = "GPUs";
    spec.y_label = "Samples per second";
    ChartSpec::Series s;
    s.name = "design";
    s.points = {{8, 100}, {16, 190}, {32, 350}};
    s.colour = Qt::blue;
    spec.series << s;
    ChartView view;
    view.setSpec(spec);
    view.resize(480, 320);
    view.show();
    QApplication::processEvents();
    QTemporaryDir dir;
    const QString path = dir.filePath("chart.svg");
    REQUIRE(view.saveSvg(path));
    const QByteArray svg = readAll(path);
    QString xml_error;
    const QString text = xmlText(svg, &xml_error);
    CHECK(xml_error.isEmpty());
    CHECK(QSvgRenderer(svg).isValid());
    CHECK(text.contains(spec.title));
    CHECK(text.contains(spec.x_label));
    CHECK(view.accessibleName().contains(spec.title));
}
