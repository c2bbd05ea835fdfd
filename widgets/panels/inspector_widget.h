#pragma once
// The inspector: typed editors for the selection (components, a link, a
// group), or for the design and its workload when nothing is selected. Every
// edit goes through the Document (one undo step; spin-box runs merge). A
// multi-selection edits the fields its members share.
#include "panels/inspector_form.h"

#include <QStringList>
#include <QWidget>

#include <functional>
#include <string>

class QCheckBox;
class QComboBox;
class QLabel;
class QScrollArea;

namespace cc {
class Catalog;
struct Design;
struct PortFabric;
struct PortSpeed;
} // namespace cc

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
    // Fabric and port editors (inspector_ports.cpp).
    void buildLinkFabric(const QString& link_id);
    void buildPorts(const QString& component_id);
    QComboBox* fabricField(const PortFabric& like, std::function<void(const PortSpeed&)> commit);
    /// Runs a fabric edit as one undo step: a refusal is shown under the form
    /// (and the editors go back to the document's values), success in the status line.
    void runFabricEdit(const QString& text, const std::function<std::string(Design&)>& edit);

    Document* doc_;
    const Catalog* catalog_;
    QStringList comps_, links_, groups_;
    QScrollArea* scroll_;
    QLabel* message_;
    QCheckBox* all_scenarios_;
    InspectorForm form_;
    QString signature_;
};

} // namespace cc::studio
