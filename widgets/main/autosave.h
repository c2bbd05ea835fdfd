#pragma once
// Autosave and crash recovery. Every 30 s (and after a few quiet seconds
// following an edit) a modified document is copied to the app data folder;
// this session holds a QLockFile for it. A copy whose lock is free at start-up
// belongs to a session that crashed: the studio offers to recover it. The
// user's own file is never written by autosave.
#include <QDateTime>
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
    void setInterval(int ms) { timer_.setInterval(ms); }

private:
    Document* doc_;
    QString folder_, copy_, meta_;
    std::unique_ptr<QLockFile> lock_;
    QTimer timer_, idle_;
};

} // namespace cc::studio
