#pragma once
// View → Theme: System / Light / Dark, one checked at a time; choosing one
// applies it to the whole application at once and remembers it in QSettings.
class QMenu;
class QWidget;

namespace cc::studio {

QMenu* createThemeMenu(QWidget* parent);

} // namespace cc::studio
