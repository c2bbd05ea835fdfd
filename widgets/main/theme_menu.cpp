#include "main/theme_menu.h"

#include "style/theme.h"

#include <QActionGroup>
#include <QApplication>
#include <QMenu>

namespace cc::studio {

QMenu* createThemeMenu(QWidget* parent) {
    auto* menu = new QMenu(QCoreApplication::translate("ThemeMenu", "&Theme"), parent);
    menu->setObjectName(QStringLiteral("ThemeMenu"));
    auto* group = new QActionGroup(menu);
    group->setExclusive(true);
    const struct {
        Theme theme;
        QString text;
    } choices[] = {
        {Theme::System, QCoreApplication::translate("ThemeMenu", "&System")},
        {Theme::Light, QCoreApplication::translate("ThemeMenu", "&Light")},
        {Theme::Dark, QCoreApplication::translate("ThemeMenu", "&Dark")},
    };
    for (const auto& c : choices) {
        QAction* a = menu->addAction(c.text);
        a->setObjectName(QStringLiteral("theme-") + themeName(c.theme));
        a->setCheckable(true);
        a->setChecked(c.theme == currentTheme());
        group->addAction(a);
        QObject::connect(a, &QAction::triggered, menu, [t = c.theme] {
            if (auto* app = qobject_cast<QApplication*>(QCoreApplication::instance())) applyTheme(*app, t);
            saveTheme(t);
        });
    }
    return menu;
}

} // namespace cc::studio
