// The dark theme: View → Theme switches the application palette and remembers
// it; the charts and canvas follow it; exports stay light whatever the theme.
#include "canvas/canvas_style.h"
#include "canvas/component_item.h"
#include "canvas/design_scene.h"
#include "canvas/light_render.h"
#include "charts/chart_view.h"
#include "main/main_window.h"
#include "style/theme.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QSettings>
#include <QTemporaryDir>

#include <cmath>

using namespace cc;
using namespace cc::studio;

namespace {

const QString kPod = QStringLiteral(CC_SOURCE_DIR "/templates/dgx-h100-training-pod.ccd");

// QSettings under a throw-away organisation, cleared before and after, and the
// application palette back to System: nothing leaks into other tests or the user's config.
// The name carries the process id: ctest -j runs several theme tests at once.
struct ScopedThemeSettings {
    QString org = QCoreApplication::organizationName();
    ScopedThemeSettings() {
        QCoreApplication::setOrganizationName(QStringLiteral("ClusterCanvasThemeTest-%1").arg(QCoreApplication::applicationPid()));
        QSettings().clear();
    }
    ~ScopedThemeSettings() {
        QSettings().clear();
        QCoreApplication::setOrganizationName(org);
        applyTheme(*qApp, Theme::System);
    }
};

std::unique_ptr<MainWindow> openStudio(QTemporaryDir& tmp) {
    MainWindowOptions o;
    o.restore_settings = false;
    o.offer_recovery = false;
    o.autosave_folder = tmp.filePath("autosave");
    auto w = std::make_unique<MainWindow>(o);
    w->resize(1200, 800);
    w->show();
    REQUIRE(w->openFile(kPod, true));
    QApplication::processEvents();
    return w;
}

double luminance(QColor c) {
    auto lin = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * lin(c.redF()) + 0.7152 * lin(c.greenF()) + 0.0722 * lin(c.blueF());
}
double contrast(QColor a, QColor b) {
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

ChartSpec lineSpec() {
    ChartSpec s;
    s.type = ChartSpec::Type::Line;
    s.title = QStringLiteral("Throughput");
    s.x_label = QStringLiteral("GPUs");
    s.y_label = QStringLiteral("tokens/s");
    s.series.push_back(
        {QStringLiteral("t"), {QPointF(1, 1), QPointF(2, 2), QPointF(4, 3)}, QColor(0x1f, 0x6f, 0xb2), false, false, {}, {}});
    return s;
}

} // namespace

TEST_CASE("theme: names round-trip, unknown names are refused", "[widgets][theme]") {
    for (Theme t : {Theme::System, Theme::Light, Theme::Dark}) CHECK(themeFromName(themeName(t)) == t);
    CHECK(themeFromName(QStringLiteral("DARK")) == Theme::Dark);
    CHECK_FALSE(themeFromName(QStringLiteral("solarized")));
    CHECK(isDark(darkPalette()));
    CHECK_FALSE(isDark(lightPalette()));
}

TEST_CASE("theme: View → Theme switches the application palette and is saved in ui/theme", "[widgets][theme]") {
    ScopedThemeSettings scope;
    QTemporaryDir tmp;
    auto w = openStudio(tmp);
    auto* menu = w->findChild<QMenu*>(QStringLiteral("ThemeMenu"));
    REQUIRE(menu);
    auto* dark = menu->findChild<QAction*>(QStringLiteral("theme-dark"));
    auto* light = menu->findChild<QAction*>(QStringLiteral("theme-light"));
    auto* system = menu->findChild<QAction*>(QStringLiteral("theme-system"));
    REQUIRE(dark);
    REQUIRE(light);
    REQUIRE(system);
    CHECK(system->isChecked());

    dark->trigger();
    QApplication::processEvents(); // widgets hear of the new application palette through events
    CHECK(QApplication::palette().color(QPalette::Window).lightness() < 80);
    CHECK(w->QWidget::palette().color(QPalette::Window).lightness() < 80); // MainWindow::palette() is the parts list
    CHECK(isDark(w->scene()->palette()));                                  // the canvas follows the application palette
    CHECK(QSettings().value(kThemeSettingsKey).toString() == QStringLiteral("dark"));
    CHECK(savedTheme() == Theme::Dark);
    CHECK(dark->isChecked());
    CHECK_FALSE(light->isChecked()); // exclusive

    light->trigger();
    QApplication::processEvents();
    CHECK(QApplication::palette().color(QPalette::Window).lightness() > 200);
    CHECK_FALSE(isDark(w->scene()->palette()));
    CHECK(QSettings().value(kThemeSettingsKey).toString() == QStringLiteral("light"));
    CHECK_FALSE(dark->isChecked());
}

TEST_CASE("theme: a canvas export made in the dark theme is light, the canvas stays dark", "[widgets][theme]") {
    ScopedThemeSettings scope;
    QTemporaryDir tmp;
    auto w = openStudio(tmp);
    applyTheme(*qApp, Theme::Dark);
    QApplication::processEvents();
    DesignScene* scene = w->scene();
    REQUIRE(isDark(scene->palette()));

    ComponentItem* item = nullptr;
    for (QGraphicsItem* it : scene->items())
        if ((item = dynamic_cast<ComponentItem*>(it))) break;
    REQUIRE(item);
    // Render just this part, 1 px per scene unit; (20, 30) is inside its card body,
    // left of the icon and above the label: the card's Base fill.
    const QRectF src = item->mapRectToScene(QRectF(0, 0, style::kItemWidth, style::kItemHeight));
    const QImage img = renderCanvasImage(scene, src, src.size().toSize());
    const QColor body = img.pixelColor(20, 30);
    INFO("card body " << body.name().toStdString());
    CHECK(body.lightness() > 220);
    CHECK(img.pixelColor(2, img.height() / 2).lightness() < 230); // the kind's accent strip is drawn, not blank
    CHECK(isDark(scene->palette()));                              // the export gave the scene its dark palette back
}

TEST_CASE("theme: charts follow the theme on screen, rendered charts stay light", "[widgets][theme]") {
    ScopedThemeSettings scope;
    applyTheme(*qApp, Theme::Dark);
    ChartView view;
    view.setAttribute(Qt::WA_DontShowOnScreen);
    view.setSpec(lineSpec());
    view.resize(400, 300);
    view.show();
    QApplication::processEvents();
    CHECK(view.grab().toImage().pixelColor(3, 3).lightness() < 80);
    CHECK(renderChart(lineSpec(), QSize(400, 300)).pixelColor(3, 3).lightness() > 220); // the report's charts

    applyTheme(*qApp, Theme::Light); // a live switch rebuilds the chart in light colours
    QApplication::processEvents();
    CHECK(view.grab().toImage().pixelColor(3, 3).lightness() > 220);
}

TEST_CASE("theme: fabric link colours are distinct and readable on both canvases", "[widgets][theme]") {
    const FabricFamily all[] = {FabricFamily::NVLink,     FabricFamily::PCIe,     FabricFamily::InfinityFabric,
                                FabricFamily::InfiniBand, FabricFamily::Ethernet, FabricFamily::WAN};
    for (bool dark : {false, true}) {
        const QColor base = (dark ? darkPalette() : lightPalette()).color(QPalette::Base);
        for (FabricFamily a : all) {
            INFO("dark " << dark << " fabric " << static_cast<int>(a));
            CHECK(contrast(style::fabricColour(a, dark), base) >= (dark ? 3.0 : 2.0));
            for (FabricFamily b : all)
                if (a != b) CHECK(style::fabricColour(a, dark) != style::fabricColour(b, dark));
        }
    }
}
