#include "main/steady_widgets.h"

#include <QAction>
#include <QHelpEvent>
#include <QLabel>
#include <QToolBar>
#include <QToolTip>

#include <algorithm>

namespace cc::studio {

QLabel* steadyLabel(QWidget* parent, const QStringList& samples) {
    auto* label = new QLabel(parent);
    int width = 0;
    for (const QString& s : samples) width = std::max(width, label->fontMetrics().horizontalAdvance(s));
    const QMargins m = label->contentsMargins();
    // Fixed in both directions: Qt then skips the parent's relayout on setText.
    label->setFixedSize(width + m.left() + m.right() + 2 * label->margin() + label->indent() + 4, label->sizeHint().height());
    return label;
}

namespace {

/// Answers the button's tooltip request with the action's text at that moment.
class LiveToolTip : public QObject {
public:
    LiveToolTip(QAction* action, QObject* parent) : QObject(parent), action_(action) {}
    bool eventFilter(QObject* watched, QEvent* e) override {
        if (e->type() != QEvent::ToolTip) return false;
        auto* w = qobject_cast<QWidget*>(watched);
        if (!w) return false;
        QToolTip::showText(static_cast<QHelpEvent*>(e)->globalPos(), action_->iconText(), w);
        return true;
    }

private:
    QAction* action_;
};

} // namespace

void addSteadyButton(QToolBar* toolbar, QAction* action, const QString& label) {
    QAction* shown = toolbar->addAction(action->icon(), label, action, &QAction::trigger);
    shown->setEnabled(action->isEnabled());
    // Only an enabled-state change reaches the button (QAction::setEnabled ignores no-ops).
    QObject::connect(action, &QAction::changed, shown, [shown, action] { shown->setEnabled(action->isEnabled()); });
    if (QWidget* button = toolbar->widgetForAction(shown)) {
        button->installEventFilter(new LiveToolTip(action, button));
        // Fixed, so even enabling it (a ×N edit undone by the next one empties the stack) relays nothing out.
        button->setFixedSize(button->sizeHint());
    }
}

} // namespace cc::studio
