// The workload's software stack in the inspector: "Default (…)" names the stack
// the engine assumes for the drawn accelerator, the list holds the stacks the
// workload's kind allows, and a pick is one undo step that restores the file.
#include "canvas/design_scene.h"
#include "document/document.h"
#include "format/design_format.h"
#include "main/main_window.h"
#include "panels/inspector_widget.h"
#include "scoring/score_service.h"

#include "studio_fixture.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QComboBox>
#include <QUndoStack>

using namespace cc;
using namespace cc::studio;
using testing::pick;
using testing::Studio;

namespace {

QComboBox* stackCombo(const Studio& s) {
    QApplication::processEvents(); // deferred deletion of a rebuilt page
    return qobject_cast<QComboBox*>(s.w->inspector()->editor(QObject::tr("Software stack")));
}

QStringList choices(const QComboBox* c) {
    QStringList out;
    for (int i = 1; i < c->count(); ++i) out << c->itemData(i).toString();
    return out;
}

} // namespace

TEST_CASE("inspector: the software stack combo sets the workload's stack and undo restores the file", "[widgets][inspector][stack]") {
    Studio s(testing::kPod);
    s.w->scene()->selectIds({}); // the design page carries the workload form
    const std::string start = format::write_design(s.doc()->design());
    QComboBox* combo = stackCombo(s);
    REQUIRE(combo);
    CHECK(combo->itemText(0) == "Default (Megatron-LM)"); // H100: NVIDIA's training stack
    CHECK(combo->currentIndex() == 0);
    CHECK(choices(combo) == QStringList{"megatron", "torchtitan", "deepspeed", "pytorch"});

    const int steps = s.doc()->undoStack()->count();
    pick(combo, "torchtitan");
    CHECK(s.doc()->design().workload.stack() == Stack::TorchTitan);
    CHECK(s.doc()->undoStack()->count() == steps + 1);
    CHECK(format::write_design(s.doc()->design()).find("\"stack\": \"torchtitan\"") != std::string::npos);
    s.w->scoring()->waitForIdle();
    REQUIRE(s.w->scoring()->latest().evaluation);
    CHECK(s.w->scoring()->latest().evaluation->stack->stack == Stack::TorchTitan);

    s.doc()->undoStack()->undo();
    CHECK_FALSE(s.doc()->design().workload.stack());
    CHECK(format::write_design(s.doc()->design()) == start);
    CHECK(stackCombo(s)->currentIndex() == 0);
    s.doc()->undoStack()->redo();
    CHECK(stackCombo(s)->currentData().toString() == "torchtitan");
    pick(stackCombo(s), QString()); // back to the default: the field is unset, not "megatron"
    CHECK_FALSE(s.doc()->design().workload.stack());
}

TEST_CASE("inspector: an edge workload offers the edge stacks and defaults to TensorRT on a Jetson", "[widgets][inspector][stack]") {
    Studio s(testing::kEdgeSite);
    s.w->scene()->selectIds({});
    QComboBox* combo = stackCombo(s);
    REQUIRE(combo);
    CHECK(combo->itemText(0) == "Default (TensorRT)");
    CHECK(choices(combo) == QStringList{"tensorrt", "onnxruntime", "pytorch"});
}
