#include "document/document.h"

#include "document/set_group_replicas.h"
#include "format/design_format.h"

namespace cc::studio {

Document::Document(QObject* parent) : QObject(parent) {
    connect(&undo_, &QUndoStack::cleanChanged, this, [this](bool clean) { emit modifiedChanged(!clean); });
}

void Document::bump(const ChangeEvent& e) {
    ++revision_;
    emit changed(e);
}

void Document::reset(Design d) {
    design_ = std::move(d);
    undo_.clear();
    bump({ChangeEvent::Kind::Reset, {}});
}

bool Document::load(const QString& path, QString* error) {
    try {
        Design d = format::load_design_file(path.toStdString());
        reset(std::move(d));
        path_ = path;
        return true;
    } catch (const InputError& e) {
        if (error) *error = QString::fromStdString(e.what());
        return false;
    }
}

bool Document::save(const QString& path, QString* error) {
    try {
        format::save_design_file(design_, path.toStdString());
    } catch (const InputError& e) {
        if (error) *error = QString::fromStdString(e.what());
        return false;
    }
    path_ = path;
    undo_.setClean();
    return true;
}

bool Document::setGroupReplicas(const QString& group_id, int replicas) {
    const Group* g = design_.group(group_id.toStdString());
    if (!g || replicas < 1 || replicas == g->replicas) return false;
    undo_.push(new SetGroupReplicas(this, group_id, g->replicas, replicas));
    return true;
}

void Document::applyGroupReplicas(const QString& group_id, int replicas) {
    for (auto& g : design_.groups)
        if (g.id == group_id.toStdString()) g.replicas = replicas;
    bump({ChangeEvent::Kind::GroupChanged, group_id});
}

} // namespace cc::studio
