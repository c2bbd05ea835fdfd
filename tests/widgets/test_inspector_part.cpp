// Changing a part's type in the Inspector's "Part" drop-down, by mouse and by
// keyboard, for every kind of component. The edit rebuilds the inspector page
// while the drop-down is still inside its own signal; this used to delete the
// drop-down under its feet and close the studio with a segfault.
#include "canvas/design_scene.h"
#include "catalog/catalog.h"
#include "document/document.h"
#include "main/main_window.h"
#include "panels/inspector_widget.h"

#include "studio_fixture.h"

#include <catch2/catch.hpp>

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QTest>

#include <map>

using namespace cc;
using namespace cc::studio;
using testing::Studio;

namespace {

// Two catalog entries of every component kind the catalog offers more than one of.
std::map<ComponentKind, std::vector<std::string>> twoEntriesPerKind(const Catalog& cat) {
    std::map<ComponentKind, std::vector<std::string>> out;
    for (const EntryInfo* e : cat.entries())
        if (auto k = component_kind_of(e->kind)) out[*k].push_back(e->id);
    std::erase_if(out, [](const auto& kv) { return kv.second.size() < 2; });
    return out;
}

QComboBox* partCombo(const Studio& s) {
    QApplication::processEvents(); // deferred deletion of the previous page
    return qobject_cast<QComboBox*>(s.w->inspector()->editor("Part"));
}

QString selectedPart(const Studio& s, const QString& id) {
    const Component* c = s.doc()->design().component(id.toStdString());
    return c ? QString::fromStdString(c->catalog_id) : QString();
}

// Opens the popup with a click and clicks row `row` in it, as a mouse user does.
void chooseWithMouse(QComboBox* combo, int row) {
    QTest::mouseClick(combo, Qt::LeftButton);
    QAbstractItemView* view = combo->view();
    REQUIRE(view->isVisible());
    const QRect r = view->visualRect(view->model()->index(row, 0));
    QTest::mouseMove(view->viewport(), r.center());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, r.center());
}

} // namespace

TEST_CASE("inspector: the Part drop-down changes every kind of component by mouse and by keyboard", "[widgets][inspector]") {
    Studio s;
    QApplication::setActiveWindow(s.w.get()); // keyboard focus needs an active window (off-screen too)
    const Catalog& cat = s.w->catalog();
    const auto kinds = twoEntriesPerKind(cat);
    REQUIRE(kinds.size() >= 8); // nodes, switches, NICs, storage, edge, cameras, WAN links, …
    int changed = 0;
    for (const auto& [kind, ids] : kinds) {
        INFO("kind " << to_string(kind));
        const QString id = s.doc()->addPart(QString::fromStdString(ids[0]), {2000, 2000});
        REQUIRE(!id.isEmpty());
        s.w->scene()->selectIds({id});

        // Mouse: twice in a row, as in the report (the second on the rebuilt page).
        for (int round = 0; round < 2; ++round) {
            QComboBox* combo = partCombo(s);
            REQUIRE(combo);
            const QString before = selectedPart(s, id);
            const int row = combo->currentIndex() == 0 ? 1 : 0;
            const QString want = combo->itemData(row).toString();
            chooseWithMouse(combo, row);
            CHECK(selectedPart(s, id) == want);
            CHECK(selectedPart(s, id) != before);
            QComboBox* after = partCombo(s);
            REQUIRE(after);
            CHECK(after->currentData().toString() == want); // the page shows the new part
            ++changed;
        }

        // Keyboard: focus the drop-down, then Up/Down arrows; focus stays on it.
        QComboBox* combo = partCombo(s);
        REQUIRE(combo);
        combo->setFocus(Qt::TabFocusReason);
        REQUIRE(combo->hasFocus());
        const int start = combo->currentIndex();
        const Qt::Key key = start + 1 < combo->count() ? Qt::Key_Down : Qt::Key_Up;
        const QString want = combo->itemData(key == Qt::Key_Down ? start + 1 : start - 1).toString();
        QTest::keyClick(combo, key);
        CHECK(selectedPart(s, id) == want);
        combo = partCombo(s);
        REQUIRE(combo);
        CHECK(combo->hasFocus()); // a keyboard user keeps their place
        const Qt::Key back = key == Qt::Key_Down ? Qt::Key_Up : Qt::Key_Down;
        QTest::keyClick(combo, back);
        CHECK(selectedPart(s, id) == combo->itemData(start).toString());
        changed += 2;

        // Every change is one undo step.
        s.doc()->undoStack()->undo();
        CHECK(selectedPart(s, id) == want);
    }
    CHECK(changed == static_cast<int>(kinds.size()) * 4);
}
