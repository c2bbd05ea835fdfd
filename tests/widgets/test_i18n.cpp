// Languages: the embedded translations load, menus and reports come out in the
// chosen language, and CJK text renders with a real font (no tofu).
#include "format/design_format.h"
#include "main/main_window.h"
#include "report/report_writer.h"
#include "scoring/metric_card.h"
#include "scoring/scorer.h"
#include "style/language.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QFile>
#include <QFontDatabase>
#include <QFontMetrics>
#include <QImage>
#include <QMenuBar>
#include <QPainter>
#include <QRawFont>
#include <QSettings>
#include <QTemporaryDir>

using namespace cc;
using namespace cc::studio;

namespace {

// Back to English whatever a test did, so the other tests see English strings.
struct LanguageGuard {
    ~LanguageGuard() { language::install(QStringLiteral("en")); }
};

QString menuText(const QString& source) { return QCoreApplication::translate("cc::studio::MainWindow", source.toUtf8().constData()); }

int inkPixels(const QString& text, const QFont& font) {
    const QFontMetrics fm(font);
    const QRect box = fm.boundingRect(text);
    if (box.isEmpty()) return 0;
    QImage img(box.size() + QSize(8, 8), QImage::Format_RGB32);
    img.fill(Qt::white);
    QPainter p(&img);
    p.setFont(font);
    p.setPen(Qt::black);
    p.drawText(QPoint(4 - box.left(), 4 - box.top()), text);
    p.end();
    int ink = 0;
    for (int y = 0; y < img.height(); ++y)
        for (int x = 0; x < img.width(); ++x) ink += qGray(img.pixel(x, y)) < 128;
    return ink;
}

} // namespace

TEST_CASE("i18n: locale names map to the shipped languages", "[widgets][i18n]") {
    CHECK(language::match("de_AT") == "de");
    CHECK(language::match("de-DE") == "de");
    CHECK(language::match("ja_JP.UTF-8") == "ja");
    CHECK(language::match("zh-Hans-CN") == "zh_CN");
    CHECK(language::match("zh") == "zh_CN");
    CHECK(language::match("zh_TW").isEmpty()); // traditional Chinese is not shipped
    CHECK(language::match("C") == "en");
    CHECK(language::match("fr_FR").isEmpty());
    CHECK(language::resolve("ja") == "ja");
    CHECK(language::resolve("xx") == "en");
    // The setting wins over the system locale (the tests' settings are a scratch folder).
    QSettings().setValue(language::kSettingsKey, "zh_CN");
    CHECK(language::resolve() == "zh_CN");
    QSettings().remove(language::kSettingsKey);
    CHECK(language::available() == QStringList{"en", "de", "ja", "zh_CN"});
    CHECK(language::nativeName("ja") == QStringLiteral("日本語"));
}

TEST_CASE("i18n: the German translation translates the menus of a real main window", "[widgets][i18n]") {
    LanguageGuard guard;
    REQUIRE(language::install("de"));
    CHECK(language::current() == "de");
    CHECK(menuText("&File") == "&Datei");
    CHECK(QCoreApplication::translate("Resource", "compute") == "Rechenleistung");
    CHECK(QCoreApplication::translate("Palette", "Accelerators") == "Beschleuniger");

    MainWindowOptions o;
    o.restore_settings = false;
    o.offer_recovery = false;
    QTemporaryDir tmp;
    o.autosave_folder = tmp.filePath("autosave");
    MainWindow w(o);
    QStringList menus;
    for (QAction* a : w.menuBar()->actions()) menus << a->text();
    CHECK(menus.contains("&Datei"));
    CHECK(menus.contains("&Bearbeiten"));
    CHECK(menus.contains("&Ansicht"));

    // Scores are translated where they are made, while the bottleneck key stays English for colours.
    const Design d = format::load_design_file(CC_SOURCE_DIR "/templates/dgx-h100-training-pod.ccd");
    const ScoreResult r = scoreDesign(d, Catalog::builtin(), {}, 1);
    CHECK(r.bottleneck.startsWith("Begrenzt durch"));
    CHECK_FALSE(r.bottleneck_resource.isEmpty());
    CHECK(resourceColour(r.bottleneck_resource) != QColor(0x34, 0x49, 0x5e)); // a known resource, not the fallback colour

    language::install("en");
    CHECK(menuText("&File") == "&File");
}

TEST_CASE("i18n: Japanese and Chinese strings render with a CJK font", "[widgets][i18n]") {
    LanguageGuard guard;
    REQUIRE(language::install("ja"));
    const QString file = menuText("&File");
    CHECK(file == QStringLiteral("ファイル(&F)"));

    // fonts-noto-cjk (tools/bootstrap) provides the faces the studio asks for.
    const QString ja_family = language::preferredFontFamily("ja");
    REQUIRE(QFontDatabase::families().contains(ja_family));
    QFont font(ja_family);
    font.setPixelSize(24);
    const QString text = QStringLiteral("設計ルール");
    const QRawFont raw = QRawFont::fromFont(font);
    for (const QChar c : text) CHECK(raw.supportsCharacter(c));
    CHECK_FALSE(QFontMetrics(font).boundingRect(text).isEmpty());
    CHECK(inkPixels(text, font) > 100);

    REQUIRE(language::install("zh_CN"));
    QFont zh(language::preferredFontFamily());
    zh.setPixelSize(24);
    CHECK(QRawFont::fromFont(zh).supportsCharacter(QChar(0x8BBE))); // 设
    CHECK(inkPixels(menuText("&File"), zh) > 50);
}

TEST_CASE("i18n: a Japanese report embeds a CJK font in the PDF", "[widgets][i18n][report]") {
    LanguageGuard guard;
    REQUIRE(language::install("ja"));
    const Design d = format::load_design_file(CC_SOURCE_DIR "/templates/dgx-h100-training-pod.ccd");
    ReportInput in{d, "pod.ccd", scoreDesign(d, Catalog::builtin(), {}, 1)};
    QList<QImage> images;
    const QString html = reportHtml(in, Catalog::builtin(), &images);
    CHECK(html.contains(QStringLiteral("部品表")));       // Bill of materials
    CHECK(html.contains(QStringLiteral("ボトルネック"))); // the bottleneck line
    CHECK(html.contains("Noto Sans CJK JP"));
    QTemporaryDir dir;
    const QString pdf = dir.filePath("ja.pdf");
    QString err;
    REQUIRE(writeReport(in, Catalog::builtin(), pdf, &err));
    QFile f(pdf);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.readAll().contains("NotoSansCJK")); // the embedded font's /BaseFont
}

TEST_CASE("i18n: every metric of the core's table has a translated name", "[widgets][i18n]") {
    LanguageGuard guard;
    for (const char* lang : {"de", "ja", "zh_CN"}) {
        REQUIRE(language::install(lang));
        for (const auto& m : evaluate::metric_table()) {
            INFO(lang << " " << m.key);
            // Short technical names (MFU, TPOT) may stay as they are; the rest must change.
            if (m.label == "MFU" || m.label == "TPOT" || m.label == "TTFT p99") continue;
            CHECK(metricName(m.id) != QString::fromUtf8(m.label.data(), static_cast<int>(m.label.size())));
        }
    }
}
