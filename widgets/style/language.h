#pragma once
// UI language: picked at start from --lang, the "ui/language" setting (View →
// Language) or the system locale; loads the embedded ClusterCanvas translation
// (":/i18n/clustercanvas_<lang>.qm") and Qt's own qtbase translation if present.
#include <QString>
#include <QStringList>

class QCoreApplication;
class QMenu;
class QWidget;

namespace cc::studio::language {

/// Settings key holding the chosen language ("" or "system" = follow the system).
inline constexpr const char* kSettingsKey = "ui/language";

/// Languages the studio ships, as codes: "en", "de", "ja", "zh_CN".
QStringList available();
/// Native name of a language code ("Deutsch", "日本語", ...); "" for unknown codes.
QString nativeName(const QString& code);
/// Maps a locale name or code ("de_AT", "ja-JP", "zh_Hans_CN", "zh") to a shipped code, or "" if none fits.
QString match(const QString& locale_name);
/// The language to use: `override_code` if set, else the setting, else the system locale; "en" as the fallback.
QString resolve(const QString& override_code = {});
/// Installs the translators for `code` (removing earlier ones) and sets the default QLocale.
/// Returns false when `code` is not English and its translation could not be loaded.
bool install(const QString& code);
/// The language installed last ("en" before any install()).
QString current();
/// A font family that renders the current language well ("Noto Sans CJK JP" for ja, "" when the default does);
/// the PDF report puts it first. The window does not: fontconfig falls back to it for CJK glyphs.
QString preferredFontFamily(const QString& code = current());
/// Adds View → Language (System, English, Deutsch, 日本語, 简体中文); the choice is saved and applies on restart.
QMenu* addMenu(QMenu* parent_menu, QWidget* dialog_parent);

} // namespace cc::studio::language
