#include "scoring/score_service.h"

#include "document/document.h"
#include "scoring/scorer.h"

#include <QCoreApplication>
#include <QtConcurrent/QtConcurrentRun>

namespace cc::studio {

ScoreService::ScoreService(Document* doc, const Catalog* catalog, QObject* parent) : QObject(parent), doc_(doc), catalog_(catalog) {
    qRegisterMetaType<cc::studio::ScoreResult>();
    // Coalesce bursts (a spin box emits many edits) without adding visible delay.
    timer_.setSingleShot(true);
    timer_.setInterval(15);
    connect(&timer_, &QTimer::timeout, this, &ScoreService::start);
    connect(&watcher_, &QFutureWatcher<ScoreResult>::finished, this, &ScoreService::finished);
    connect(doc_, &Document::changed, this, [this](const ChangeEvent& e) {
        // Moving parts on the canvas does not change any number.
        if (!e.reset && !e.workload && e.links.isEmpty() && e.groups.isEmpty() && e.components.isEmpty()) return;
        schedule();
    });
}

ScoreService::~ScoreService() { watcher_.waitForFinished(); }

void ScoreService::stop() {
    stopped_ = true;
    timer_.stop();
    watcher_.waitForFinished();
}

void ScoreService::schedule() {
    if (stopped_) return;
    if (watcher_.isRunning()) {
        dirty_ = true; // finished() scores the newest state once, after a short pause
        return;
    }
    // Idle: score at once, so the worker runs while the canvas and panels take
    // in the edit; the rest of a burst coalesces into one job after this one.
    if (!timer_.isActive()) start();
}

void ScoreService::setWhatIf(const WhatIf& w) {
    if (w == what_if_) return;
    what_if_ = w;
    schedule();
}

void ScoreService::start() {
    if (stopped_) return;
    if (watcher_.isRunning()) {
        dirty_ = true;
        return;
    }
    dirty_ = false;
    running_what_if_ = what_if_;
    emit started();
    // The job reads the document's snapshot of this revision; the catalog must outlive the job, which stop() guarantees.
    watcher_.setFuture(QtConcurrent::run(
        [d = doc_->snapshot(), cat = catalog_, w = what_if_, rev = doc_->revision()]() { return scoreDesign(d->design(), *cat, w, rev); }));
}

bool ScoreService::accept(const ScoreResult& r) {
    if (r.revision != doc_->revision()) return false;
    latest_ = r;
    emit scored(latest_);
    return true;
}

void ScoreService::finished() {
    const ScoreResult r = watcher_.result();
    const bool current = running_what_if_ == what_if_ && accept(r);
    if ((!current || dirty_) && !stopped_) timer_.start();
}

void ScoreService::waitForIdle() {
    for (int guard = 0; guard < 1000 && (busy() || latest_.revision != doc_->revision()); ++guard) {
        if (timer_.isActive()) {
            timer_.stop();
            start();
        }
        // Take in the GUI's pending work (the scene's deferred updates) while the
        // worker scores, as the event loop would, rather than after it.
        QCoreApplication::sendPostedEvents();
        watcher_.waitForFinished();
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
        if (!busy() && latest_.revision != doc_->revision()) start();
    }
}

} // namespace cc::studio
