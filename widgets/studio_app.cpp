#include "studio_app.h"

#include "canvas/design_scene.h"
#include "canvas/design_view.h"
#include "catalog/price_book.h"
#include "document/document.h"
#include "format/design_format.h"
#include "main/canvas_export.h"
#include "main/main_window.h"
#include "panels/comparison_view.h"
#include "panels/findings_panel.h"
#include "report/report_writer.h"
#include "scoring/score_service.h"
#include "scoring/scorer.h"
#include "style/language.h"
#include "style/theme.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStyleFactory>
#include <QTimer>

#include <cstdio>
#include <optional>

namespace cc::studio {

namespace {

// The off-screen platform (headless screenshots, reports, exports) warns about
// window features it lacks on every window; that is noise for a user at a terminal.
QtMessageHandler g_default_handler = nullptr;
void quietOffscreen(QtMsgType type, const QMessageLogContext& ctx, const QString& msg) {
    if (msg.startsWith(QLatin1String("This plugin does not support")) ||
        msg.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR not set")))
        return;
    if (g_default_handler) g_default_handler(type, ctx, msg);
}
constexpr const char* kDefaultTemplate = ":/templates/dgx-h100-training-pod.ccd";

bool headlessRequest(int argc, char** argv) {
    for (int i = 1; i < argc; ++i)
        if (QByteArray(argv[i]) == "--screenshot" || QByteArray(argv[i]) == "--report" || QByteArray(argv[i]).startsWith("--export-canvas"))
            return true;
    return false;
}

/// FILE of a headless request, or the default template when omitted; prints the error and returns false.
bool loadDesignArg(const QString& file, Design* d, QString* name) {
    try {
        if (file.isEmpty()) {
            QFile f(kDefaultTemplate);
            f.open(QIODevice::ReadOnly);
            *d = format::read_design(f.readAll().toStdString());
            *name = QStringLiteral("dgx-h100-training-pod.ccd");
        } else {
            *d = format::load_design_file(file.toStdString());
            *name = QFileInfo(file).fileName();
        }
    } catch (const std::exception& e) {
        std::fprintf(stderr, "clustercanvas: %s: %s\n", qPrintable(file), e.what());
        return false;
    }
    return true;
}

// --lang is read before the parser exists, so that --help is translated too.
QString langRequest(int argc, char** argv) {
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        if (a == "--lang" && i + 1 < argc) return QString::fromLocal8Bit(argv[i + 1]);
        if (a.startsWith("--lang=")) return QString::fromLocal8Bit(a.mid(7));
    }
    return {};
}

int writeReportFor(const QString& file, const QString& out, const QString& price_book) {
    Design d;
    QString name;
    if (!loadDesignArg(file, &d, &name)) return 2;
    Catalog cat = Catalog::builtin();
    if (!price_book.isEmpty()) { // the same rule as the CLI: a bad row refuses the whole book
        std::vector<PriceBookProblem> problems;
        const auto book = read_price_book(price_book.toStdString(), cat, problems);
        if (!book) {
            std::fprintf(stderr, "clustercanvas: --price-book: refused, no price from it applied:\n");
            for (const auto& pb : problems) std::fprintf(stderr, "  %s: %s\n", pb.where.c_str(), pb.what.c_str());
            return 2;
        }
        cat.apply_price_book(*book, QDate::currentDate().toString(Qt::ISODate).toStdString());
    }
    ReportInput in{d, name, scoreDesign(d, cat, {}, 0)};
    QString error;
    if (!writeReport(in, cat, out, &error)) {
        std::fprintf(stderr, "clustercanvas: --report: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("Report written to %s\n", qPrintable(QDir::toNativeSeparators(QFileInfo(out).absoluteFilePath())));
    return 0;
}
int exportCanvasFor(const QString& file, const QString& out, const QString& scale_text) {
    bool ok = false;
    const double scale = scale_text.toDouble(&ok);
    if (!ok || scale < kMinPngScale || scale > kMaxPngScale) {
        std::fprintf(stderr, "clustercanvas: --scale: expected a number from %g to %g, got '%s'\n", kMinPngScale, kMaxPngScale,
                     qPrintable(scale_text));
        return 2;
    }
    if (!canvasFormatFor(out)) {
        std::fprintf(stderr, "clustercanvas: --export-canvas: %s: use a .png, .svg or .pdf file name\n", qPrintable(out));
        return 2;
    }
    Design d;
    QString name;
    if (!loadDesignArg(file, &d, &name)) return 2;
    // The same scene the studio draws, without a window.
    Document doc;
    doc.reset(std::move(d));
    DesignScene scene(&doc);
    QString error;
    if (!exportCanvas(scene, out, scale, &error)) {
        std::fprintf(stderr, "clustercanvas: --export-canvas: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("Canvas written to %s\n", qPrintable(QDir::toNativeSeparators(QFileInfo(out).absoluteFilePath())));
    return 0;
}
} // namespace

int runStudio(int argc, char** argv) {
    // A screenshot needs no screen: render off-screen when there is no display.
    if (headlessRequest(argc, argv) && qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") &&
        qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    if (QGuiApplication::platformName() == QLatin1String("offscreen")) g_default_handler = qInstallMessageHandler(quietOffscreen);
    QApplication::setOrganizationName("ClusterCanvas");
    QApplication::setApplicationName("ClusterCanvas");
    QApplication::setApplicationVersion(CC_APP_VERSION);
    QApplication::setStyle(QStyleFactory::create("Fusion"));
    const QString lang_request = langRequest(argc, argv);
    const QString lang = language::resolve(lang_request);
    if (!language::install(lang)) std::fprintf(stderr, "clustercanvas: no translation for '%s'; using English\n", qPrintable(lang));
    // No font is forced for Japanese/Chinese: fontconfig falls back to Noto Sans CJK for CJK
    // glyphs only, so Latin text and line heights stay those of the default font. (Putting the
    // CJK face in the application font made every line taller and Qt Charts elided axis labels.)

    QCommandLineParser p;
    p.setApplicationDescription(QApplication::translate("main", "ClusterCanvas studio: design AI infrastructure and score it."));
    p.addHelpOption();
    p.addVersionOption();
    p.addPositionalArgument("file", QApplication::translate("main", "Design to open (.ccd); the default template if omitted."), "[FILE]");
    QCommandLineOption shot("screenshot", QApplication::translate("main", "Render the main window to OUT.png and exit."), "OUT.png");
    QCommandLineOption size("size", QApplication::translate("main", "Window size for --screenshot (default 1600x1000)."), "WxH",
                            "1600x1000");
    QCommandLineOption report(
        "report", QApplication::translate("main", "Write the customer report of FILE (or the default template) to OUT.pdf and exit."),
        "OUT.pdf");
    QCommandLineOption exportCanvasOpt(
        "export-canvas",
        QApplication::translate("main", "Export the canvas of FILE (or the default template) to OUT.png, OUT.svg or OUT.pdf and exit."),
        "OUT");
    QCommandLineOption scaleOpt(
        "scale", QApplication::translate("main", "Pixels per canvas unit for --export-canvas PNG (default 1; 2 or 4 for sharper images)."),
        "N", "1");
    QCommandLineOption showOpt(
        "show",
        QApplication::translate("main", "What --screenshot captures: main (default), compare (the scenario comparison), presentation, or "
                                        "heat (the main window with the utilisation overlay)."),
        "VIEW", "main");
    QCommandLineOption theme(
        "theme",
        QApplication::translate("main", "Colour theme for this run: system, light or dark (default: the one chosen in View → Theme)."),
        "THEME");
    p.addOption(shot);
    p.addOption(size);
    QCommandLineOption lang_opt(
        "lang",
        QApplication::translate(
            "main", "User interface language: en, de, ja or zh_CN (default: the View → Language setting or the system locale)."),
        "LANG");
    p.addOption(showOpt);
    p.addOption(report);
    QCommandLineOption priceBookOpt(
        "price-book", QApplication::translate("main", "With --report: prices from this price book (CSV) instead of the catalog's."),
        "FILE.csv");
    p.addOption(priceBookOpt);
    p.addOption(exportCanvasOpt);
    p.addOption(scaleOpt);
    p.addOption(theme);
    p.addOption(lang_opt);
    p.process(app);

    if (p.isSet(lang_opt) && language::match(p.value(lang_opt)).isEmpty()) {
        std::fprintf(stderr, "clustercanvas: --lang: expected one of %s, got '%s'\n", qPrintable(language::available().join(", ")),
                     qPrintable(p.value(lang_opt)));
        return 2;
    }
    const QStringList files = p.positionalArguments();
    if (files.size() > 1) {
        std::fprintf(stderr, "clustercanvas: expected at most one FILE, got %lld\n", static_cast<long long>(files.size()));
        return 2;
    }
    const QRegularExpressionMatch m = QRegularExpression("^(\\d{3,5})x(\\d{3,5})$").match(p.value(size));
    if (!m.hasMatch()) {
        std::fprintf(stderr, "clustercanvas: --size: expected WxH such as 1600x1000, got '%s'\n", qPrintable(p.value(size)));
        return 2;
    }
    const QString show_view = p.value(showOpt);
    if (!QStringList{"main", "compare", "presentation", "heat"}.contains(show_view)) {
        std::fprintf(stderr, "clustercanvas: --show: expected main, compare, presentation or heat, got '%s'\n", qPrintable(show_view));
        return 2;
    }
    const bool screenshot = p.isSet(shot);
    // Headless output does not depend on the user's saved choice; --theme is not saved either.
    Theme run_theme = screenshot || p.isSet(report) || p.isSet(exportCanvasOpt) ? Theme::System : savedTheme();
    if (p.isSet(theme)) {
        const std::optional<Theme> named = themeFromName(p.value(theme));
        if (!named.has_value()) {
            std::fprintf(stderr, "clustercanvas: --theme: expected system, light or dark, got '%s'\n", qPrintable(p.value(theme)));
            return 2;
        }
        run_theme = named.value();
    }
    applyTheme(app, run_theme);
    if (p.isSet(report)) return writeReportFor(files.isEmpty() ? QString() : files.front(), p.value(report), p.value(priceBookOpt));
    if (p.isSet(exportCanvasOpt))
        return exportCanvasFor(files.isEmpty() ? QString() : files.front(), p.value(exportCanvasOpt), p.value(scaleOpt));

    MainWindowOptions opt;
    opt.restore_settings = !screenshot;
    opt.offer_recovery = !screenshot;
    MainWindow w(opt);
    if (!files.isEmpty()) {
        QString error;
        if (!w.openFile(QFileInfo(files.front()).absoluteFilePath(), screenshot, &error)) {
            if (screenshot) {
                std::fprintf(stderr, "clustercanvas: %s: %s\n", qPrintable(files.front()), qPrintable(error));
                return 2;
            }
            w.newFromTemplate(kDefaultTemplate);
        }
    } else {
        w.newFromTemplate(kDefaultTemplate);
    }

    if (screenshot) {
        w.resize(m.captured(1).toInt(), m.captured(2).toInt());
        w.show();
        QApplication::processEvents();
        w.scoring()->waitForIdle();
        w.findings()->waitForIdle(); // the rule counts in the status bar and dock title
        // Dock sizes settle over a few passes (results arrive, docks fit the window): fit after them.
        for (int i = 0; i < 3; ++i) QApplication::processEvents();
        w.view()->zoomToFit();
        QApplication::processEvents();
        QWidget* target = &w;
        if (show_view == "heat") {
            w.scene()->setHeatOverlay(true);
            QApplication::processEvents();
        } else if (show_view == "presentation") {
            w.setPresentationMode(true);
            // The off-screen "screen" is small: keep the presentation layout at the requested size.
            w.showNormal();
            w.resize(m.captured(1).toInt(), m.captured(2).toInt());
            QApplication::processEvents();
            w.view()->zoomToFit();
            QApplication::processEvents();
        } else if (show_view == "compare") {
            w.showComparison();
            while (w.comparisonView()->busy()) QApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
            QApplication::processEvents();
            target = w.comparisonView()->window();
            target->resize(m.captured(1).toInt(), m.captured(2).toInt());
            QApplication::processEvents();
        }
        // Late layout passes (a dock fitting its new content) refit the canvas on a zero timer: let them run.
        for (int i = 0; i < 3; ++i) QApplication::processEvents();
        const QString out = p.value(shot);
        if (!target->grab().save(out, "PNG")) {
            std::fprintf(stderr, "clustercanvas: cannot write %s\n", qPrintable(out));
            return 1;
        }
        std::printf("Screenshot written to %s\n", qPrintable(QDir::toNativeSeparators(QFileInfo(out).absoluteFilePath())));
        return 0;
    }
    w.show();
    QTimer::singleShot(0, &w, [&w] { w.offerRecovery(); });
    return app.exec();
}

} // namespace cc::studio
