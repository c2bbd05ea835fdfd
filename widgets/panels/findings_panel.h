#pragma once
// Design-rule findings (errors, warnings, hints) for the current design,
// re-checked after every edit; activating one selects its subject on the canvas.
#include <QWidget>

class QTreeWidget;

namespace cc {
class Catalog;
}

namespace cc::studio {

class Document;

class FindingsPanel : public QWidget {
    Q_OBJECT
public:
    FindingsPanel(Document* doc, const Catalog* catalog, QWidget* parent = nullptr);
    void refresh();
    QTreeWidget* list() const { return list_; }
    int errorCount() const { return errors_; }
    int warningCount() const { return warnings_; }

signals:
    void subjectActivated(const QString& id);
    void countsChanged(int errors, int warnings);

private:
    Document* doc_;
    const Catalog* catalog_;
    QTreeWidget* list_;
    int errors_ = 0, warnings_ = 0;
};

} // namespace cc::studio
