#include "style/theme.h"

#include <QApplication>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>

namespace cc::studio {

namespace {

Theme g_current = Theme::System;

// Fills every role the way Fusion derives its own palette from a few base
// colours, so both themes stay consistent with the style's bevels.
QPalette makePalette(QColor window, QColor base, QColor alternate, QColor text, QColor highlight, QColor link, QColor mid,
                     QColor disabled_text) {
    const bool dark = window.lightness() < 128;
    QPalette p(text, window, dark ? window.lighter(150) : window.lighter(150), dark ? window.darker(160) : window.darker(150), mid, text,
               base);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, alternate);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x55, 0x55));
    p.setColor(QPalette::Midlight, dark ? window.lighter(125) : mid.lighter(110));
    p.setColor(QPalette::Shadow, dark ? QColor(0x10, 0x10, 0x10) : window.darker(150).darker(135));
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, link);
    p.setColor(QPalette::LinkVisited, link.darker(dark ? 80 : 120));
    p.setColor(QPalette::ToolTipBase, dark ? window.lighter(130) : QColor(0xff, 0xff, 0xdc));
    p.setColor(QPalette::ToolTipText, text);
    QColor placeholder = text;
    placeholder.setAlpha(dark ? 150 : 128);
    p.setColor(QPalette::PlaceholderText, placeholder);
    for (auto role : {QPalette::Text, QPalette::WindowText, QPalette::ButtonText, QPalette::PlaceholderText})
        p.setColor(QPalette::Disabled, role, disabled_text);
    p.setColor(QPalette::Disabled, QPalette::Base, window);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x91, 0x91, 0x91));
    return p;
}

} // namespace

QString themeName(Theme t) {
    switch (t) {
    case Theme::Light: return QStringLiteral("light");
    case Theme::Dark: return QStringLiteral("dark");
    case Theme::System: break;
    }
    return QStringLiteral("system");
}

std::optional<Theme> themeFromName(const QString& name) {
    for (Theme t : {Theme::System, Theme::Light, Theme::Dark})
        if (name.compare(themeName(t), Qt::CaseInsensitive) == 0) return t;
    return std::nullopt;
}

QPalette lightPalette() {
    // Fusion's own light palette (Qt 6.4), spelled out so exports never depend on the platform.
    return makePalette(QColor(0xef, 0xef, 0xef), Qt::white, QColor(0xf7, 0xf7, 0xf7), Qt::black, QColor(0x30, 0x8c, 0xc6),
                       QColor(0x00, 0x66, 0xcc), QColor(0xb8, 0xb8, 0xb8), QColor(0xbe, 0xbe, 0xbe));
}

QPalette darkPalette() {
    // Mid is lighter than Fusion would derive: the canvas draws part outlines in Mid on Base.
    return makePalette(QColor(0x32, 0x33, 0x36), QColor(0x24, 0x25, 0x28), QColor(0x2c, 0x2d, 0x31), QColor(0xe6, 0xe8, 0xeb),
                       QColor(0x2f, 0x7f, 0xd0), QColor(0x6c, 0xb4, 0xff), QColor(0x6a, 0x6d, 0x73), QColor(0x7a, 0x7c, 0x80));
}

QPalette paletteFor(Theme t) {
    // Captured once, before applyTheme first replaces the application palette.
    static const QPalette system = QGuiApplication::palette();
    switch (t) {
    case Theme::Light: return lightPalette();
    case Theme::Dark: return darkPalette();
    case Theme::System: break;
    }
    return system;
}

bool isDark(const QPalette& pal) { return pal.color(QPalette::Base).lightness() < 128; }

QColor mixColours(const QColor& from, const QColor& to, float amount) {
    const auto mix = [amount](float a, float b) { return a + (b - a) * amount; };
    return QColor::fromRgbF(mix(from.redF(), to.redF()), mix(from.greenF(), to.greenF()), mix(from.blueF(), to.blueF()));
}

QColor mutedTextColour(const QPalette& pal) {
    // 62 % of the way to the text colour: about 4.5:1 contrast on Window in both themes.
    return mixColours(pal.color(QPalette::Window), pal.color(QPalette::WindowText), 0.62f);
}

void applyTheme(QApplication& app, Theme t) {
    const QPalette pal = paletteFor(t); // first, so System captures the untouched platform palette
    if (QString::compare(app.style()->name(), QStringLiteral("fusion"), Qt::CaseInsensitive) != 0)
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(pal);
    g_current = t;
}

Theme currentTheme() { return g_current; }

Theme savedTheme() { return themeFromName(QSettings().value(kThemeSettingsKey).toString()).value_or(Theme::System); }

void saveTheme(Theme t) { QSettings().setValue(kThemeSettingsKey, themeName(t)); }

} // namespace cc::studio
