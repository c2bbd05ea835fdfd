#pragma once
// The studio's document: owns the design, its undo stack and its file state.
// Views never edit core::Design; they ask the Document, which pushes one undo
// command per edit and announces what changed.
#include "model/design.h"

#include <QObject>
#include <QString>
#include <QUndoStack>

namespace cc::studio {

/// What an edit touched, so views refresh only that.
struct ChangeEvent {
    enum class Kind { Reset, GroupChanged, ComponentChanged };
    Kind kind = Kind::Reset;
    QString id; // group or component id; empty for Reset
};

class Document : public QObject {
    Q_OBJECT
public:
    explicit Document(QObject* parent = nullptr);

    const Design& design() const { return design_; }
    /// Bumped on every change (edits, undo, redo); tags scoring snapshots.
    quint64 revision() const { return revision_; }
    QUndoStack* undoStack() { return &undo_; }

    QString filePath() const { return path_; }
    bool isModified() const { return !undo_.isClean(); }

    /// Replaces the document with a file's design. On error returns false,
    /// sets `error` (with the JSON pointer) and leaves the document untouched.
    bool load(const QString& path, QString* error);
    /// Saves atomically; on error the previous file and the clean state remain.
    bool save(const QString& path, QString* error);
    void reset(Design d);

    /// Sets a group's ×N through the undo stack; a no-op edit pushes nothing.
    /// Consecutive edits of the same group merge into one undo step.
    bool setGroupReplicas(const QString& group_id, int replicas);

signals:
    void changed(const cc::studio::ChangeEvent& event);
    void modifiedChanged(bool modified);

private:
    friend class SetGroupReplicas;
    void applyGroupReplicas(const QString& group_id, int replicas);
    void bump(const ChangeEvent& e);

    Design design_;
    QUndoStack undo_;
    QString path_;
    quint64 revision_ = 0;
};

} // namespace cc::studio
