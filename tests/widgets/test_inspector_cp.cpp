// Context parallelism in the inspector: a fixed plan's cp is one undoable edit
// that reaches the file, the engine's plan and its step breakdown.
#include "canvas/design_scene.h"
#include "document/document.h"
#include "evaluate/evaluation.h"
#include "format/design_format.h"
#include "main/main_window.h"
#include "panels/inspector_widget.h"
#include "scoring/score_service.h"

#include "studio_fixture.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QSpinBox>
#include <QUndoStack>

using namespace cc;
using namespace cc::studio;
using testing::Studio;

TEST_CASE("inspector: the context-parallel field sets cp of a fixed plan and undo restores it", "[widgets][inspector][cp]") {
    Studio s(testing::kPod);
    s.w->scene()->selectIds({});
    Design d = s.doc()->design();
    auto& t = std::get<TrainingWorkload>(d.workload.spec);
    t.parallelism.automatic = false;
    t.parallelism.tp = 8;
    t.parallelism.pp = 1;
    t.parallelism.dp = 1;
    t.seq_len = 32768;
    s.doc()->setWorkload(d.workload, "fixed plan");
    QApplication::processEvents();
    auto* spin = qobject_cast<QSpinBox*>(s.w->inspector()->editor(QObject::tr("Context parallel")));
    REQUIRE(spin);
    CHECK(spin->isEnabled());
    CHECK(spin->value() == 1);
    const int steps = s.doc()->undoStack()->count();
    spin->setValue(2);
    QApplication::processEvents();
    CHECK(std::get<TrainingWorkload>(s.doc()->design().workload.spec).parallelism.cp == 2);
    CHECK(s.doc()->undoStack()->count() == steps + 1);
    CHECK(format::write_design(s.doc()->design()).find("\"cp\": 2") != std::string::npos);
    s.w->scoring()->waitForIdle();
    const auto ev = s.w->scoring()->latest().evaluation;
    REQUIRE(ev);
    REQUIRE(ev->training);
    CHECK(ev->training->result.best.plan.cp == 2);
    s.doc()->undoStack()->undo();
    CHECK(std::get<TrainingWorkload>(s.doc()->design().workload.spec).parallelism.cp == 1);
}
