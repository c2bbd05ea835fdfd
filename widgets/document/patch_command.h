#pragma once
// The one undo command of the studio: applies a DesignPatch. Edits of the same
// kind on the same items (a drag, a spin box) merge into one undo step, and a
// merge that returns to the start makes the step obsolete.
#include "edit/design_patch.h"

#include <QString>
#include <QUndoCommand>

namespace cc::studio {

class Document;

/// Mergeable edit kinds (QUndoCommand::id); everything else never merges.
enum class MergeKind { None = -1, Move = 1, ComponentField = 2, GroupField = 3, Workload = 4, Title = 5 };

class PatchCommand : public QUndoCommand {
public:
    PatchCommand(Document* doc, DesignPatch patch, const QString& text, MergeKind kind, QString merge_key);
    void undo() override;
    void redo() override;
    int id() const override { return static_cast<int>(kind_); }
    bool mergeWith(const QUndoCommand* other) override;

private:
    Document* doc_;
    DesignPatch patch_;
    MergeKind kind_;
    QString key_; // what must match for a merge, e.g. "c3.count" or "move:c1,c2"
};

} // namespace cc::studio
