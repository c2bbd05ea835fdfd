#pragma once
// Small factories for typed inspector editors: each shows its unit, refuses
// out-of-range values by construction, commits once per finished edit, and
// can be refreshed from the document without echoing an edit back.
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QSpinBox>
#include <QString>

#include <functional>
#include <optional>

namespace cc::studio::form {

/// Integer spin box; `commit` runs when the value changes (keyboard tracking off:
/// typing commits on Enter or focus loss, arrows commit each step and merge).
QSpinBox* intField(int lo, int hi, const QString& suffix, std::function<void(int)> commit);
/// Double spin box with `decimals`; `special` is the text shown at the minimum ("auto", "—").
QDoubleSpinBox* realField(double lo, double hi, int decimals, const QString& suffix, std::function<void(double)> commit,
                          const QString& special = {});
/// Combo of (label, data) pairs.
QComboBox* choiceField(const QList<QPair<QString, QString>>& items, std::function<void(const QString&)> commit);
/// Line edit that refuses an empty value (restores the previous text and reports).
QLineEdit* textField(std::function<bool(const QString&)> commit);

void setValue(QSpinBox* w, int v);
void setValue(QDoubleSpinBox* w, double v);
void setValue(QComboBox* w, const QString& data);
void setValue(QLineEdit* w, const QString& text);

/// optional<double> ↔ spin box whose minimum means "unset".
double orUnset(const std::optional<double>& v, double unset);
std::optional<double> unsetIf(double v, double unset);

} // namespace cc::studio::form
