#include "document/set_group_replicas.h"

#include "document/document.h"

namespace cc::studio {

SetGroupReplicas::SetGroupReplicas(Document* doc, QString group_id, int before, int after)
    : doc_(doc), group_(std::move(group_id)), before_(before), after_(after) {
    setText(QObject::tr("Set ×%1 on %2").arg(after).arg(group_));
}

void SetGroupReplicas::undo() { doc_->applyGroupReplicas(group_, before_); }
void SetGroupReplicas::redo() { doc_->applyGroupReplicas(group_, after_); }

bool SetGroupReplicas::mergeWith(const QUndoCommand* other) {
    const auto* o = static_cast<const SetGroupReplicas*>(other);
    if (o->group_ != group_) return false;
    after_ = o->after_;
    setText(QObject::tr("Set ×%1 on %2").arg(after_).arg(group_));
    setObsolete(after_ == before_); // back where it started: drop the step
    return true;
}

} // namespace cc::studio
