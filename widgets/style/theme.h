#pragma once
// The studio's colour theme: Fusion with a light, dark or platform palette,
// persisted in QSettings ("ui/theme"). Exports (canvas PNG, report PDF) always
// use lightPalette() so documents look the same whatever the app theme is.
#include <QPalette>
#include <QString>

#include <optional>

class QApplication;

namespace cc::studio {

enum class Theme { System, Light, Dark };

inline constexpr const char* kThemeSettingsKey = "ui/theme";

/// "system", "light", "dark": the settings value and the --theme argument.
QString themeName(Theme t);
std::optional<Theme> themeFromName(const QString& name);

QPalette lightPalette();
QPalette darkPalette();
/// System: the platform's palette as it was before any theme was applied.
QPalette paletteFor(Theme t);
/// True when text is drawn light on dark (decides icon outlines, chart theme, link colours).
bool isDark(const QPalette& pal);

/// `from` moved the fraction `amount` (0…1) towards `to`, opaque.
QColor mixColours(const QColor& from, const QColor& to, float amount);
/// Secondary text as an opaque colour (for rich text, where the translucent
/// PlaceholderText role cannot be used): readable on Window in both themes.
QColor mutedTextColour(const QPalette& pal);

/// Sets the Fusion style and the theme's palette on the running application.
void applyTheme(QApplication& app, Theme t);
/// The theme last applied with applyTheme (System before any).
Theme currentTheme();

/// The theme stored in QSettings (System when unset or unknown).
Theme savedTheme();
void saveTheme(Theme t);

} // namespace cc::studio
