#pragma once
// Autosave and crash recovery. A modified document is copied to the app data
// folder after a few quiet seconds following an edit, and never later than
// 30 s after the first edit the copy does not hold yet — also while the user
// keeps editing (a timer alone slips when the event loop is busy);
// this session holds a QLockFile for it. A copy whose lock is free at start-up
// belongs to a session that crashed: the studio offers to recover it. The
// user's own file is never written by autosave.
#include <QDateTime>
#include <QElapsedTimer>
#include <QLockFile>
#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>

namespace cc::studio {

class Document;

struct RecoverableCopy {
    QString copy_path;     // the autosaved .ccd
    QString original_path; // the file the user was editing ("" if untitled)
    QString title;
    QDateTime saved_at;
};

class Autosave : public QObject {
    Q_OBJECT
public:
    /// `folder` defaults to <AppDataLocation>/autosave.
    explicit Autosave(Document* doc, const QString& folder = {}, QObject* parent = nullptr);
    ~Autosave() override;

    QString folder() const { return folder_; }
    QString copyPath() const { return copy_; }
    /// Writes the copy now if the document is modified; returns true if written.
    bool saveNow();
    /// Removes this session's copy (after a save, or on a clean exit).
    void discard();
    /// Copies left by sessions that are no longer running.
    QList<RecoverableCopy> findRecoverable() const;
    /// Deletes a recoverable copy (and its lock and metadata) once handled.
    static void forget(const RecoverableCopy& c);
    /// The longest an edit may wait for the copy (30 s; tests shorten it).
    void setInterval(int ms);
    /// Removes locks and metadata that sessions no longer running left without a copy.
    void sweepStale() const;

private:
    void onEdited();

    Document* doc_;
    QString folder_, copy_, meta_;
    std::unique_ptr<QLockFile> lock_;
    QTimer deadline_, idle_;
    QElapsedTimer unsaved_for_; // since the first edit the copy does not hold; invalid when none
    int interval_ms_ = 30000;
};

} // namespace cc::studio
