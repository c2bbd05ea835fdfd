#pragma once
// The studio's document: owns the design, its undo stack and its file state.
// Views never edit core::Design; they call the edit functions below, which push
// one undo command each and announce exactly what changed.
#include "document/design_snapshot.h"
#include "model/design.h"

#include <QObject>
#include <QPointF>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QUndoStack>

#include <functional>
#include <memory>

namespace cc::studio {

struct DesignPatch;
enum class Direction;

/// What an edit touched, so views refresh only that.
struct ChangeEvent {
    bool reset = false; // the whole design was replaced (open, new)
    QSet<QString> components, links, groups;
    bool workload = false;
    bool title = false;
    bool scenarios = false; // the scenario list or the active scenario changed (implies reset)
};

class Document : public QObject {
    Q_OBJECT
public:
    explicit Document(QObject* parent = nullptr);
    ~Document() override;

    const Design& design() const { return design_; }
    /// The design at this revision for background jobs, copied lazily by the
    /// first job that reads it and shared while any job holds it (scoring and
    /// the rule check read the same one). Read it with design() on the worker.
    std::shared_ptr<DesignSnapshot> snapshot() const;
    /// Bumped on every change (edits, undo, redo); tags scoring snapshots.
    quint64 revision() const { return revision_; }
    QUndoStack* undoStack() { return &undo_; }

    QString filePath() const { return path_; }
    bool isModified() const { return !undo_.isClean(); }
    /// "name.ccd" or "Untitled", for the window title.
    QString displayName() const;

    /// Replaces the document with a file's design. On error returns false,
    /// sets `error` (with the JSON pointer) and leaves the document untouched.
    bool load(const QString& path, QString* error);
    /// Saves atomically; on error the previous file and the modified state remain.
    bool save(const QString& path, QString* error);
    /// Writes a copy (autosave) without changing the file path or clean state.
    bool saveCopy(const QString& path, QString* error) const;
    void reset(Design d, const QString& path = {});

    // ---- Edits (each is one undo step; a no-op edit pushes nothing) ----
    /// Adds a part made from a catalog entry at `pos`; returns its id.
    QString addPart(const QString& catalog_id, QPointF pos, const QString& group = {});
    QString addComponent(Component c);
    /// Removes components (and their links), links and groups (members move to the parent).
    bool removeItems(const QStringList& components, const QStringList& links, const QStringList& groups);
    /// Moves components; successive moves of the same selection merge.
    bool moveComponents(const QStringList& ids, QPointF delta, bool merge = true);
    bool setPositions(const QList<QPair<QString, QPointF>>& positions, const QString& text);
    /// Links two ports; refuses incompatible fabrics with the reason.
    QString addLink(const LinkEnd& a, const LinkEnd& b, QString* refusal);
    /// How successive edits of one field become undo steps: a spin-box run merges
    /// into one step; each pick from a list is a step of its own.
    enum class Steps { MergeRuns, EachOwn };
    /// Changes components through `edit`; `field` names the edit for merging and undo text.
    bool editComponents(const QStringList& ids, const std::function<void(Component&)>& edit, const QString& field,
                        Steps steps = Steps::MergeRuns);
    bool editLink(const QString& id, const std::function<void(Link&)>& edit, const QString& field, Steps steps = Steps::MergeRuns);
    bool editGroup(const QString& id, const std::function<void(Group&)>& edit, const QString& field, Steps steps = Steps::MergeRuns);
    bool setGroupReplicas(const QString& group_id, int replicas);
    /// A design-wide edit that may refuse (fabric changes, replacing a part
    /// everywhere): `edit` returns "" when it applied, else the reason. Returns
    /// the active scenario's refusal (nothing changes then), or "" when it was
    /// pushed as one undo step. With editsAllScenarios() it also runs on every
    /// other scenario; `scenarios` (optional) counts the scenarios it changed.
    QString editDesign(const std::function<std::string(Design&)>& edit, const QString& text, int* scenarios = nullptr);

    /// When on, every edit (fields, ×N, fabrics, replace) applies to the same
    /// items, by id, in every scenario of the file, as one undo step. A scenario
    /// that lacks the item, or refuses the edit, is left as it is.
    bool editsAllScenarios() const { return all_scenarios_; }
    void setEditsAllScenarios(bool on);
    /// Puts components into a new group (inside their common group); returns its id.
    QString groupComponents(const QStringList& ids, GroupKind kind, const QString& name);
    /// `field` names the edit: successive edits of the same field merge into one undo step.
    bool setWorkload(const Workload& w, const QString& field = QStringLiteral("workload"));
    bool setTitle(const QString& title);
    // ---- Scenarios (each one undo step; the whole design is swapped) ----
    /// Makes scenario `index` (display order) the one on the canvas.
    bool switchScenario(int index);
    /// Copies the active scenario as `name` and switches to the copy.
    bool duplicateScenario(const QString& name, QString* error);
    bool renameScenario(int index, const QString& name, QString* error);
    bool removeScenario(int index, QString* error);
    QStringList scenarioNames() const;
    int activeScenario() const;

    /// Inserts a copied fragment with fresh ids, offset on the canvas; returns new component ids.
    QStringList paste(const Design& fragment, QPointF offset);
    /// The selected components with the links among them and their groups, for copy.
    Design fragment(const QStringList& component_ids) const;

    /// Applies a patch (used by the undo command).
    void applyPatch(const DesignPatch& p, Direction dir);

signals:
    void changed(const cc::studio::ChangeEvent& event);
    void modifiedChanged(bool modified);
    /// Something an edit did besides what was asked (links it had to remove), for the user.
    void notice(const QString& text);
    void filePathChanged(const QString& path);
    void editsAllScenariosChanged(bool on);

private:
    bool replaceDesign(Design d, const QString& text);
    /// Adds to `p` the removal of links its component changes leave without a compatible port.
    int dropBrokenLinks(DesignPatch& p) const;
    bool push(DesignPatch patch, const QString& text, int merge_kind, const QString& merge_key);
    /// With editsAllScenarios(), runs `edit` on the inactive scenarios too and
    /// records them in the patch; returns how many it applied to.
    int spread(DesignPatch& p, const std::function<bool(Design&)>& edit) const;
    /// Undo text and merge key of an edit, marked when it spreads to every scenario.
    QString scoped(const QString& text) const;

    Design design_;
    QUndoStack undo_;
    QString path_;
    quint64 revision_ = 0;
    /// Copies the live snapshot (if a job still holds it) before design_ changes.
    void sealSnapshot();

    /// Weak, so the last job frees the copy on its worker thread.
    mutable std::weak_ptr<DesignSnapshot> snapshot_;
    mutable quint64 snapshot_revision_ = 0;
    bool all_scenarios_ = false;
};

} // namespace cc::studio
