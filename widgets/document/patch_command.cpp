#include "document/patch_command.h"

#include "document/document.h"

namespace cc::studio {

PatchCommand::PatchCommand(Document* doc, DesignPatch patch, const QString& text, MergeKind kind, QString merge_key)
    : doc_(doc), patch_(std::move(patch)), kind_(kind), key_(std::move(merge_key)) {
    setText(text);
}

void PatchCommand::undo() { doc_->applyPatch(patch_, Direction::Undo); }
void PatchCommand::redo() { doc_->applyPatch(patch_, Direction::Redo); }

bool PatchCommand::mergeWith(const QUndoCommand* other) {
    const auto* o = static_cast<const PatchCommand*>(other);
    if (kind_ == MergeKind::None || o->key_ != key_) return false;
    patch_.absorb(o->patch_);
    setObsolete(patch_.is_noop()); // back where it started: the step disappears
    return true;
}

} // namespace cc::studio
