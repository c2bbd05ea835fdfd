#include "panels/form_fields.h"

#include <QSignalBlocker>

namespace cc::studio::form {

QSpinBox* intField(int lo, int hi, const QString& suffix, std::function<void(int)> commit) {
    auto* w = new QSpinBox;
    w->setRange(lo, hi);
    w->setSuffix(suffix);
    w->setKeyboardTracking(false);
    w->setGroupSeparatorShown(true);
    w->setAccelerated(true);
    QObject::connect(w, &QSpinBox::valueChanged, w, [commit](int v) { commit(v); });
    return w;
}

QDoubleSpinBox* realField(double lo, double hi, int decimals, const QString& suffix, std::function<void(double)> commit,
                          const QString& special) {
    auto* w = new QDoubleSpinBox;
    w->setRange(lo, hi);
    w->setDecimals(decimals);
    w->setSuffix(suffix);
    w->setKeyboardTracking(false);
    w->setGroupSeparatorShown(true);
    w->setAccelerated(true);
    if (!special.isEmpty()) w->setSpecialValueText(special);
    QObject::connect(w, &QDoubleSpinBox::valueChanged, w, [commit](double v) { commit(v); });
    return w;
}

QComboBox* choiceField(const QList<QPair<QString, QString>>& items, std::function<void(const QString&)> commit) {
    auto* w = new QComboBox;
    for (const auto& [label, data] : items) w->addItem(label, data);
    w->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    w->setMinimumContentsLength(12);
    QObject::connect(w, &QComboBox::activated, w, [w, commit](int i) { commit(w->itemData(i).toString()); });
    return w;
}

QLineEdit* textField(std::function<bool(const QString&)> commit) {
    auto* w = new QLineEdit;
    QObject::connect(w, &QLineEdit::editingFinished, w, [w, commit] {
        if (!w->isModified()) return;
        w->setModified(false);
        if (!commit(w->text().trimmed())) w->undo();
    });
    return w;
}

void setValue(QSpinBox* w, int v) {
    if (w->hasFocus() && w->value() == v) return;
    const QSignalBlocker b(w);
    w->setValue(v);
}
void setValue(QDoubleSpinBox* w, double v) {
    const QSignalBlocker b(w);
    w->setValue(v);
}
void setValue(QComboBox* w, const QString& data) {
    const QSignalBlocker b(w);
    int i = w->findData(data);
    if (i < 0 && !data.isEmpty()) {
        w->addItem(data, data); // an id the lists do not know (user catalog removed): keep it visible
        i = w->count() - 1;
    }
    w->setCurrentIndex(i);
}
void setValue(QLineEdit* w, const QString& text) {
    if (w->hasFocus() && w->isModified()) return; // do not clobber what the user is typing
    const QSignalBlocker b(w);
    w->setText(text);
    w->setCursorPosition(0); // long titles show their beginning
    w->setModified(false);
}

double orUnset(const std::optional<double>& v, double unset) { return v ? *v : unset; }
std::optional<double> unsetIf(double v, double unset) {
    if (v <= unset) return std::nullopt;
    return v;
}

} // namespace cc::studio::form
