#pragma once
// Live scoring: every document change schedules a score of an immutable
// snapshot on a worker thread (QtConcurrent), tagged with the document
// revision. One job runs at a time; a result whose revision (or what-if) is no
// longer current is dropped and the newest state is scored instead, so the GUI
// never blocks and never shows numbers for a design that no longer exists.
#include "scoring/score_options.h"
#include "scoring/score_result.h"

#include <QFutureWatcher>
#include <QObject>
#include <QTimer>

namespace cc {
class Catalog;
}

namespace cc::studio {

class Document;

class ScoreService : public QObject {
    Q_OBJECT
public:
    ScoreService(Document* doc, const Catalog* catalog, QObject* parent = nullptr);
    ~ScoreService() override;

    const ScoreResult& latest() const { return latest_; }
    const WhatIf& whatIf() const { return what_if_; }
    bool busy() const { return watcher_.isRunning() || timer_.isActive(); }

    /// Takes the result if it still describes the document; false (dropped) when stale.
    bool accept(const ScoreResult& r);
    /// Blocks until the current state is scored (tests, --screenshot, report).
    void waitForIdle();
    /// Stops for good: no new job starts and the running one is waited for.
    /// The owner calls it before the catalog and document the jobs read are destroyed.
    void stop();

public slots:
    void schedule();
    void setWhatIf(const cc::studio::WhatIf& w);

signals:
    void scored(const cc::studio::ScoreResult& result);
    void started();

private:
    void start();
    void finished();

    Document* doc_;
    const Catalog* catalog_;
    bool stopped_ = false;
    WhatIf what_if_;
    WhatIf running_what_if_;
    ScoreResult latest_;
    QTimer timer_;
    QFutureWatcher<ScoreResult> watcher_;
    bool dirty_ = false;
};

} // namespace cc::studio
