#pragma once
// The plumbing every inspector page shares: a form layout, and refreshers that
// put document values back into the editors after any change (undo included).
#include <QFormLayout>
#include <QLabel>
#include <QString>

#include <functional>
#include <vector>

namespace cc {
class Catalog;
}

namespace cc::studio {

class Document;

struct InspectorForm {
    QFormLayout* form = nullptr;
    std::vector<std::function<void()>> refreshers;
    std::function<void(const QString&)> report; // refusals and hints, shown under the form

    void heading(const QString& text);
    void note(const QString& text);
    /// Adds a labelled editor; `refresh` is run now and after every document change.
    void row(const QString& label, QWidget* editor, std::function<void()> refresh, const QString& tip = {});
    void refresh();
};

/// The workload page: kind, model, precision, sizes, parallelism, targets, assumptions.
/// `cat` names the accelerator whose vendor sets the default software stack.
void buildWorkloadForm(InspectorForm& f, Document* doc, const Catalog& cat);

} // namespace cc::studio
