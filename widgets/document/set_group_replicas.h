#pragma once
// Undo command: change a group's replica count (×N). Spin-box edits merge.
#include <QUndoCommand>

namespace cc::studio {

class Document;

/// Ids of mergeable commands (QUndoCommand::id), one per edit kind.
enum CommandId { kSetGroupReplicas = 1 };

class SetGroupReplicas : public QUndoCommand {
public:
    SetGroupReplicas(Document* doc, QString group_id, int before, int after);
    void undo() override;
    void redo() override;
    int id() const override { return kSetGroupReplicas; }
    bool mergeWith(const QUndoCommand* other) override;

private:
    Document* doc_;
    QString group_;
    int before_, after_;
};

} // namespace cc::studio
