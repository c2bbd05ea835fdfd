#pragma once
// "Replace everywhere…": every part made from the selected part's catalog
// entry becomes another entry of its kind, or every port carrying the selected
// link's fabric carries another (25 GbE → NDR 400: links, NICs and switches).
// One undo step; a refusal stays in the dialog with its reason.
#include <QDialog>
#include <QStringList>

class QCheckBox;
class QComboBox;
class QLabel;

namespace cc {
class Catalog;
}

namespace cc::studio {

class Document;

class ReplaceDialog : public QDialog {
    Q_OBJECT
public:
    /// Offers the first selected part's entry, else the first selected link's fabric.
    ReplaceDialog(Document* doc, const Catalog* catalog, const QStringList& components, const QStringList& links,
                  QWidget* parent = nullptr);
    /// False when the selection holds nothing to replace.
    bool hasOffer() const { return !from_.isEmpty(); }
    QComboBox* targetBox() const { return target_; }
    /// Runs the replacement; on a refusal shows why and returns false.
    bool apply();
    /// What the last successful apply() changed, for the status line.
    QString summary() const { return summary_; }

private:
    Document* doc_;
    const Catalog* catalog_;
    bool fabric_ = false; // from_ is a fabric choice key, else a catalog id
    QString from_;
    QComboBox* target_;
    QLabel* refusal_;
    QString summary_;
};

} // namespace cc::studio
