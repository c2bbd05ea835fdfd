// A rack's "NVLink domain" checkbox in the inspector: one undoable edit that
// reaches the file and the scored plan's scale-up domain.
#include "canvas/design_scene.h"
#include "document/document.h"
#include "main/main_window.h"
#include "panels/inspector_widget.h"
#include "scoring/score_service.h"

#include "studio_fixture.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QCheckBox>
#include <QUndoStack>

using namespace cc;
using namespace cc::studio;
using testing::Studio;

TEST_CASE("inspector: a rack's NVLink-domain box sets its flag, undo clears it", "[widgets][inspector][domain]") {
    Studio s(testing::kPod);
    const Group* rack = nullptr;
    for (const auto& g : s.doc()->design().groups)
        if (g.kind == GroupKind::Rack) rack = &g;
    REQUIRE(rack);
    const QString id = QString::fromStdString(rack->id);
    s.w->scene()->selectIds({id});
    QApplication::processEvents();
    auto* box = qobject_cast<QCheckBox*>(s.w->inspector()->editor(QObject::tr("Scale-up")));
    REQUIRE(box);
    CHECK_FALSE(box->isChecked());
    box->click();
    CHECK(s.doc()->design().group(id.toStdString())->scale_up_domain);
    s.doc()->undoStack()->undo();
    CHECK_FALSE(s.doc()->design().group(id.toStdString())->scale_up_domain);
    QApplication::processEvents();
    CHECK_FALSE(box->isChecked()); // the form follows the undo
}
