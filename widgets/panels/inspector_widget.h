#pragma once
// The inspector: typed editors for the selection (components, a link, a
// group), or for the design and its workload when nothing is selected. Every
// edit goes through the Document (one undo step; spin-box runs merge). A
// multi-selection edits the fields its members share.
#include "panels/inspector_form.h"

#include <QStringList>
#include <QWidget>

class QLabel;
class QScrollArea;

namespace cc {
class Catalog;
}

namespace cc::studio {

class Document;
struct ChangeEvent;

class InspectorWidget : public QWidget {
    Q_OBJECT
public:
    InspectorWidget(Document* doc, const Catalog* catalog, QWidget* parent = nullptr);
    void setSelection(const QStringList& components, const QStringList& links, const QStringList& groups);
    /// The editor labelled `label` on the current page (tests, accessibility).
    QWidget* editor(const QString& label) const;

signals:
    void message(const QString& text);

private:
    void rebuild();
    void onChanged(const ChangeEvent& e);
    QString signature() const;
    void buildComponents();
    void buildLink();
    void buildGroup();
    void buildDesign();

    Document* doc_;
    const Catalog* catalog_;
    QStringList comps_, links_, groups_;
    QScrollArea* scroll_;
    QLabel* message_;
    InspectorForm form_;
    QString signature_;
};

} // namespace cc::studio
