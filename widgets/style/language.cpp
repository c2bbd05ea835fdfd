#include "style/language.h"

#include <QActionGroup>
#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QTranslator>

#include <memory>
#include <vector>

namespace cc::studio::language {

namespace {

QString g_current = QStringLiteral("en");
std::vector<std::unique_ptr<QTranslator>> g_translators;

} // namespace

QStringList available() { return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("ja"), QStringLiteral("zh_CN")}; }

QString nativeName(const QString& code) {
    // Each language names itself, whatever the UI language is.
    if (code == QLatin1String("en")) return QStringLiteral("English");
    if (code == QLatin1String("de")) return QStringLiteral("Deutsch");
    if (code == QLatin1String("ja")) return QStringLiteral("日本語");
    if (code == QLatin1String("zh_CN")) return QStringLiteral("简体中文");
    return {};
}

QString match(const QString& locale_name) {
    QString n = locale_name.trimmed();
    n.replace(QLatin1Char('-'), QLatin1Char('_'));
    if (n.isEmpty()) return {};
    const QString lower = n.toLower();
    if (lower == QLatin1String("c") || lower == QLatin1String("posix")) return QStringLiteral("en");
    const QString lang = lower.section(QLatin1Char('_'), 0, 0).section(QLatin1Char('.'), 0, 0);
    if (lang == QLatin1String("en")) return QStringLiteral("en");
    if (lang == QLatin1String("de")) return QStringLiteral("de");
    if (lang == QLatin1String("ja")) return QStringLiteral("ja");
    if (lang == QLatin1String("zh")) {
        // Traditional Chinese (Taiwan, Hong Kong, Macau, "Hant") has no translation yet.
        if (lower.contains(QLatin1String("hant")) || lower.contains(QLatin1String("_tw")) || lower.contains(QLatin1String("_hk")) ||
            lower.contains(QLatin1String("_mo")))
            return {};
        return QStringLiteral("zh_CN");
    }
    return {};
}

QString resolve(const QString& override_code) {
    if (!override_code.isEmpty()) {
        const QString m = match(override_code);
        return m.isEmpty() ? QStringLiteral("en") : m;
    }
    const QString saved = QSettings().value(kSettingsKey).toString();
    if (!saved.isEmpty() && saved != QLatin1String("system")) {
        const QString m = match(saved);
        if (!m.isEmpty()) return m;
    }
    for (const QString& ui : QLocale::system().uiLanguages()) {
        const QString m = match(ui);
        if (!m.isEmpty()) return m;
    }
    return QStringLiteral("en");
}

bool install(const QString& code) {
    for (auto& t : g_translators) QCoreApplication::removeTranslator(t.get());
    g_translators.clear();
    const QString lang = match(code).isEmpty() ? QStringLiteral("en") : match(code);
    g_current = lang;
    QLocale::setDefault(QLocale(lang == QLatin1String("en") ? QStringLiteral("en_US") : lang));
    if (lang == QLatin1String("en")) return true;

    auto app = std::make_unique<QTranslator>();
    const bool ok = app->load(QStringLiteral(":/i18n/clustercanvas_%1.qm").arg(lang));
    if (ok) {
        QCoreApplication::installTranslator(app.get());
        g_translators.push_back(std::move(app));
    }
    // Qt's own strings (standard buttons, dialogs) when the distribution ships them.
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(QLocale(lang), QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        g_translators.push_back(std::move(qt));
    }
    return ok;
}

QString current() { return g_current; }

QString preferredFontFamily(const QString& code) {
    if (code == QLatin1String("ja")) return QStringLiteral("Noto Sans CJK JP");
    if (code == QLatin1String("zh_CN")) return QStringLiteral("Noto Sans CJK SC");
    return {};
}

QMenu* addMenu(QMenu* parent_menu, QWidget* dialog_parent) {
    QMenu* menu = parent_menu->addMenu(QCoreApplication::translate("Language", "&Language"));
    auto* group = new QActionGroup(menu);
    const QString saved = QSettings().value(kSettingsKey).toString();
    const QString chosen = saved.isEmpty() ? QStringLiteral("system") : saved;
    QStringList codes{QStringLiteral("system")};
    codes << available();
    for (const QString& code : codes) {
        QAction* a =
            menu->addAction(code == QLatin1String("system") ? QCoreApplication::translate("Language", "System") : nativeName(code));
        a->setCheckable(true);
        a->setChecked(code == chosen);
        a->setData(code);
        group->addAction(a);
        if (code == QLatin1String("system")) menu->addSeparator();
        QObject::connect(a, &QAction::triggered, menu, [code, dialog_parent] {
            const QString before = QSettings().value(kSettingsKey).toString();
            if (before == code || (before.isEmpty() && code == QLatin1String("system"))) return;
            QSettings().setValue(kSettingsKey, code);
            QMessageBox::information(
                dialog_parent, QCoreApplication::translate("Language", "Language"),
                QCoreApplication::translate("Language", "The language changes the next time you start ClusterCanvas."));
        });
    }
    return menu;
}

} // namespace cc::studio::language
