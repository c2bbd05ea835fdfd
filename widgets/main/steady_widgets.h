#pragma once
// Status-bar labels and toolbar buttons whose text changes on every edit keep
// their size: a child whose size hint changes makes Qt lay out the whole main
// window again (docks, toolbars, status bar), which on a large design cost more
// than scoring the edit.
#include <QString>
#include <QStringList>

class QAction;
class QLabel;
class QToolBar;
class QWidget;

namespace cc::studio {

/// A label sized once, in its font, for the widest of `samples`; setText then repaints it alone.
QLabel* steadyLabel(QWidget* parent, const QStringList& samples);

/// Adds a toolbar button that triggers `action` and follows its enabled state
/// but keeps the fixed text `label` and `action`'s icon; its tooltip shows the
/// action's current text ("Undo Set ×N of rack 1") when it is asked for.
void addSteadyButton(QToolBar* toolbar, QAction* action, const QString& label);

} // namespace cc::studio
