#pragma once
// Design-rule findings (errors, warnings, hints) for the current design,
// re-checked on a worker thread once edits pause (the document's snapshot of
// that revision, one check at a time, a stale result is dropped and the newest
// state checked instead); activating one selects its subject on the canvas.
#include "rules/check.h"

#include <QFutureWatcher>
#include <QTimer>
#include <QWidget>

#include <vector>

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
    ~FindingsPanel() override;
    /// Checks the current design now, on this thread.
    void refresh();
    /// Blocks until the list shows the current revision (tests, --screenshot).
    void waitForIdle();
    /// Stops for good: no new check starts and the running one is waited for.
    /// The owner calls it before the catalog the checks read is destroyed.
    void stop();
    QTreeWidget* list() const { return list_; }
    int errorCount() const { return errors_; }
    int warningCount() const { return warnings_; }
    /// Checks started on the worker so far (tests: a burst of edits is checked once).
    int checksStarted() const { return checks_started_; }
    /// How long edits must pause before the rules run again.
    static constexpr int kPauseMs = 150;

signals:
    void subjectActivated(const QString& id);
    void countsChanged(int errors, int warnings);

private:
    void schedule();
    void finished();
    void show(const std::vector<Finding>& findings, quint64 revision);

    Document* doc_;
    const Catalog* catalog_;
    QTreeWidget* list_;
    int errors_ = 0, warnings_ = 0;
    QFutureWatcher<std::vector<Finding>> watcher_;
    quint64 running_revision_ = 0, shown_revision_ = 0;
    bool stopped_ = false;
    int checks_started_ = 0;
    /// Restarted by every edit: the rules (slower than scoring on large designs)
    /// run when the user pauses, so they never take a core from the scores.
    QTimer pause_;
};

} // namespace cc::studio
